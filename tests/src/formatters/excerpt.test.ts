import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/formatters/excerpt.js';

describe('excerpt', () => {
  it('underlines the span under the text', () => {
    expect(excerpt('Sorry for the wait.', 10, 18)).toEqual({ line: 'Sorry for the wait.', marks: '          ^^^^^^^^' });
  });

  it('gives an empty span, or one at the end of the line, a single caret', () => {
    expect(excerpt('Thanks', 3, 3).marks).toBe('   ^');
    expect(excerpt('Thanks', 6, 6).marks).toBe('      ^');
  });

  it('expands tabs to the next stop of four, keeping the carets aligned', () => {
    expect(excerpt('\tNo.\tYes', 5, 8)).toEqual({ line: '    No. Yes', marks: '        ^^^' });
  });

  it('counts wide characters as two columns and combining marks as none', () => {
    expect(excerpt('日本 ok', 3, 5)).toEqual({ line: '日本 ok', marks: '     ^^' });
    expect(excerpt('👍 ok', 3, 5).marks).toBe('   ^^');
    expect(excerpt('cafe\u0301 ok', 6, 8).marks).toBe('     ^^');
  });

  it('cuts a long line to a window around the span with ellipses', () => {
    const line = `${'a'.repeat(300)} target ${'b'.repeat(300)}`;
    const start = line.indexOf('target');
    const { line: shown, marks } = excerpt(line, start, start + 6, 80);
    expect(shown.length).toBeLessThanOrEqual(80);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.slice(marks.indexOf('^'), marks.length)).toBe('target');
  });

  it('keeps the start of a span longer than the window', () => {
    const line = `intro ${'x'.repeat(500)}`;
    const { line: shown, marks } = excerpt(line, 6, line.length, 60);
    expect(shown.length).toBeLessThanOrEqual(60);
    expect(shown.slice(0, marks.indexOf('^'))).toBe('intro ');
    expect(marks.length).toBeLessThanOrEqual(60);
  });

  it('shows control characters as spaces so the terminal is not disturbed', () => {
    expect(excerpt('a\u0007b', 2, 3)).toEqual({ line: 'a b', marks: '  ^' });
  });

  it('lays out only a window of a very long line, with the same excerpt', () => {
    const line = `${'word '.repeat(20000)}target ${'word '.repeat(20000)}`;
    const start = line.indexOf('target');
    const { line: shown, marks } = excerpt(line, start, start + 6, 80);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.slice(marks.indexOf('^'), marks.indexOf('^') + 6)).toBe('target');
    const short = `${'word '.repeat(100)}target ${'word '.repeat(100)}`;
    expect(excerpt(short, short.indexOf('target'), short.indexOf('target') + 6, 80)).toEqual({ line: shown, marks });
  });

  it('does not split a surrogate pair where it cuts a long line', () => {
    const line = `${'👍'.repeat(3000)}x`;
    const { line: shown } = excerpt(line, line.length - 1, line.length, 80);
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

