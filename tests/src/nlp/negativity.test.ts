import { describe, expect, it } from 'vitest';
import { negativityDetail, scoreNegativity } from '../../../src/nlp/negativity.js';

describe('scoreNegativity', () => {
  it('scores text with no evaluative words at the middle', () => {
    expect(scoreNegativity('The parcel is in the depot.')).toBe(0.5);
    expect(scoreNegativity('')).toBe(0.5);
  });

  it('puts a dead end above its positive reframe', () => {
    const negative = scoreNegativity("Unfortunately there's nothing we can do, and the refund is not possible.");
    const positive = scoreNegativity("Here's what I can do: I'll send a replacement today, and you'll have it by Friday.");
    expect(negative).toBeGreaterThan(0.8);
    expect(positive).toBeLessThan(0.3);
  });

  it('reads negation: "not bad" is milder than "bad", "not happy" is negative', () => {
    expect(scoreNegativity('The result was not bad.')).toBeLessThan(scoreNegativity('The result was bad.'));
    expect(scoreNegativity('I am not happy with this.')).toBeGreaterThan(0.5);
  });

  it('lets the clause after "but" lead', () => {
    expect(scoreNegativity("It was a tiring week, but I'm glad it worked out.")).toBeLessThan(0.5);
    expect(scoreNegativity("I'm glad it worked out, but it was an awful week.")).toBeGreaterThan(0.5);
  });

  it('reads emoticons, capitals and stacked punctuation', () => {
    expect(scoreNegativity('Another delay :(')).toBeGreaterThan(scoreNegativity('Another delay'));
    expect(scoreNegativity('Another delay!!!')).toBeGreaterThan(scoreNegativity('Another delay.'));
    expect(scoreNegativity('Good news :)')).toBeLessThan(scoreNegativity('Good news'));
  });

  it('stays within 0 and 1 and explains itself', () => {
    const detail = negativityDetail('I hate this, it is the worst, awful, terrible! '.repeat(30));
    expect(detail.score).toBeLessThanOrEqual(1);
    expect(detail.negative).toBeGreaterThan(detail.positive);
    expect(scoreNegativity('wonderful great amazing '.repeat(30))).toBeGreaterThanOrEqual(0);
  });
});
