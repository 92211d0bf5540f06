// Metrics for the accuracy report. Plain functions over arrays; tested in tests/scripts/eval/.

/** Average ranks (1-based), ties sharing the mean of their positions. */
export function ranks(values) {
  const order = values.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0]);
  const out = new Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k][1]] = rank;
    i = j + 1;
  }
  return out;
}

function pearson(xs, ys) {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rank correlation, with ties. */
export function spearman(xs, ys) {
  return pearson(ranks(xs), ranks(ys));
}

/** ROC-AUC: the chance that a random positive scores above a random negative (ties count half). */
export function rocAuc(scores, labels) {
  const r = ranks(scores);
  let pos = 0;
  let sum = 0;
  labels.forEach((label, i) => {
    if (label) {
      pos++;
      sum += r[i];
    }
  });
  const neg = labels.length - pos;
  if (pos === 0 || neg === 0) return 0;
  return (sum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Precision, recall, F1 and false-positive rate of boolean predictions. */
export function binary(predicted, gold) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  predicted.forEach((p, i) => {
    if (p && gold[i]) tp++;
    else if (p) fp++;
    else if (gold[i]) fn++;
    else tn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const fpr = fp + tn === 0 ? 0 : fp / (fp + tn);
  return { n: predicted.length, precision, recall, f1, fpr };
}

/** Share of pairs where the first score is strictly greater than the second (ties count half). */
export function pairwiseAccuracy(pairs) {
  if (pairs.length === 0) return 0;
  let right = 0;
  for (const [a, b] of pairs) right += a > b ? 1 : a === b ? 0.5 : 0;
  return right / pairs.length;
}

/** Per-class binary metrics and their macro-averaged F1, for multi-label predictions. */
export function multiLabel(predicted, gold, classes) {
  const perClass = {};
  for (const c of classes) {
    perClass[c] = binary(
      predicted.map((set) => set.includes(c)),
      gold.map((set) => set.includes(c)),
    );
  }
  const macroF1 = classes.reduce((s, c) => s + perClass[c].f1, 0) / classes.length;
  return { perClass, macroF1 };
}

/** Rounds every number in a report to 4 decimals, for stable JSON. */
export function round(value) {
  if (typeof value === 'number') return Math.round(value * 1e4) / 1e4;
  if (Array.isArray(value)) return value.map(round);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)]));
  return value;
}
