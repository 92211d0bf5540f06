import type { AnyRule } from '../engine/rule.js';
import type { Severity } from '../types.js';

export interface Preset {
  description: string;
  severity(rule: AnyRule): Severity;
  /** Option overrides per rule id, applied over the rule's defaults. */
  options?: Record<string, Record<string, unknown>>;
}

const STRICTER: Record<Severity, Severity> = { suggestion: 'warning', warning: 'error', error: 'error' };

/** Built-in presets, named in a config's `extends`. */
export const PRESETS: Record<string, Preset> = {
  recommended: {
    description: 'Every rule at its default severity and options.',
    severity: (rule) => rule.meta.defaultSeverity,
  },
  strict: {
    description: 'Every rule one level stricter, and a lower reading-grade target.',
    severity: (rule) => STRICTER[rule.meta.defaultSeverity],
    options: { clarity: { maxGrade: 8 } },
  },
};
