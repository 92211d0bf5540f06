/**
 * The scorecard and the customer reading as plain output data, fields picked
 * one by one in a stable order (docs/json-output.md).
 */
import type { Scorecard } from '../engine/scorecard.js';
import type { CustomerReading } from '../nlp/emotion/index.js';
import type { Dimension } from '../types.js';

const ORDER: readonly Dimension[] = ['empathy', 'positivity', 'ownership', 'clarity', 'trust', 'composure', 'courtesy'];

export function scorecardData(card: Scorecard) {
  // Filled in a loop, not from entries: a JSON report writes one for every draft of a library.
  const dimensions = {} as Record<Dimension, number>;
  for (const d of ORDER) dimensions[d] = card.dimensions[d];
  return { overall: card.overall, dimensions };
}

export function customerData(reading: CustomerReading) {
  return {
    emotions: reading.emotions.map((e) => ({
      emotion: e.emotion,
      strength: e.strength,
      cues: [...new Set(e.cues.map((c) => c.text.replace(/\s+/g, ' ').trim()))],
    })),
    questions: reading.questions.map((q) => ({ text: q.text, kind: q.kind })),
  };
}
