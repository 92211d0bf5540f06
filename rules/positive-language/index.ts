/**
 * positive-language: negative framing ("unfortunately", "we can't offer",
 * "you'll have to") where a positive reframe says the same thing by leading
 * with what is possible.
 */
import { defineRule } from '../../src/engine/rule.js';
import { fitsContext, type ContextualEntry } from '../../src/kinds/context.js';
import { findEntries, reportHit } from '../../src/kinds/phrase.js';
import data from './phrases.json' with { type: 'json' };

export interface PositiveLanguageOptions {
  /** Entry ids (see phrases.json) to leave alone, e.g. `["no-problem"]`. */
  allow: string[];
}

const entries = data.entries as ContextualEntry[];

export default defineRule<PositiveLanguageOptions>({
  meta: {
    id: 'positive-language',
    dimension: 'positivity',
    description: 'Lead with what you can do, not with what you cannot.',
    defaultSeverity: 'warning',
    docs: 'https://github.com/tonecheck/tonecheck/blob/main/rules/positive-language/README.md',
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
