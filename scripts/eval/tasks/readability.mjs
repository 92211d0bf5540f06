// Readability: does the clarity score rank texts as teachers' comparisons did?
import { spearman } from '../metrics.mjs';
import { bySource } from './rule-flags.mjs';

export default {
  name: 'readability',
  file: 'readability.jsonl',
  evaluate(rows, api) {
    const out = {};
    for (const [source, group] of bySource(rows)) {
      out[source] = { n: group.length, spearman: spearman(group.map((row) => api.scoreClarity(row.text)), group.map((row) => row.ease)) };
    }
    return out;
  },
};
