// Prints one task's results as a text table: a row per source, a column per metric.

const ORDER = ['n', 'precision', 'recall', 'f1', 'fpr', 'auc', 'spearman', 'pairwiseAccuracy', 'macroF1'];

const cell = (value) => (typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(3)) : '');

export function formatTable(result) {
  const sources = Object.keys(result);
  const metrics = ORDER.filter((m) => sources.some((s) => typeof result[s][m] === 'number'));
  const rows = [['source', ...metrics]];
  for (const source of sources) rows.push([source, ...metrics.map((m) => cell(result[source][m]))]);
  const lines = [table(rows)];

  // Nested breakdowns: per class (customer emotion) and per rule (flag rates).
  for (const key of ['perClass', 'perRule']) {
    for (const source of sources) {
      const nested = result[source][key];
      if (!nested || Object.keys(nested).length === 0) continue;
      const names = Object.keys(nested);
      const columns = [...new Set(names.flatMap((n) => (typeof nested[n] === 'number' ? ['rate'] : Object.keys(nested[n]))))];
      const sub = [[`${source} ${key === 'perClass' ? 'class' : 'rule'}`, ...columns]];
      for (const n of names) {
        sub.push([n, ...columns.map((c) => cell(typeof nested[n] === 'number' ? nested[n] : nested[n][c]))]);
      }
      lines.push(table(sub));
    }
  }
  return lines.join('\n\n');
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows
    .map((r, j) => {
      const line = r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
      return j === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}
