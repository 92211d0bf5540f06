/**
 * validate-feelings: wording that dismisses the customer's feelings ("calm
 * down", "I understand, but", "you're overreacting") or talks down to them
 * ("obviously", "just click"). Whether the reply acknowledges the customer's
 * feelings at all is acknowledge-feelings' job; apologies are apology-quality's.
 */
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { fitsContext, type ContextualEntry } from '../../src/kinds/context.js';
import { deleteWordFix, rewriteSuggestion } from '../../src/kinds/fix.js';
import { findEntries, formatMessage, type EntryHit, type HitWording } from '../../src/kinds/phrase.js';
import { detectFeelings } from '../../src/nlp/feelings.js';
import { reportsProblem } from '../../src/nlp/problem.js';
import data from './phrases.json' with { type: 'json' };

export interface ValidateFeelingsOptions {
  /** Entry ids (see phrases.json) to leave alone, e.g. `["just-simply"]`. */
  allow: string[];
  /** How strong (1 mild – 3 intense) the customer's feeling must be for "it's no big deal" to count as dismissive. */
  minStrength: number;
}

interface Entry extends ContextualEntry {
  /** Only wrong when the customer wrote in upset. */
  onlyWhenCustomerUpset?: boolean;
  /**
   * How a hit is reported when the customer's message is there and only asks:
   * no problem reported, no feeling shown, so no struggle to belittle.
   */
  whenCustomerOnlyAsked?: HitWording;
  /** Words whose deletion is a safe fix. */
  fixDelete?: string[];
}

const entries = data.entries as Entry[];

export default defineRule<ValidateFeelingsOptions>({
  meta: {
    id: 'validate-feelings',
    dimension: 'empathy',
    description: "Never dismiss the customer's feelings or talk down to them.",
    defaultSeverity: 'warning',
    fixable: true,
    docs: 'https://github.com/tonecheck/tonecheck/blob/main/rules/validate-feelings/README.md',
  },
  defaultOptions: { allow: [], minStrength: data.minStrength },
  check(context) {
    const { draft, options } = context;
    const allowed = new Set(options.allow);
    // The customer's feelings are read once, and only when an entry asks about them.
    let feelings: ReturnType<typeof detectFeelings> | undefined;
    const feelingsShown = () => (feelings ??= detectFeelings(draft.customerText));
    const customerUpset = () => feelingsShown().some((f) => f.strength >= options.minStrength);
    let asked: boolean | undefined;
    const customerOnlyAsked = () =>
      (asked ??= draft.customerText.trim() !== '' && feelingsShown().length === 0 && !reportsProblem(draft.customerText));
    const active = entries.filter((e) => !allowed.has(e.id) && (!e.onlyWhenCustomerUpset || customerUpset()));
    for (const hit of findEntries(draft, active, (h) => fitsContext(draft, h))) {
      const calm = hit.entry.whenCustomerOnlyAsked && customerOnlyAsked() ? hit.entry.whenCustomerOnlyAsked : undefined;
      report(context, hit, calm);
    }
  },
});

function report(context: RuleContext<ValidateFeelingsOptions>, hit: EntryHit<Entry>, wording: HitWording = hit.entry): void {
  const { draft } = context;
  const fix = hit.entry.fixDelete ? deleteWordFix(draft, hit, hit.sentence, hit.entry.fixDelete) : undefined;
  const rewrite = fix ? rewriteSuggestion(hit.sentence, fix) : undefined;
  context.report({
    start: hit.start,
    end: hit.end,
    message: formatMessage(wording.message, hit.text),
    why: hit.entry.why,
    suggestions: rewrite ? [rewrite] : (hit.entry.suggestions ?? []),
    ...(wording.severity === undefined ? {} : { severity: wording.severity }),
    ...(fix ? { fix } : {}),
  });
}
