import { describe, expect, it } from 'vitest';
import { reportsProblem } from '../../../src/nlp/problem.js';

describe('reportsProblem', () => {
  it.each([
    ['The barcode scanner is not working with my account.', true],
    ['My parcel never arrived.', true],
    ['I was charged twice for the same order.', true],
    ["I can't log in since the update.", true],
    ['The lid was damaged when it came.', true],
    ['Hi! Is there a way to use the barcode scanner with my account? Thanks!', false],
    ['Could you tell me which plan includes exports?', false],
    ['Thanks so much, the new feature works great.', false],
    ['', false],
  ])('%s → %s', (text, problem) => {
    expect(reportsProblem(text)).toBe(problem);
  });
});
