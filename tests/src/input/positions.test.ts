import { describe, expect, it } from 'vitest';
import { toFilePositions } from '../../../src/input/positions.js';
import type { Source } from '../../../src/input/source.js';
import type { Diagnostic } from '../../../src/types.js';

const diagnostic = (start: number, end: number, text: string): Diagnostic => ({
  ruleId: 'r',
  severity: 'warning',
  dimension: 'clarity',
  message: 'm',
  why: 'w',
  line: 1,
  column: start + 1,
  endLine: 1,
  endColumn: end + 1,
  start,
  end,
  text,
  suggestions: [],
  fix: { start, end, text: 'x' },
});

describe('toFilePositions', () => {
  it('leaves whole-file sources alone', () => {
    const d = [diagnostic(0, 2, 'Hi')];
    expect(toFilePositions({ path: 'a.txt', text: 'Hi' }, d)).toBe(d);
  });

  it('maps offsets of extracted text back to line and column in the file', () => {
    // The body of a file after a two-line header: text offset n is file offset n + 15.
    const fileText = 'Subject: Hi\r\n\r\nThanks for waiting.';
    const source: Source = {
      path: 'a.eml',
      text: 'Thanks for waiting.',
      origin: { fileText, toFileOffset: (offset) => offset + 15, encode: (text) => text },
    };
    const [moved] = toFilePositions(source, [diagnostic(11, 18, 'waiting')]);
    expect(moved).toMatchObject({ line: 3, column: 12, endLine: 3, endColumn: 19, start: 26, end: 33, text: 'waiting' });
    expect(moved!.fix).toEqual({ start: 26, end: 33, text: 'x' });
    expect(fileText.slice(moved!.start, moved!.end)).toBe('waiting');
  });

  it('drops a fix that cannot be written into the file as it is stored', () => {
    const source: Source = { path: 'a.eml', text: 'waiting', origin: { fileText: 'waiting', toFileOffset: (offset) => offset } };
    const [moved] = toFilePositions(source, [diagnostic(0, 7, 'waiting')]);
    expect(moved).toMatchObject({ line: 1, column: 1, endColumn: 8 });
    expect(moved!.fix).toBeUndefined();
  });
});
