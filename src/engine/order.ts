import type { Diagnostic } from '../types.js';

/**
 * The order of findings in a report: by position, then rule id by code unit,
 * which is the same on every machine (and, unlike `localeCompare`, does not
 * start the ICU collator on a cold start).
 */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
