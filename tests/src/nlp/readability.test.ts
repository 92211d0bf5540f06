import { describe, expect, it } from 'vitest';
import { countSyllables, readability, readabilityOf } from '../../../src/nlp/readability.js';

describe('readability', () => {
  it('counts syllables, at least one per word', () => {
    expect(countSyllables('cat')).toBe(1);
    expect(countSyllables('readability')).toBe(5);
    expect(countSyllables('12')).toBe(1);
  });

  it('scores plain text as easy and dense text as hard', () => {
    const easy = readability('We sent the card. It will be there soon. Let me know if it is late.');
    const hard = readability(
      'Comprehensive investigation of intermittent synchronisation irregularities necessitates considerable organisational coordination.',
    );
    expect(easy.sentences).toBe(3);
    expect(easy.words).toBe(16);
    expect(easy.grade).toBeLessThan(3);
    expect(easy.readingEase).toBeGreaterThan(90);
    expect(hard.grade).toBeGreaterThan(20);
    expect(hard.readingEase).toBeLessThan(0);
  });

  it('follows the Flesch–Kincaid formulas', () => {
    // 2 sentences, 10 words, 15 syllables: 0.39*5 + 11.8*1.5 - 15.59 = 4.06; 206.835 - 1.015*5 - 84.6*1.5 = 74.86
    const words = ['one', 'two', 'three', 'four', 'five', 'apple', 'apple', 'apple', 'apple', 'apple'];
    const score = readabilityOf(words, 2);
    expect(score.syllables).toBe(15);
    expect(score.grade).toBe(4.1);
    expect(score.readingEase).toBe(74.9);
  });

  it('handles empty text', () => {
    expect(readabilityOf([], 0)).toMatchObject({ words: 0, grade: 0 });
  });
});
