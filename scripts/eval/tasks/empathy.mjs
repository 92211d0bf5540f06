// Empathy: does acknowledgement detection find the replies people labelled as acknowledging,
// validating or reflecting the other person's feelings (and not questions, facts or advice)?
import { binary } from '../metrics.mjs';
import { bySource } from './rule-flags.mjs';

export default {
  name: 'empathy',
  file: 'empathy.jsonl',
  evaluate(rows, api) {
    const out = {};
    for (const [source, group] of bySource(rows)) {
      const predicted = group.map((row) => api.detectAcknowledgement(row.text).acknowledges);
      out[source] = binary(predicted, group.map((row) => row.label === 1));
    }
    return out;
  },
};
