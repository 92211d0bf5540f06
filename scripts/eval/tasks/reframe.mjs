// Reframing: does the negativity score put each negative text above its human positive rewrite,
// and how often does positive-language flag either side?
import { pairwiseAccuracy } from '../metrics.mjs';
import { bySource, onlyRule } from './rule-flags.mjs';

export default {
  name: 'reframe',
  file: 'reframe.jsonl',
  evaluate(rows, api) {
    const out = {};
    const flags = onlyRule(api, 'positive-language');
    for (const [source, group] of bySource(rows)) {
      const pairs = group.map((row) => [api.scoreNegativity(row.negative), api.scoreNegativity(row.positive)]);
      const rate = (side) => group.filter((row) => flags(row[side])).length / group.length;
      out[source] = {
        n: group.length,
        pairwiseAccuracy: pairwiseAccuracy(pairs),
        perRule: { 'positive-language': { negative: rate('negative'), positive: rate('positive') } },
      };
    }
    return out;
  },
};
