import { describe, expect, it } from 'vitest';
import { binary, multiLabel, pairwiseAccuracy, ranks, rocAuc, round, spearman } from '../../../scripts/eval/metrics.mjs';

describe('eval metrics', () => {
  it('ranks with ties sharing the mean rank', () => {
    expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });

  it('spearman is 1 for the same order, -1 for the reverse, 0 for no variance', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBe(0);
  });

  it('ROC-AUC: perfect, reversed, chance with ties, and undefined without both classes', () => {
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [true, true, false, false])).toBe(1);
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [true, true, false, false])).toBe(0);
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [true, false, true, false])).toBe(0.5);
    expect(rocAuc([0.5, 0.6], [true, true])).toBe(0);
  });

  it('precision, recall, F1 and false-positive rate', () => {
    const m = binary([true, true, false, false, true], [true, false, true, false, true]);
    expect(m).toEqual({ n: 5, precision: 2 / 3, recall: 2 / 3, f1: 2 / 3, fpr: 0.5 });
    expect(binary([false, false], [false, false])).toEqual({ n: 2, precision: 0, recall: 0, f1: 0, fpr: 0 });
  });

  it('pairwise accuracy counts ties as half', () => {
    expect(pairwiseAccuracy([[2, 1], [1, 2], [1, 1], [3, 0]])).toBe(0.625);
    expect(pairwiseAccuracy([])).toBe(0);
  });

  it('multi-label metrics per class and macro-F1', () => {
    const { perClass, macroF1 } = multiLabel([['a'], ['b'], []], [['a'], ['a'], []], ['a', 'b']);
    expect(perClass.a!.recall).toBe(0.5);
    expect(perClass.b!.precision).toBe(0);
    expect(macroF1).toBeCloseTo((2 / 3 + 0) / 2);
  });

  it('rounds nested numbers to four decimals', () => {
    expect(round({ a: 1 / 3, b: [2 / 3], c: 'x' })).toEqual({ a: 0.3333, b: [0.6667], c: 'x' });
  });
});
