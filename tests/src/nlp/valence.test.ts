import { describe, expect, it } from 'vitest';
import { isNegator, valence, wordValence } from '../../../src/nlp/valence.js';

describe('valence', () => {
  it('rates words from AFINN-165 and the supplementary list', () => {
    expect(wordValence('great')).toBeGreaterThan(0);
    expect(wordValence('terrible')).toBeLessThan(0);
    expect(wordValence('stressful')).toBeLessThan(0);
    expect(wordValence('parcel')).toBe(0);
    expect(wordValence('constructor')).toBe(0);
  });

  it('flips and weakens negated words', () => {
    expect(valence('not great')).toMatchObject({ positive: 0, negators: 1 });
    expect(valence('not great').negative).toBeGreaterThan(0);
    expect(valence('not terrible').positive).toBeGreaterThan(0);
    expect(valence('not terrible').positive).toBeLessThan(valence('terrible').negative);
  });

  it('knows contractions are negators', () => {
    expect(isNegator("can't")).toBe(true);
    expect(isNegator('never')).toBe(true);
    expect(isNegator('can')).toBe(false);
  });
});
