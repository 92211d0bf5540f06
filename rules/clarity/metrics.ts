/**
 * The measured half of the clarity rule: long sentences, reading grade per
 * paragraph and walls of text. List items are left out: a list is already
 * the clear form.
 */
import type { Draft } from '../../src/document/draft.js';
import type { RuleContext } from '../../src/engine/rule.js';
import { readabilityOf } from '../../src/nlp/readability.js';
import type { Paragraph, Sentence } from '../../src/types.js';
import data from './phrases.json' with { type: 'json' };

export interface MetricOptions {
  /** Longest sentence, in words, before it is flagged; 0 turns the check off. */
  maxSentenceWords: number;
  /** Highest Flesch–Kincaid grade for a paragraph; 0 turns the check off. */
  maxGrade: number;
  /** Paragraphs with fewer sentences are too short to grade reliably. */
  minGradeSentences: number;
  /** Longest paragraph, in words, before it is a wall of text; 0 turns the check off. */
  maxParagraphWords: number;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

export function checkLongSentences(context: RuleContext<MetricOptions>): void {
  const { draft, options } = context;
  const max = options.maxSentenceWords;
  if (!(max > 0)) return;
  for (const sentence of draft.sentences) {
    if (draft.paragraphs[sentence.paragraph]?.isList) continue;
    const words = sentence.endWord - sentence.firstWord;
    if (words <= max) continue;
    context.report({
      start: sentence.start,
      end: sentence.end,
      message: fill(data.longSentence.message, { words, max }),
      why: data.longSentence.why,
      suggestions: data.longSentence.suggestions,
    });
  }
}

export function checkParagraphs(context: RuleContext<MetricOptions>): void {
  const { draft, options } = context;
  const byParagraph = new Map<number, Sentence[]>();
  for (const sentence of draft.sentences) {
    const list = byParagraph.get(sentence.paragraph) ?? [];
    list.push(sentence);
    byParagraph.set(sentence.paragraph, list);
  }
  draft.paragraphs.forEach((paragraph, index) => {
    if (paragraph.isList || paragraph.region !== 'body') return;
    const sentences = byParagraph.get(index) ?? [];
    const words = wordsOf(draft, sentences);
    if (options.maxParagraphWords > 0 && words.length > options.maxParagraphWords) {
      report(context, paragraph, data.wall, { words: words.length, max: options.maxParagraphWords });
    }
    if (options.maxGrade > 0 && sentences.length >= Math.max(1, options.minGradeSentences)) {
      const plain = words.filter((w) => !w.opaque).map((w) => w.text);
      const { grade } = readabilityOf(plain, sentences.length);
      if (grade > options.maxGrade) {
        report(context, paragraph, data.grade, { grade: grade.toFixed(1), max: options.maxGrade });
      }
    }
  });
}

function wordsOf(draft: Draft, sentences: readonly Sentence[]) {
  const first = sentences[0];
  const last = sentences.at(-1);
  return first && last ? draft.words.slice(first.firstWord, last.endWord) : [];
}

function report(
  context: RuleContext<MetricOptions>,
  paragraph: Paragraph,
  template: { message: string; why: string; suggestions: string[] },
  values: Record<string, string | number>,
): void {
  context.report({
    start: paragraph.start,
    end: paragraph.end,
    message: fill(template.message, values),
    why: template.why,
    suggestions: template.suggestions,
  });
}
