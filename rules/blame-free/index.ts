/**
 * blame-free: wording that puts the fault on the customer ("you failed to",
 * "you should have read", "per my last email"), with ownership or neutral
 * rewrites. Sentences about what happened to the customer ("you didn't
 * receive it"), conditions ("if you entered the wrong code") and apologies
 * are left alone.
 */
import { defineRule } from '../../src/engine/rule.js';
import { fitsContext, type ContextualEntry } from '../../src/kinds/context.js';
import { findEntries, reportHit } from '../../src/kinds/phrase.js';
import data from './phrases.json' with { type: 'json' };

export interface BlameFreeOptions {
  /** Entry ids (see phrases.json) to leave alone, e.g. `["as-stated"]`. */
  allow: string[];
}

const entries = data.entries as ContextualEntry[];

export default defineRule<BlameFreeOptions>({
  meta: {
    id: 'blame-free',
    dimension: 'ownership',
    description: 'Describe what happened and what comes next; never put the fault on the customer.',
    defaultSeverity: 'error',
    docs: 'https://github.com/tonecheck/tonecheck/blob/main/rules/blame-free/README.md',
  },
  defaultOptions: { allow: [] },
  check(context) {
    const allowed = new Set(context.options.allow);
    const active = entries.filter((entry) => !allowed.has(entry.id));
    for (const hit of findEntries(context.draft, active, (h) => fitsContext(context.draft, h))) {
      reportHit(context, hit);
    }
  },
});
