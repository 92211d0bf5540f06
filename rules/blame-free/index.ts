/**
 * blame-free: wording that puts the fault on the customer ("you failed to",
 * "you should have read", "per my last email") or passes judgement on them
 * and their work ("your approach is flawed", "I'm puzzled by your
 * decisions"), with ownership or neutral rewrites. Sentences about what
 * happened to the customer ("you didn't receive it"), conditions ("if you
 * entered the wrong code"), apologies and our own shortfalls are left alone.
 */
import { defineRule } from '../../src/engine/rule.js';
import { fitsContext, type ContextualEntry } from '../../src/kinds/context.js';
import { findEntries, reportHit, type EntryHit } from '../../src/kinds/phrase.js';
import type { Draft } from '../../src/document/draft.js';
import data from './phrases.json' with { type: 'json' };
import { judgesOurWork, sentenceRulesOut } from './reader.js';

export interface BlameFreeOptions {
  /** Entry ids (see phrases.json) to leave alone, e.g. `["as-stated"]`. */
  allow: string[];
}

interface BlameEntry extends ContextualEntry {
  /** `not-ours`: skip the hit when its subject is our side ("our reply was unacceptable"). */
  subject?: 'not-ours';
  /** Patterns that, anywhere in the sentence, show the hit is not blame ("…on our end", "we fixed"). */
  without?: string[];
}

const entries = data.entries as BlameEntry[];

function isBlame(draft: Draft, hit: EntryHit<BlameEntry>): boolean {
  if (!fitsContext(draft, hit)) return false;
  if (hit.entry.subject === 'not-ours' && judgesOurWork(draft, hit)) return false;
  return !sentenceRulesOut(draft, hit, hit.entry.without);
}

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
    for (const hit of findEntries(context.draft, active, (h) => isBlame(context.draft, h))) {
      reportHit(context, hit);
    }
  },
});
