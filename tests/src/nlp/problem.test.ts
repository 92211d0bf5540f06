import { describe, expect, it } from 'vitest';
import { reportsProblem } from '../../../src/nlp/problem.js';

describe('reportsProblem', () => {
  it.each([
    'The barcode scanner is not working with my account.',
    'My parcel never arrived.',
    'I was charged twice for the same order.',
    "I can't log in since the update.",
    'The lid was damaged when it came.',
  ])('reads a problem in %s', (text) => {
    expect(reportsProblem(text)).toBe(true);
  });

  it.each([
    'Hi! Is there a way to use the barcode scanner with my account? Thanks!',
    'Could you tell me which plan includes exports?',
    'Thanks so much, the new feature works great.',
    '',
  ])('reads no problem in %s', (text) => {
    expect(reportsProblem(text)).toBe(false);
  });
});
