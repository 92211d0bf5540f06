import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/document/lines.js';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and UTF-16 columns across LF, CRLF and CR', () => {
    const text = 'ab\r\ncd\nef\rgh';
    const index = new LineIndex(text);
    expect(index.count).toBe(4);
    expect(index.positionAt(text.indexOf('c'))).toEqual({ line: 2, column: 1 });
    expect(index.positionAt(text.indexOf('f'))).toEqual({ line: 3, column: 2 });
    expect(index.positionAt(text.indexOf('h'))).toEqual({ line: 4, column: 2 });
    expect(index.lineText(0)).toBe('ab');
    expect(index.lineText(2)).toBe('ef');
  });

  it('counts an emoji as two columns, as editors and the LSP do', () => {
    const text = '🙂 unfortunately';
    expect(new LineIndex(text).positionAt(text.indexOf('u'))).toEqual({ line: 1, column: 4 });
  });

  it('round-trips positions and offsets', () => {
    const text = 'one\r\ntwo three\nfour';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a CRLF pair
      expect(index.offsetAt(index.positionAt(offset))).toBe(offset);
    }
  });

  it('clamps offsets past the end', () => {
    expect(new LineIndex('abc').positionAt(99)).toEqual({ line: 1, column: 4 });
  });
});
