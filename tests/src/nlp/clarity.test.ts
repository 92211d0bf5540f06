import { describe, expect, it } from 'vitest';
import { clarityDetail, scoreClarity } from '../../../src/nlp/clarity.js';

describe('scoreClarity', () => {
  it('scores short plain sentences as clear and dense prose as hard', () => {
    const easy = scoreClarity('Click Save. Then close the window. Your changes are kept.');
    const hard = scoreClarity(
      'Comprehensive reconfiguration of organisational authentication infrastructure necessitates considerable administrative coordination across interdependent departmental subsystems.',
    );
    expect(easy).toBeGreaterThan(0.8);
    expect(hard).toBeLessThan(0.2);
  });

  it('ranks the same content clearer when split into short sentences', () => {
    const long =
      'Once you have signed in to your account and opened the settings page you will be able to find the export option near the bottom of the page where the other data tools are listed.';
    const short = 'Sign in to your account. Open Settings. The export option is at the bottom of the page.';
    expect(scoreClarity(short)).toBeGreaterThan(scoreClarity(long));
  });

  it('reports the measures behind the score', () => {
    const detail = clarityDetail('We sent the card. It will be there soon.');
    expect(detail).toMatchObject({ words: 9, sentences: 2 });
    expect(detail.wordsPerSentence).toBe(4.5);
    expect(detail.inLongSentences).toBe(0);
  });

  it('treats an empty text as clear and stays within 0 and 1', () => {
    expect(scoreClarity('')).toBe(1);
    for (const text of ['a', 'Antidisestablishmentarianism.', 'word '.repeat(500)]) {
      expect(scoreClarity(text)).toBeGreaterThanOrEqual(0);
      expect(scoreClarity(text)).toBeLessThanOrEqual(1);
    }
  });
});
