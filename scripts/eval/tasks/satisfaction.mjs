// User satisfaction with a service reply: Spearman's rho between the scorecard's overall score of
// the reply (checked with the user's message as its context) and the user's 1-5 rating. A weak
// signal: most ratings are 3, and the replies are about restaurants and trains, not tone.
import { spearman } from '../metrics.mjs';
import { bySource } from './rule-flags.mjs';

export default {
  name: 'satisfaction',
  file: 'satisfaction.jsonl',
  evaluate(rows, api) {
    const out = {};
    for (const [source, group] of bySource(rows)) {
      const scores = group.map((row) => api.checkText(row.text, { context: row.context ?? '' }).scorecard.overall);
      out[source] = { n: group.length, spearman: spearman(scores, group.map((row) => row.satisfaction)) };
    }
    return out;
  },
};
