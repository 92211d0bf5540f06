// Customer sentiment on a real support channel (tweets to airlines): how many negative messages
// read as angry or frustrated (recall), and how many neutral ones do too (false alarms, fpr).
// Positive messages are reported as their own row: a false alarm there is praise read as anger.
import { binary } from '../metrics.mjs';
import { isHeated } from './heated.mjs';
import { bySource } from './rule-flags.mjs';

export default {
  name: 'customer-sentiment',
  file: 'customer-sentiment.jsonl',
  evaluate(rows, api) {
    const out = {};
    for (const [source, group] of bySource(rows)) {
      const judged = group.map((row) => ({ sentiment: row.sentiment, heated: isHeated(api, row.text) }));
      const twoWay = judged.filter((j) => j.sentiment !== 'positive');
      out[source] = binary(
        twoWay.map((j) => j.heated),
        twoWay.map((j) => j.sentiment === 'negative'),
      );
      const positive = judged.filter((j) => j.sentiment === 'positive');
      out[`${source} (positive)`] = {
        n: positive.length,
        fpr: positive.length === 0 ? 0 : positive.filter((j) => j.heated).length / positive.length,
      };
    }
    return out;
  },
};
