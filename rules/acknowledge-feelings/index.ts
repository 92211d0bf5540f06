/**
 * acknowledge-feelings: when the customer's message shows a strong feeling,
 * the reply says so early, in words that fit what happened. Reports a reply
 * that never acknowledges it, one that does so only after the answer, and one
 * whose only acknowledgement is a stock line; each finding quotes the
 * customer's own words and suggests a sentence to add.
 */
import type { Draft } from '../../src/document/draft.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { matchPatterns, testPatterns } from '../../src/kinds/pattern.js';
import { detectAcknowledgement } from '../../src/nlp/acknowledgement.js';
import { cueWords, quoteCues } from '../../src/nlp/emotion/describe.js';
import { readCustomer, type EmotionReading, type NegativeEmotion } from '../../src/nlp/emotion/index.js';
import { bodySentences, lintTextOf, stemsOf } from '../../src/nlp/emotion/reply.js';
import type { Sentence } from '../../src/types.js';
import data from './phrases.json' with { type: 'json' };

export interface AcknowledgeFeelingsOptions {
  /** How strong (1 mild – 3 intense) a feeling must be before the reply must acknowledge it. */
  minStrength: number;
  /** Confusion needs an acknowledgement only from this strength ("completely lost"). */
  confusionStrength: number;
  /** The acknowledgement must come within this many body sentences (or in the first paragraph). */
  early: number;
  /** Report an acknowledgement that is only a stock line. */
  stock: boolean;
}

const adjectives = data.adjectives as Record<NegativeEmotion, string>;
const cueAdjectives = data.cueAdjectives as Record<NegativeEmotion, string[]>;
const templates = data.suggestions as Record<NegativeEmotion, [string, string]>;

export default defineRule<AcknowledgeFeelingsOptions>({
  meta: {
    id: 'acknowledge-feelings',
    dimension: 'empathy',
    description: "Acknowledge the customer's feelings early, in words that fit what happened.",
    defaultSeverity: 'warning',
    docs: 'https://github.com/tonecheck/tonecheck/blob/main/rules/acknowledge-feelings/README.md',
  },
  defaultOptions: { minStrength: data.minStrength, confusionStrength: data.confusionStrength, early: data.early, stock: true },
  check(context) {
    const { draft, options } = context;
    if (!draft.customerText.trim()) return;
    const feelings = strongFeelings(readCustomer(draft.customerText).emotions, options);
    if (feelings.length === 0) return;
    const body = bodySentences(draft);
    if (body.length === 0) return;

    const acknowledging = body.filter((s) => acknowledges(lintTextOf(draft, s)));
    const first = acknowledging[0];
    if (!first) {
      report(context, body[0]!, data.missing, feelings);
      return;
    }
    if (options.stock && acknowledging.every((s) => isStock(draft, s))) {
      report(context, first, data.stock, feelings);
      return;
    }
    if (!isEarly(body, first, options.early)) {
      report(context, first, data.late, feelings, 'suggestion');
    }
  },
});

function acknowledges(sentence: string): boolean {
  return detectAcknowledgement(sentence).cues.length > 0 || testPatterns(sentence, data.alsoAcknowledges.patterns);
}

function strongFeelings(
  emotions: readonly EmotionReading[],
  options: AcknowledgeFeelingsOptions,
): EmotionReading<NegativeEmotion>[] {
  return emotions.filter(
    (e): e is EmotionReading<NegativeEmotion> =>
      e.emotion !== 'gratitude' && e.strength >= (e.emotion === 'confusion' ? options.confusionStrength : options.minStrength),
  );
}

/** In the body's first paragraph, or within its first `early` sentences. */
function isEarly(body: readonly Sentence[], sentence: Sentence, early: number): boolean {
  return body.indexOf(sentence) < early || sentence.paragraph === body[0]!.paragraph;
}

/**
 * A stock line matches a stock phrase and says nothing about this customer:
 * no feeling named, no word shared with their message.
 */
function isStock(draft: Draft, sentence: Sentence): boolean {
  const text = lintTextOf(draft, sentence);
  if (!testPatterns(text, data.stockPhrases)) return false;
  if (matchPatterns(text, data.feelingWords).length > 0) return false;
  const customer = stemsOf(draft.customerText);
  const stock = new Set(matchPatterns(text, data.stockPhrases).flatMap((m) => [...stemsOf(m.text)]));
  return ![...stemsOf(text)].some((s) => customer.has(s) && !stock.has(s));
}

function report(
  context: RuleContext<AcknowledgeFeelingsOptions>,
  sentence: Sentence,
  template: { message: string; why: string },
  feelings: readonly EmotionReading<NegativeEmotion>[],
  severity?: 'suggestion',
): void {
  const { draft } = context;
  const top = feelings[0]!;
  const message = template.message
    .replace('{feeling}', adjectives[top.emotion])
    .replace('{cues}', quoteCues(feelings))
    .replace('{text}', sentence.text.trim());
  context.report({
    start: sentence.start,
    end: sentence.end,
    message,
    why: template.why,
    suggestions: suggestionsFor(draft.customerText, feelings),
    ...(severity ? { severity } : {}),
  });
}

/** A sentence naming the customer's situation, when one is recognised, then one naming their feeling. */
function suggestionsFor(customerText: string, feelings: readonly EmotionReading<NegativeEmotion>[]): string[] {
  const out: string[] = [];
  const situation = data.situations.find((s) => testPatterns(customerText, s.cues));
  if (situation) out.push(situation.suggestion);
  const top = feelings[0]!;
  const own = cueWords([top], 10).find((cue) => cueAdjectives[top.emotion].includes(cue.toLowerCase()));
  const [withCue, plain] = templates[top.emotion];
  out.push(own ? withCue.replace('{cue}', own.toLowerCase()) : plain);
  const second = feelings.find((f) => f.emotion !== top.emotion);
  if (second && out.length < 3) out.push(templates[second.emotion][1]);
  return out;
}
