/**
 * The scorecard and the customer reading as plain output data, fields picked
 * one by one in a stable order (docs/json-output.md).
 */
import type { Scorecard } from '../engine/scorecard.js';
import type { CustomerReading } from '../nlp/emotion/index.js';
import type { Dimension } from '../types.js';

const ORDER: readonly Dimension[] = ['empathy', 'positivity', 'ownership', 'clarity', 'trust', 'composure', 'courtesy'];

export function scorecardData(card: Scorecard) {
  return {
    overall: card.overall,
    dimensions: Object.fromEntries(ORDER.map((d) => [d, card.dimensions[d]])) as Record<Dimension, number>,
  };
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
