/**
 * Strong feelings in a customer's message that a reply has to acknowledge:
 * anger, frustration, anxiety, sadness and confusion, each with a strength
 * and the words that show it. A view of the customer-emotion reading in
 * ./emotion/, which also reads gratitude and the customer's questions.
 */
import { detectEmotions } from './emotion/detect.js';
import type { EmotionCue, EmotionReading, NegativeEmotion, Strength } from './emotion/types.js';

export type Emotion = NegativeEmotion;
export type { Strength };
export type FeelingCue = EmotionCue;
export type Feeling = EmotionReading<Emotion>;

/** Every negative feeling in the text, strongest first. */
export function detectFeelings(text: string): Feeling[] {
  return detectEmotions(text).filter((f): f is Feeling => f.emotion !== 'gratitude');
}
