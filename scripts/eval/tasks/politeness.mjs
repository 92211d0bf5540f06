// Politeness: does the courtesy score rank texts as people did, and separate the polite quartile
// from the impolite one? Also how often each rule fires on the polite side (false alarms).
import { rocAuc, spearman } from '../metrics.mjs';
import { bySource, flagRates } from './rule-flags.mjs';

export default {
  name: 'politeness',
  file: 'politeness.jsonl',
  evaluate(rows, api) {
    const out = {};
    for (const [source, group] of bySource(rows)) {
      const scores = group.map((row) => api.scoreCourtesy(row.text));
      const labelled = group.map((row, i) => [row.polarity, scores[i]]).filter(([polarity]) => polarity === 'polite' || polarity === 'impolite');
      out[source] = {
        n: group.length,
        spearman: spearman(scores, group.map((row) => row.score)),
        auc: rocAuc(labelled.map(([, s]) => s), labelled.map(([polarity]) => polarity === 'polite')),
        perRule: flagRates(api, group.filter((row) => row.polarity === 'polite').map((row) => row.text)),
      };
    }
    return out;
  },
};
