import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary } from '../../../src/input/decode.js';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeBytes', () => {
  it('reads UTF-8 and drops a byte-order mark, so offsets count from after it', () => {
    expect(decodeBytes(bytes('Hi ✓'))).toEqual({ binary: false, text: 'Hi ✓' });
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], 'Hi'))).toEqual({ binary: false, text: 'Hi' });
  });

  it('replaces each invalid UTF-8 sequence with one U+FFFD and keeps the rest in place', () => {
    const decoded = decodeBytes(bytes('ab', [0xff], 'cd', [0xe2, 0x82], 'ef'));
    expect(decoded).toEqual({ binary: false, text: 'ab\uFFFDcd\uFFFDef' });
  });

  it('reads UTF-16 files that carry a byte-order mark', () => {
    expect(decodeBytes(Buffer.from('\uFEFFHi\r\nthere', 'utf16le'))).toEqual({ binary: false, text: 'Hi\r\nthere' });
    const be = Buffer.from('\uFEFFHi', 'utf16le').swap16();
    expect(decodeBytes(be)).toEqual({ binary: false, text: 'Hi' });
  });

  it('treats empty input as empty text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ binary: false, text: '' });
  });

  it('refuses binary content', () => {
    expect(decodeBytes(bytes('PK', [3, 4, 0, 0]))).toEqual({ binary: true });
  });
});

describe('looksBinary', () => {
  it('flags NUL bytes and a high share of control bytes in the first 8 KB', () => {
    expect(looksBinary(bytes('text', [0]))).toBe(true);
    expect(looksBinary(bytes([1, 2, 3, 4, 5], 'abc'))).toBe(true);
    expect(looksBinary(bytes('x'.repeat(9000), [0]))).toBe(false);
  });

  it('accepts tabs, line breaks, form feeds and terminal colour codes', () => {
    expect(looksBinary(bytes('a\tb\r\nc\fd\u001b[31mred\u001b[0m'))).toBe(false);
    expect(looksBinary(new Uint8Array())).toBe(false);
  });
});
