import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/engine/rule.js';
import { applyFixes, lint } from './rule-tester.js';

const shout = defineRule<{ word: string }>({
  meta: { id: 'test-shout', dimension: 'courtesy', description: 'test', defaultSeverity: 'warning', fixable: true },
  defaultOptions: { word: 'hey' },
  check(context) {
    const { text } = context.draft;
    const at = text.indexOf(context.options.word);
    if (at === -1) return;
    const end = at + context.options.word.length;
    context.report({ start: at, end, message: 'm', why: 'w', fix: { start: at, end, text: context.options.word.toUpperCase() } });
  },
});

describe('rule tester helpers', () => {
  it('runs only the given rule, at its default severity, with options merged', () => {
    expect(lint(shout, { text: 'hey there' }).map((d) => [d.ruleId, d.severity, d.text])).toEqual([['test-shout', 'warning', 'hey']]);
    expect(lint(shout, { text: 'hey there', options: { word: 'there' } }).map((d) => d.text)).toEqual(['there']);
  });

  it('applies non-overlapping fixes from the end', () => {
    expect(applyFixes('abcdef', [{ start: 4, end: 6, text: 'X' }, { start: 0, end: 1, text: 'YY' }])).toBe('YYbcdX');
    expect(applyFixes('abcdef', [{ start: 0, end: 3, text: '1' }, { start: 2, end: 4, text: '2' }])).toBe('1def');
  });
});
