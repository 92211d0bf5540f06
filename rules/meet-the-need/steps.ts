/**
 * Instructions written as prose ("Open Settings, then click Billing and
 * choose Invoices."), found step by step so they can be offered back as a
 * numbered list; and the hardest paragraph of the body by reading grade.
 */
import type { Draft } from '../../src/document/draft.js';
import { readabilityOf } from '../../src/nlp/readability.js';
import type { Sentence, Word } from '../../src/types.js';

export interface StepWords {
  leadIns: readonly string[];
  verbs: readonly string[];
}

export interface Instructions {
  /** The sentences that hold steps, in order. */
  sentences: Sentence[];
  /** Each step's text, as written. */
  steps: string[];
}

/** Words that join a next step to the one before: "…, then click", "… and choose". */
const JOINERS = new Set(['then', 'and']);

/**
 * The first run of instruction sentences in the body, outside lists: each
 * opens with a verb from the list (after lead-ins like "then" or "please"),
 * and a step starts again at each verb joined by "then", "and" or a comma.
 */
export function instructionSteps(draft: Draft, body: readonly Sentence[], words: StepWords): Instructions {
  const leadIns = new Set(words.leadIns);
  const verbs = new Set(words.verbs);
  const found: Instructions = { sentences: [], steps: [] };
  for (const sentence of body) {
    if (draft.paragraphs[sentence.paragraph]?.isList) continue;
    const own = draft.words.slice(sentence.firstWord, sentence.endWord);
    const starts = stepStarts(draft, own, leadIns, verbs);
    if (starts.length === 0) {
      if (found.steps.length > 0) break;
      continue;
    }
    found.sentences.push(sentence);
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length ? starts[i + 1]! : sentence.end;
      found.steps.push(tidyStep(draft.text.slice(start, end)));
    });
  }
  return found;
}

/** Offsets where the sentence's steps begin; none when it does not open with an instruction. */
function stepStarts(draft: Draft, words: readonly Word[], leadIns: ReadonlySet<string>, verbs: ReadonlySet<string>): number[] {
  let k = 0;
  while (k < words.length && leadIns.has(words[k]!.normal)) k++;
  const opener = words[k];
  if (!opener || !verbs.has(opener.normal)) return [];
  const starts = [words[0]!.start];
  for (let i = k + 1; i < words.length; i++) {
    const word = words[i]!;
    if (!verbs.has(word.normal)) continue;
    const previous = words[i - 1]!;
    const gap = draft.text.slice(previous.end, word.start);
    if (JOINERS.has(previous.normal) || /[,;]/.test(gap)) {
      const joinerStart = JOINERS.has(previous.normal) ? previous.start : word.start;
      starts.push(joinerStart);
    }
  }
  return starts;
}

/** "and then click Save," → "Click Save." */
function tidyStep(text: string): string {
  const bare = text
    .trim()
    .replace(/^(?:(?:and|then|next|also|after that|finally)\b[\s,]*)+/i, '')
    .replace(/[\s,;]+$/, '')
    .replace(/[.!]+$/, '');
  return `${bare.charAt(0).toUpperCase()}${bare.slice(1)}.`;
}

export function numberedList(steps: readonly string[]): string {
  return steps.map((step, i) => `${i + 1}. ${step}`).join('\n');
}

export interface GradedParagraph {
  sentences: Sentence[];
  grade: number;
}

/** The body paragraph (not a list) with the highest reading grade, among those with enough words to grade. */
export function hardestParagraph(draft: Draft, minWords: number): GradedParagraph | undefined {
  const byParagraph = new Map<number, Sentence[]>();
  for (const sentence of draft.sentences) {
    const paragraph = draft.paragraphs[sentence.paragraph];
    if (!paragraph || paragraph.isList || paragraph.region !== 'body') continue;
    const list = byParagraph.get(sentence.paragraph) ?? [];
    list.push(sentence);
    byParagraph.set(sentence.paragraph, list);
  }
  let hardest: GradedParagraph | undefined;
  for (const sentences of byParagraph.values()) {
    const words = draft.words
      .slice(sentences[0]!.firstWord, sentences.at(-1)!.endWord)
      .filter((w) => !w.opaque)
      .map((w) => w.text);
    if (words.length < minWords) continue;
    const { grade } = readabilityOf(words, sentences.length);
    if (!hardest || grade > hardest.grade) hardest = { sentences, grade };
  }
  return hardest;
}
