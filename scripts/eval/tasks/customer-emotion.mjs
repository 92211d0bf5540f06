// Customer emotion: does detectEmotions find the six feelings a reply has to answer to?
// Per class precision / recall / F1, macro-F1 over the classes the source labels, and false
// alarms: the share of texts labelled with none of the six where any is detected.
import { multiLabel } from '../metrics.mjs';
import { bySource } from './rule-flags.mjs';

export const EMOTIONS = ['anger', 'frustration', 'sadness', 'confusion', 'anxiety', 'gratitude'];

export default {
  name: 'customer-emotion',
  file: 'customer-emotion.jsonl',
  evaluate(rows, api) {
    const out = {};
    for (const [source, group] of bySource(rows)) {
      const predicted = group.map((row) => api.detectEmotions(row.text).map((e) => e.emotion));
      const gold = group.map((row) => row.emotions);
      // A class the source never labels (confusion in EmpatheticDialogues) has no F1 to average.
      const labelled = EMOTIONS.filter((c) => gold.some((g) => g.includes(c)));
      const { perClass } = multiLabel(predicted, gold, EMOTIONS);
      const calm = predicted.filter((_, i) => gold[i].length === 0);
      out[source] = {
        n: group.length,
        macroF1: labelled.reduce((sum, c) => sum + perClass[c].f1, 0) / Math.max(1, labelled.length),
        fpr: calm.length === 0 ? 0 : calm.filter((p) => p.length > 0).length / calm.length,
        perClass: Object.fromEntries(
          EMOTIONS.map((c) => [c, { precision: perClass[c].precision, recall: perClass[c].recall, f1: perClass[c].f1 }]),
        ),
      };
    }
    return out;
  },
};
