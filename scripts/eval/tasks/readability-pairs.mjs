// Readability pairs: the same article at two reading levels; the easier one should score clearer.
import { pairwiseAccuracy } from '../metrics.mjs';
import { bySource } from './rule-flags.mjs';

export default {
  name: 'readability-pairs',
  file: 'readability-pairs.jsonl',
  evaluate(rows, api) {
    const out = {};
    for (const [source, group] of bySource(rows)) {
      const pairs = group.map((row) => [api.scoreClarity(row.easier), api.scoreClarity(row.harder)]);
      out[source] = { n: group.length, pairwiseAccuracy: pairwiseAccuracy(pairs) };
    }
    return out;
  },
};
