// Complaints to brands: a complaint should read as angry or frustrated (recall); a message that
// is not one should not (false alarms, fpr).
import { binary } from '../metrics.mjs';
import { isHeated } from './heated.mjs';
import { bySource } from './rule-flags.mjs';

export default {
  name: 'complaint',
  file: 'complaint.jsonl',
  evaluate(rows, api) {
    const out = {};
    for (const [source, group] of bySource(rows)) {
      out[source] = binary(
        group.map((row) => isHeated(api, row.text)),
        group.map((row) => row.complaint === 1),
      );
    }
    return out;
  },
};
