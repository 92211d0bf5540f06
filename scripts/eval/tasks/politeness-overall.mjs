// Politeness, read by the scorecard: does the overall score of a text (findings of every rule plus
// the tone signals, docs/scorecard.md) separate the polite quartile from the impolite one (ROC-AUC),
// and rank texts as people did (Spearman's rho against the gold score, labelled rows only)?
import { rocAuc, spearman } from '../metrics.mjs';
import { bySource } from './rule-flags.mjs';

export default {
  name: 'politeness-overall',
  file: 'politeness.jsonl',
  evaluate(rows, api) {
    const out = {};
    for (const [source, group] of bySource(rows)) {
      const labelled = group.filter((row) => row.polarity === 'polite' || row.polarity === 'impolite');
      const scores = labelled.map((row) => api.checkText(row.text).scorecard.overall);
      out[source] = {
        n: labelled.length,
        auc: rocAuc(scores, labelled.map((row) => row.polarity === 'polite')),
        spearman: spearman(scores, labelled.map((row) => row.score)),
      };
    }
    return out;
  },
};
