import { describe, expect, it } from 'vitest';
import { runWriteGood } from '../../../src/nlp/writeGood.js';

describe('runWriteGood', () => {
  it('keeps each check’s own reason where findings share a span', () => {
    // write-good alone merges these into '"Many" is a weasel word and can weaken meaning'.
    const text = 'Many were stolen.';
    const found = runWriteGood(text, ['passive', 'adverb', 'weasel']);
    expect(found.map((f) => [f.check, f.text, f.reason])).toEqual([
      ['adverb', 'Many', '"Many" can weaken meaning'],
      ['weasel', 'Many', '"Many" is a weasel word'],
      ['passive', 'were stolen', '"were stolen" may be passive voice'],
    ]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('runs only the checks asked for', () => {
    expect(runWriteGood('So the the cat was stolen.', ['illusion']).map((f) => [f.check, f.text])).toEqual([['illusion', 'the']]);
    expect(runWriteGood('So the cat was stolen.', ['so', 'passive']).map((f) => f.check)).toEqual(['so', 'passive']);
    expect(runWriteGood('So the cat was stolen.', [])).toEqual([]);
  });

  it('maps offsets back with an offset and ignores listed texts', () => {
    const [found] = runWriteGood('We did it in order to help.', ['tooWordy'], { offset: 100 });
    expect(found).toMatchObject({ start: 110, end: 121, text: 'in order to', reason: '"in order to" is wordy or unneeded' });
    expect(runWriteGood('We did it in order to help.', ['tooWordy'], { ignore: ['In Order To'] })).toEqual([]);
  });

  it('reads a line with no full stop as a sentence, at the same offsets', () => {
    const text = 'So here is the plan\nThere is a form to fill in';
    expect(runWriteGood(text, ['so', 'thereIs']).map((f) => [f.check, text.slice(f.start, f.end)])).toEqual([
      ['so', 'So'],
      ['thereIs', 'There is'],
    ]);
  });

  it('checks a 100 KB line with no full stop in one pass', () => {
    // The sentence-start checks used to backtrack over the rest of such a line at every position: minutes.
    const text = `So ${'we checked the logs and '.repeat(4000)}`;
    expect(runWriteGood(text, ['so', 'thereIs']).map((f) => f.start)).toEqual([0]);
  }, 5_000);
});
