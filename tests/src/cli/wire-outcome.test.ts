import { describe, expect, it } from 'vitest';
import type { FileOutcome } from '../../../src/cli/check-file.js';
import { fromWireOutcome, toWireOutcome } from '../../../src/cli/wire-outcome.js';
import type { LintResult } from '../../../src/formatters/types.js';

const result = (entryId: string, source?: string): LintResult => ({
  path: 'export.json',
  entryId,
  diagnostics: [],
  errorCount: 0,
  warningCount: 0,
  suggestionCount: 0,
  ...(source === undefined ? {} : { source }),
});

describe('outcomes between threads', () => {
  it('sends each distinct source text once and gives every result its text back', () => {
    const file = '{"macros": [ … a large export … ]}';
    const other = 'Hi Sam, …';
    const outcome: FileOutcome = { results: [result('1', file), result('2', file), result('3', other), result('4')], problems: ['export.json#9: "body" is not text'] };
    const wire = toWireOutcome(outcome);
    expect(wire.texts).toEqual([file, other]);
    expect(wire.results.map((r) => ('source' in r ? 'source' : r.sourceText))).toEqual([0, 0, 1, undefined]);
    expect(structuredClone(wire).texts).toHaveLength(2);
    expect(fromWireOutcome(structuredClone(wire))).toEqual(outcome);
  });
});
