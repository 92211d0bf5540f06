// Blame: does the blame-free rule flag the texts people labelled as criticising, blaming,
// condescending to or dismissing the reader, and stay quiet on healthy ones? Also how often
// each rule fires on the healthy side (false alarms).
import { binary } from '../metrics.mjs';
import { bySource, flagRatesOf, rulesIn } from './rule-flags.mjs';

export default {
  name: 'blame',
  file: 'blame.jsonl',
  evaluate(rows, api) {
    const out = {};
    for (const [source, group] of bySource(rows)) {
      const diagnostics = group.map((row) => api.checkText(row.text).diagnostics);
      const predicted = diagnostics.map((found) => rulesIn(found).has('blame-free'));
      out[source] = {
        ...binary(predicted, group.map((row) => row.label === 1)),
        perRule: flagRatesOf(api, diagnostics.filter((_, i) => group[i].label === 0)),
      };
    }
    return out;
  },
};
