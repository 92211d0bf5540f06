import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/document/draft.js';
import { applyEdits, fixUntilStable, isAllowed, MAX_FIX_PASSES, type Checked } from '../../../src/engine/fix.js';
import type { Diagnostic, Edit } from '../../../src/types.js';

const DRAFT = 'Hi {{name}},\n\nIt is obviously simple to reset it.\n\nBest,\nAna\n--\nAna Lee, Support\n\n> You obviously broke it.\n';

const at = (text: string, find: string, replacement: string, from = 0): Edit => {
  const start = text.indexOf(find, from);
  if (start < 0) throw new Error(`"${find}" not in text`);
  return { start, end: start + find.length, text: replacement };
};

function finding(fix: Edit): Diagnostic {
  return {
    ruleId: 'test/fix',
    severity: 'warning',
    dimension: 'courtesy',
    message: 'm',
    why: 'w',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    start: fix.start,
    end: fix.end,
    text: '',
    suggestions: [],
    fix,
  };
}

describe('applyEdits', () => {
  it('applies edits in text order with offsets into the input', () => {
    const text = 'one two three';
    const { output, applied } = applyEdits(text, [at(text, 'three', '3'), at(text, 'one', '1')]);
    expect(output).toBe('1 two 3');
    expect(applied.map((e) => e.text)).toEqual(['1', '3']);
  });

  it('skips an edit that overlaps or touches one already taken', () => {
    const text = 'abcdef';
    const { output, skipped } = applyEdits(text, [
      { start: 0, end: 3, text: 'X' },
      { start: 2, end: 4, text: 'Y' },
      { start: 3, end: 4, text: 'Z' },
      { start: 5, end: 6, text: 'W' },
    ]);
    expect(output).toBe('XdeW');
    expect(skipped.map((e) => e.text)).toEqual(['Y', 'Z']);
  });

  it('never edits a placeholder, quoted text or a signature', () => {
    const edits = [
      at(DRAFT, '{{name}}', 'Sam'),
      at(DRAFT, 'name', 'x'),
      { start: DRAFT.indexOf('{{name}}') + 3, end: DRAFT.indexOf('{{name}}') + 3, text: 'y' },
      at(DRAFT, 'obviously', 'clearly', DRAFT.indexOf('>')),
      at(DRAFT, 'Ana Lee', 'Someone'),
      at(DRAFT, 'obviously ', ''),
    ];
    const { output, applied, skipped } = applyEdits(DRAFT, edits);
    expect(applied).toEqual([at(DRAFT, 'obviously ', '')]);
    expect(skipped).toHaveLength(5);
    expect(output).toBe(DRAFT.replace('obviously ', ''));
  });

  it('refuses ranges outside the text', () => {
    const draft = buildDraft('Hello there.');
    expect(isAllowed(draft, { start: -1, end: 2, text: '' })).toBe(false);
    expect(isAllowed(draft, { start: 3, end: 99, text: '' })).toBe(false);
    expect(isAllowed(draft, { start: 4, end: 2, text: '' })).toBe(false);
    expect(isAllowed(draft, { start: 0, end: 5, text: 'Hi' })).toBe(true);
  });
});

describe('fixUntilStable', () => {
  /** Every "kindly" becomes "please"; "please please" then becomes "please" (a fix a fix makes possible). */
  const check = (text: string): Checked => {
    const diagnostics: Diagnostic[] = [];
    for (const m of text.matchAll(/kindly/g)) diagnostics.push(finding({ start: m.index, end: m.index + 6, text: 'please' }));
    for (const m of text.matchAll(/please please/g)) diagnostics.push(finding({ start: m.index, end: m.index + 13, text: 'please' }));
    return { diagnostics };
  };

  it('checks again after each pass until nothing is left to fix', () => {
    const outcome = fixUntilStable('Hi,\n\nkindly kindly wait.\n', check);
    expect(outcome.output).toBe('Hi,\n\nplease wait.\n');
    expect(outcome.fixed).toBe(3);
    expect(outcome.passes).toBe(2);
    expect(outcome.result.diagnostics).toEqual([]);
  });

  it('returns the text unchanged, with the check of it, when nothing is fixable', () => {
    const outcome = fixUntilStable('Hi,\n\nThanks for waiting.\n', check);
    expect(outcome).toMatchObject({ output: 'Hi,\n\nThanks for waiting.\n', fixed: 0, passes: 0 });
  });

  it('stops after a few passes, and when fixes undo each other', () => {
    let calls = 0;
    const growing = (text: string): Checked => {
      calls++;
      return { diagnostics: [finding({ start: text.length, end: text.length, text: 'a' })] };
    };
    const grown = fixUntilStable('x', growing);
    expect(grown.passes).toBe(MAX_FIX_PASSES);
    expect(grown.output).toBe(`x${'a'.repeat(MAX_FIX_PASSES)}`);
    expect(calls).toBe(MAX_FIX_PASSES + 1);

    const flip = (text: string): Checked => ({
      diagnostics: [finding({ start: 0, end: 1, text: text[0] === 'a' ? 'b' : 'a' })],
    });
    const flipped = fixUntilStable('a', flip);
    expect(flipped.output).toBe('b');
    expect(flipped.passes).toBe(1);
  });
});
