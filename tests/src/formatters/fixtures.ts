import type { LintResult } from '../../../src/formatters/types.js';
import type { Diagnostic } from '../../../src/types.js';

export const SOURCE = 'Hi Sam,\n\nAs I said, you should have read the guide.\n\tKindly wait.\n\nBest,\nAna\n';

export function diag(overrides: Partial<Diagnostic> & Pick<Diagnostic, 'start' | 'end'>): Diagnostic {
  const before = SOURCE.slice(0, overrides.start).split('\n');
  const after = SOURCE.slice(0, overrides.end).split('\n');
  return {
    ruleId: 'blame-free',
    severity: 'warning',
    dimension: 'ownership',
    message: 'This blames the customer.',
    why: 'Blame puts people on the defensive.',
    line: before.length,
    column: before.at(-1)!.length + 1,
    endLine: after.length,
    endColumn: after.at(-1)!.length + 1,
    text: SOURCE.slice(overrides.start, overrides.end),
    suggestions: [],
    ...overrides,
  };
}

const blame = SOURCE.indexOf('you should have');
const kindly = SOURCE.indexOf('Kindly');

export const RESULTS: LintResult[] = [
  {
    path: 'replies/late.txt',
    source: SOURCE,
    diagnostics: [
      diag({
        start: blame,
        end: blame + 'you should have read the guide'.length,
        suggestions: ['the guide covers this', 'here is the step that helps', 'let me walk you through it', 'fourth'],
      }),
      diag({
        start: kindly,
        end: kindly + 6,
        ruleId: 'acme/no-kindly',
        severity: 'error',
        dimension: 'courtesy',
        message: '"Kindly" reads as stiff.',
        why: 'Plain requests sound warmer.',
        suggestions: ['Please'],
        fix: { start: kindly, end: kindly + 6, text: 'Please' },
      }),
    ],
    errorCount: 1,
    warningCount: 1,
    suggestionCount: 0,
  },
  { path: 'replies/fine.txt', source: 'All good.', diagnostics: [], errorCount: 0, warningCount: 0, suggestionCount: 0 },
];

export const TOOL = { name: 'tonecheck', version: '9.9.9' };
