import { describe, expect, it } from 'vitest';
import { runRules, type ActiveRule, type ResolvedConfig } from '../../../src/engine/check.js';
import { defineRule, type RuleModule } from '../../../src/engine/rule.js';
import type { RuleReport } from '../../../src/types.js';

/** A rule that reports whatever the test hands it, wherever `find` occurs. */
function reporting(find: string, extra: Partial<RuleReport> = {}, meta: Partial<RuleModule['meta']> = {}): ActiveRule {
  const rule = defineRule({
    meta: { id: 'test-rule', dimension: 'clarity', description: 'test', defaultSeverity: 'warning', ...meta },
    defaultOptions: {},
    check(context) {
      let at = context.draft.text.indexOf(find);
      while (at !== -1) {
        context.report({ start: at, end: at + find.length, message: `found ${find}`, why: 'because', ...extra });
        at = context.draft.text.indexOf(find, at + 1);
      }
    },
  });
  return { rule, severity: 'warning', options: {} };
}

const run = (text: string, ...rules: ActiveRule[]) => runRules(text, { rules } satisfies ResolvedConfig);

describe('runRules', () => {
  it('turns reports into diagnostics with 1-based positions, the flagged text and the rule dimension', () => {
    const { diagnostics, warningCount } = run('Hi,\r\n\r\n🙂 oops here.', reporting('oops'));
    expect(warningCount).toBe(1);
    expect(diagnostics[0]).toMatchObject({
      ruleId: 'test-rule',
      severity: 'warning',
      dimension: 'clarity',
      text: 'oops',
      line: 3,
      column: 4,
      endLine: 3,
      endColumn: 8,
      suggestions: [],
    });
  });

  it('drops reports in quoted text and signatures, and ones that reach into them', () => {
    const text = 'Hi,\n\noops.\n\nBest,\nAna oops\n\n> oops';
    expect(run(text, reporting('oops')).diagnostics.map((d) => d.start)).toEqual([text.indexOf('oops')]);
    expect(run(text, reporting('oops.\n\nBest,\nAna')).diagnostics).toEqual([]);
  });

  it('keeps reports to the regions a rule declares', () => {
    const text = 'Hi oops,\n\nSome oops.';
    const bodyOnly = reporting('oops', {}, { regions: ['body'] });
    expect(run(text, bodyOnly).diagnostics.map((d) => d.start)).toEqual([text.lastIndexOf('oops')]);
  });

  it('drops a report that starts or ends inside a placeholder, but keeps one that holds a whole placeholder', () => {
    expect(run('Hi {{oops}} there.', reporting('oops')).diagnostics).toEqual([]);
    expect(run('Hi {{name}} there.', reporting('{{name')).diagnostics).toEqual([]);
    expect(run('Hi {{name}} there.', reporting('Hi {{name}} there.')).diagnostics).toHaveLength(1);
  });

  it('keeps a fix only from a fixable rule, and never one that edits a placeholder', () => {
    const fix = { start: 0, end: 2, text: 'Hello' };
    expect(run('Hi there.', reporting('Hi', { fix })).diagnostics[0]!.fix).toBeUndefined();
    expect(run('Hi there.', reporting('Hi', { fix }, { fixable: true })).diagnostics[0]!.fix).toEqual(fix);
    const intoPlaceholder = { start: 0, end: 8, text: 'x' };
    expect(run('Hi {{a}} there.', reporting('Hi', { fix: intoPlaceholder }, { fixable: true })).diagnostics[0]!.fix).toBeUndefined();
  });

  it('takes a per-report severity and dimension, counts severities, and sorts by position', () => {
    const { diagnostics, errorCount, warningCount } = run(
      'b a',
      reporting('b', { severity: 'error', dimension: 'empathy' }),
      reporting('a'),
    );
    expect(diagnostics.map((d) => [d.text, d.severity, d.dimension])).toEqual([
      ['b', 'error', 'empathy'],
      ['a', 'warning', 'clarity'],
    ]);
    expect([errorCount, warningCount]).toEqual([1, 1]);
  });

  it('reports the same finding once', () => {
    const twice = defineRule({
      meta: { id: 'twice', dimension: 'clarity', description: 'test', defaultSeverity: 'warning' },
      defaultOptions: {},
      check(context) {
        context.report({ start: 0, end: 2, message: 'm', why: 'w' });
        context.report({ start: 0, end: 2, message: 'm', why: 'w' });
      },
    });
    expect(run('Hi there', { rule: twice, severity: 'warning', options: {} }).diagnostics).toHaveLength(1);
  });

  it('refuses a rule that reports a range outside the text', () => {
    expect(() => run('short', reporting('short', { end: 99 }))).toThrow(/invalid range/);
  });
});
