/**
 * apology-quality: an apology that lands names what went wrong, owns it
 * without conditions, comes once, and comes with an action. Flags
 * non-apologies ("sorry you feel that way"), hedged and stock apologies ("any
 * inconvenience this may have caused"), apologising over and over, and an
 * apology in a reply that never says what is being done.
 */
import type { Draft } from '../../src/document/draft.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { fitsContext, type ContextualEntry } from '../../src/kinds/context.js';
import { acknowledgementsOf, cuesWithin, movesForward } from '../../src/kinds/draft-cues.js';
import { findEntries, formatMessage, reportHit } from '../../src/kinds/phrase.js';
import type { Span } from '../../src/types.js';
import data from './phrases.json' with { type: 'json' };

export interface ApologyQualityOptions {
  /** Entry ids (see phrases.json) to leave alone, e.g. `["stock-apology"]`. */
  allow: string[];
  /** Apologies allowed in one reply before the next is reported. */
  maxApologies: number;
  /** Report an apology in a reply that never says what is being done. */
  requireAction: boolean;
}

const entries = data.entries as ContextualEntry[];

export default defineRule<ApologyQualityOptions>({
  meta: {
    id: 'apology-quality',
    dimension: 'ownership',
    description: 'Apologise once, for what happened, and say what you are doing about it.',
    defaultSeverity: 'warning',
    docs: 'https://github.com/tonecheck/tonecheck/blob/main/rules/apology-quality/README.md',
  },
  defaultOptions: { allow: [], maxApologies: data.overApology.max, requireAction: true },
  check(context) {
    const { draft, options } = context;
    const allowed = new Set(options.allow);
    const active = entries.filter((entry) => !allowed.has(entry.id));
    const flagged = findEntries(draft, active, (h) => fitsContext(draft, h));
    for (const hit of flagged) reportHit(context, hit);

    const apologies = findApologies(draft).filter((a) => !flagged.some((f) => f.start < a.end && a.start < f.end));
    checkRepeats(context, apologies);
    if (options.requireAction && apologies.length > 0 && !answers(draft)) {
      const first = apologies[0]!;
      context.report({
        start: first.start,
        end: first.end,
        message: formatMessage(data.noAction.message, first.text),
        why: data.noAction.why,
        suggestions: data.noAction.suggestions,
      });
    }
  },
});

interface Apology extends Span {
  text: string;
}

/** Every genuine apology, in order, as offsets into the draft: "I'm sorry, I'm so sorry" is two. */
function findApologies(draft: Draft): Apology[] {
  const out: Apology[] = [];
  const acknowledgements = acknowledgementsOf(draft);
  for (const sentence of draft.sentences) {
    for (const { kind, start, end } of cuesWithin(acknowledgements, sentence)) {
      if (kind === 'apology') out.push({ start, end, text: draft.text.slice(start, end) });
    }
  }
  return out;
}

function checkRepeats(context: RuleContext<ApologyQualityOptions>, apologies: readonly Apology[]): void {
  apologies.slice(context.options.maxApologies).forEach((apology, i) => {
    context.report({
      start: apology.start,
      end: apology.end,
      message: data.overApology.message.replace('{count}', String(context.options.maxApologies + i + 1)),
      why: data.overApology.why,
      suggestions: data.overApology.suggestions,
    });
  });
}

/**
 * The reply moves things forward: an action, a step for the reader, a time
 * frame or a question; or it is a single sentence, too short to judge.
 */
function answers(draft: Draft): boolean {
  const sentences = draft.sentences.filter((s) => s.region === 'body');
  if (sentences.length < 2) return true;
  return sentences.some((s) => movesForward(draft, s));
}
