/**
 * validate-feelings: wording that dismisses the customer's feelings ("calm
 * down", "I understand, but", "you're overreacting") or talks down to them
 * ("obviously", "just click"), and a reply that never acknowledges the strong
 * feelings the customer's message shows.
 */
import type { Draft } from '../../src/document/draft.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { fitsContext, sentenceAcknowledges, type ContextualEntry } from '../../src/kinds/context.js';
import { applyEdit, deleteWordFix } from '../../src/kinds/fix.js';
import { findEntries, formatMessage, type EntryHit } from '../../src/kinds/phrase.js';
import { detectFeelings, type Emotion, type Feeling } from '../../src/nlp/feelings.js';
import data from './phrases.json' with { type: 'json' };

export interface ValidateFeelingsOptions {
  /** Entry ids (see phrases.json) to leave alone, e.g. `["just-simply"]`. */
  allow: string[];
  /** Flag a reply that never acknowledges the customer's strong feelings. */
  acknowledge: boolean;
  /** How strong (1 mild – 3 intense) a feeling must be before the reply must acknowledge it. */
  minStrength: number;
}

interface Entry extends ContextualEntry {
  /** Only wrong when the customer wrote in upset. */
  onlyWhenCustomerUpset?: boolean;
  /** Words whose deletion is a safe fix. */
  fixDelete?: string[];
}

const entries = data.entries as Entry[];
const acknowledge = data.acknowledge as {
  minStrength: number;
  message: string;
  why: string;
  adjectives: Record<Emotion, string>;
  suggestions: Record<Emotion, string[]>;
};

export default defineRule<ValidateFeelingsOptions>({
  meta: {
    id: 'validate-feelings',
    dimension: 'empathy',
    description: "Acknowledge the customer's feelings; never dismiss or talk down to them.",
    defaultSeverity: 'warning',
    fixable: true,
    docs: 'https://github.com/tonecheck/tonecheck/blob/main/rules/validate-feelings/README.md',
  },
  defaultOptions: { allow: [], acknowledge: true, minStrength: acknowledge.minStrength },
  check(context) {
    const { draft, options } = context;
    const feelings = detectFeelings(draft.customerText).filter((f) => f.strength >= options.minStrength);
    const allowed = new Set(options.allow);
    const active = entries.filter((e) => !allowed.has(e.id) && (!e.onlyWhenCustomerUpset || feelings.length > 0));
    for (const hit of findEntries(draft, active, (h) => fitsContext(draft, h))) report(context, hit);

    if (options.acknowledge && feelings.length > 0) checkAcknowledged(context, feelings);
  },
});

function report(context: RuleContext<ValidateFeelingsOptions>, hit: EntryHit<Entry>): void {
  const { draft } = context;
  const fix = hit.entry.fixDelete ? deleteWordFix(draft, hit, hit.sentence, hit.entry.fixDelete) : undefined;
  const rewrite = fix ? applyEdit(hit.sentence.text, fix, hit.sentence.start).trim() : undefined;
  context.report({
    start: hit.start,
    end: hit.end,
    message: formatMessage(hit.entry.message, hit.text),
    why: hit.entry.why,
    suggestions: rewrite ? [rewrite] : (hit.entry.suggestions ?? []),
    ...(fix ? { fix } : {}),
  });
}

/** One finding at the start of the body when no sentence of the reply acknowledges anything. */
function checkAcknowledged(context: RuleContext<ValidateFeelingsOptions>, feelings: readonly Feeling[]): void {
  const { draft } = context;
  if (draft.sentences.some((_, i) => sentenceAcknowledges(draft, i))) return;
  const anchor = firstBodySentence(draft);
  if (!anchor) return;
  const top = feelings[0]!;
  const cues = [...new Set(feelings.flatMap((f) => f.cues.map((c) => c.text.replace(/\s+/g, ' '))))].slice(0, 3);
  const suggestions = [acknowledge.suggestions[top.emotion][0]!];
  const second = feelings.find((f) => f.emotion !== top.emotion);
  suggestions.push(second ? acknowledge.suggestions[second.emotion][0]! : acknowledge.suggestions[top.emotion][1]!);
  context.report({
    start: anchor.start,
    end: anchor.end,
    message: acknowledge.message
      .replace('{feeling}', acknowledge.adjectives[top.emotion])
      .replace('{cues}', cues.map((c) => `"${c}"`).join(', ')),
    why: acknowledge.why,
    suggestions,
  });
}

function firstBodySentence(draft: Draft) {
  return draft.sentences.find((s) => s.region === 'body') ?? draft.sentences[0];
}
