/**
 * next-steps: trust is built with concrete commitments. Flags vague time
 * words ("ASAP", "soon"), open-ended promises ("we'll look into it"),
 * over-promises ("this will never happen again"), and a reply to a customer's
 * problem that gives no next step, owner or time frame at all.
 */
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { fitsContext, type ContextualEntry } from '../../src/kinds/context.js';
import { movesForward } from '../../src/kinds/draft-cues.js';
import { findEntries, reportHit } from '../../src/kinds/phrase.js';
import { reportsProblem } from '../../src/nlp/problem.js';
import data from './phrases.json' with { type: 'json' };

export interface NextStepsOptions {
  /** Entry ids (see phrases.json) to leave alone, e.g. `["soon"]`. */
  allow: string[];
  /** Report a reply to a customer's problem that gives no next step, owner or time frame. */
  requireStep: boolean;
}

const entries = data.entries as ContextualEntry[];
const TIME_WORDS = new Set(['vague-time', 'soon']);
const missing = data.missingStep;

export default defineRule<NextStepsOptions>({
  meta: {
    id: 'next-steps',
    dimension: 'trust',
    description: 'Say who does what next and by when; promise only what you control.',
    defaultSeverity: 'warning',
    docs: 'https://github.com/tonecheck/tonecheck/blob/main/rules/next-steps/README.md',
  },
  defaultOptions: { allow: [], requireStep: true },
  check(context) {
    const { draft, options } = context;
    const allowed = new Set(options.allow);
    const active = entries.filter((entry) => !allowed.has(entry.id));
    const hits = findEntries(draft, active, (h) => fitsContext(draft, h));
    // One finding per sentence: in "we'll get back to you ASAP" the vague time is the words to replace.
    const timed = new Set(hits.filter((h) => TIME_WORDS.has(h.entry.id)).map((h) => h.sentenceIndex));
    for (const hit of hits) if (hit.entry.id !== 'vague-promise' || !timed.has(hit.sentenceIndex)) reportHit(context, hit);
    if (options.requireStep) checkStep(context);
  },
});

/** One finding on the first sentence of the body when the customer reports a problem and nothing moves it forward. */
function checkStep(context: RuleContext<NextStepsOptions>): void {
  const { draft } = context;
  if (!draft.customerText.trim() || !reportsProblem(draft.customerText)) return;
  const body = draft.sentences.filter((s) => s.region === 'body');
  if (body.length === 0 || body.some((s) => movesForward(draft, s))) return;
  const first = body[0]!;
  context.report({ start: first.start, end: first.end, message: missing.message, why: missing.why, suggestions: missing.suggestions });
}
