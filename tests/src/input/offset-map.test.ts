import { describe, expect, it } from 'vitest';
import { OffsetMap, TextBuilder } from '../../../src/input/offset-map.js';

/** "a &amp; b" in the file becomes "a & b\n\n" + "c" (from offset 20) in the text. */
function sample(): { text: string; map: OffsetMap } {
  const b = new TextBuilder();
  b.verbatim('a ', 0);
  b.decoded('&', 2, 7);
  b.verbatim(' b', 7);
  b.synthetic('\n\n', 9);
  b.verbatim('cd', 20);
  return b.build();
}

describe('OffsetMap', () => {
  it('maps verbatim text one to one and a decoded piece to all it came from', () => {
    const { text, map } = sample();
    expect(text).toBe('a & b\n\ncd');
    expect(map.toFile(0)).toBe(0);
    expect(map.toFile(2, 'start')).toBe(2);
    expect(map.toFile(3, 'end')).toBe(7);
    expect(map.toFile(4)).toBe(8);
    expect(map.toFile(8)).toBe(21);
    expect(map.toFile(text.length)).toBe(22);
  });

  it('leans a start forward and an end backward across added text', () => {
    const { map } = sample();
    // The end of "b" is before the added line breaks; the start of "c" after them.
    expect(map.toFile(5, 'end')).toBe(9);
    expect(map.toFile(7, 'start')).toBe(20);
  });

  it('maps file offsets back into the text, and nothing for markup', () => {
    const { map } = sample();
    expect(map.toText(0)).toBe(0);
    expect(map.toText(8)).toBe(4);
    expect(map.toText(21)).toBe(8);
    expect(map.toText(2)).toBe(2);
    expect(map.toText(4)).toBeUndefined();
    expect(map.toText(15)).toBeUndefined();
  });

  it('composes with the map of the string the text was extracted from', () => {
    // The middle text "x&y" came from a JSON string at file offset 10: x \u0026 y.
    const outer = new TextBuilder();
    outer.verbatim('x', 10);
    outer.decoded('&', 11, 17);
    outer.verbatim('y', 17);
    const inner = new TextBuilder();
    inner.verbatim('x', 0);
    inner.synthetic('!', 1);
    inner.verbatim('&y', 1);
    const map = inner.build().map.then(outer.build().map);
    expect(map.toFile(0)).toBe(10);
    expect(map.toFile(2, 'start')).toBe(11);
    expect(map.toFile(3, 'end')).toBe(17);
    expect(map.toFile(4, 'end')).toBe(18);
  });
});
