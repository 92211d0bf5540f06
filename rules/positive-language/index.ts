/**
 * positive-language: negative framing ("unfortunately", "we can't offer",
 * "you'll have to") where a positive reframe says the same thing by leading
 * with what is possible. A refusal that already comes with an option ("…,
 * but I can send a credit") is only a suggestion to lead with that option.
 */
import { defineRule } from '../../src/engine/rule.js';
import { fitsContext, offersAlternative, type ContextualEntry } from '../../src/kinds/context.js';
import { findEntries, reportHit, type HitWording } from '../../src/kinds/phrase.js';
import data from './phrases.json' with { type: 'json' };

export interface PositiveLanguageOptions {
  /** Entry ids (see phrases.json) to leave alone, e.g. `["no-problem"]`. */
  allow: string[];
}

interface FramingEntry extends ContextualEntry {
  /** With an option offered after the refusal, report data.whenOffered instead (see offersAlternative). */
  softenWhenOffered?: boolean;
}

const entries = data.entries as FramingEntry[];
const whenOffered = data.whenOffered as HitWording;

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
      const offered = hit.entry.softenWhenOffered === true && offersAlternative(context.draft, hit);
      reportHit(context, hit, offered ? whenOffered : hit.entry);
    }
  },
});
