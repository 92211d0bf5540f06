export interface BinaryMetrics {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  fpr: number;
}
export declare function ranks(values: readonly number[]): number[];
export declare function spearman(xs: readonly number[], ys: readonly number[]): number;
export declare function rocAuc(scores: readonly number[], labels: readonly boolean[]): number;
export declare function binary(predicted: readonly boolean[], gold: readonly boolean[]): BinaryMetrics;
export declare function pairwiseAccuracy(pairs: ReadonlyArray<readonly [number, number]>): number;
export declare function multiLabel(
  predicted: ReadonlyArray<readonly string[]>,
  gold: ReadonlyArray<readonly string[]>,
  classes: readonly string[],
): { perClass: Record<string, BinaryMetrics>; macroF1: number };
export declare function round<T>(value: T): T;
