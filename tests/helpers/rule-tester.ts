/**
 * A small RuleTester in ESLint's spirit: runs one rule, alone, at its default
 * severity over valid and invalid cases. Valid cases must report nothing;
 * invalid cases must report exactly the listed errors; a rule that fixes must
 * say what the fixed text is.
 */
import { describe, expect, it } from 'vitest';
import { runRules, type ResolvedConfig } from '../../src/engine/check.js';
import type { AnyRule } from '../../src/engine/rule.js';
import type { Diagnostic, Edit, Severity } from '../../src/types.js';

export interface ValidCase {
  text: string;
  /** Merged over the rule's default options. */
  options?: Record<string, unknown>;
  /** The customer's message, as `--context` would pass it. */
  context?: string;
  name?: string;
}

export interface ExpectedError {
  message?: RegExp | string;
  /** The flagged text, exactly as written. */
  text?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The first suggestion, or a pattern it must match. */
  suggestion?: RegExp | string;
  /** The report's severity, when it differs from case to case. */
  severity?: Severity;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The text after applying every fix; required when the rule fixes anything. */
  output?: string;
}

export interface RuleTests {
  valid: Array<string | ValidCase>;
  invalid: InvalidCase[];
}

/** Runs only `rule` over `text` with the given options. */
export function lint(rule: AnyRule, test: ValidCase): Diagnostic[] {
  const config: ResolvedConfig = {
    rules: [{ rule, severity: rule.meta.defaultSeverity, options: { ...rule.defaultOptions, ...test.options } }],
  };
  return runRules(test.text, config, test.context === undefined ? {} : { context: test.context }).diagnostics;
}

/** Applies non-overlapping fixes from the end of the text backwards. */
export function applyFixes(text: string, fixes: readonly Edit[]): string {
  const sorted = [...fixes].sort((a, b) => a.start - b.start);
  const kept: Edit[] = [];
  for (const fix of sorted) {
    const last = kept.at(-1);
    if (!last || fix.start >= last.end) kept.push(fix);
  }
  let out = text;
  for (const fix of kept.reverse()) out = out.slice(0, fix.start) + fix.text + out.slice(fix.end);
  return out;
}

function title(test: ValidCase): string {
  if (test.name) return test.name;
  const text = JSON.stringify(test.text);
  return text.length > 70 ? `${text.slice(0, 67)}…"` : text;
}

function describeFound(found: readonly Diagnostic[]): string {
  return found.map((d) => `${d.line}:${d.column} [${d.text}] ${d.message}`).join('\n') || '(nothing)';
}

function matches(actual: string, expected: RegExp | string): boolean {
  return typeof expected === 'string' ? actual === expected : expected.test(actual);
}

export class RuleTester {
  run(rule: AnyRule, tests: RuleTests): void {
    describe(rule.meta.id, () => {
      describe('valid', () => {
        for (const raw of tests.valid) {
          const test = typeof raw === 'string' ? { text: raw } : raw;
          it(title(test), () => {
            const found = lint(rule, test);
            expect(found, `expected no reports, got:\n${describeFound(found)}`).toEqual([]);
          });
        }
      });
      describe('invalid', () => {
        for (const test of tests.invalid) {
          it(title(test), () => {
            expect(test.errors.length, 'an invalid case must list at least one error').toBeGreaterThan(0);
            const found = lint(rule, test);
            expect(found.length, `expected ${test.errors.length} report(s), got:\n${describeFound(found)}`).toBe(
              test.errors.length,
            );
            test.errors.forEach((error, i) => checkError(found[i]!, error, i));
            checkOutput(test, found);
          });
        }
      });
    });
  }
}

function checkError(actual: Diagnostic, error: ExpectedError, i: number): void {
  const where = `report ${i + 1} (${actual.line}:${actual.column} [${actual.text}] ${actual.message})`;
  if (error.text !== undefined) expect(actual.text, `${where}: flagged text`).toBe(error.text);
  if (error.severity !== undefined) expect(actual.severity, `${where}: severity`).toBe(error.severity);
  if (error.message !== undefined) {
    expect(matches(actual.message, error.message), `${where}: message should match ${String(error.message)}`).toBe(true);
  }
  if (error.line !== undefined) expect(actual.line, `${where}: line`).toBe(error.line);
  if (error.column !== undefined) expect(actual.column, `${where}: column`).toBe(error.column);
  if (error.endLine !== undefined) expect(actual.endLine, `${where}: endLine`).toBe(error.endLine);
  if (error.endColumn !== undefined) expect(actual.endColumn, `${where}: endColumn`).toBe(error.endColumn);
  if (error.suggestion !== undefined) {
    const first = actual.suggestions[0] ?? '';
    expect(matches(first, error.suggestion), `${where}: first suggestion "${first}"`).toBe(true);
  }
  expect(actual.why.length, `${where}: every report says why`).toBeGreaterThan(0);
}

function checkOutput(test: InvalidCase, found: readonly Diagnostic[]): void {
  const fixes = found.flatMap((d) => (d.fix ? [d.fix] : []));
  if (test.output === undefined) {
    expect(fixes, 'the rule produced fixes: add `output` to this case').toEqual([]);
    return;
  }
  expect(fixes.length, '`output` given but the rule produced no fix').toBeGreaterThan(0);
  const output = applyFixes(test.text, fixes);
  expect(output, 'a fix must change the text').not.toBe(test.text);
  expect(output).toBe(test.output);
}
