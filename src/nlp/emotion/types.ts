/** The feelings a support reply has to answer to, as read from the customer's message. */
export type CustomerEmotion = 'anger' | 'frustration' | 'sadness' | 'confusion' | 'anxiety' | 'gratitude';

/** The negative ones: each asks the reply to acknowledge it. */
export type NegativeEmotion = Exclude<CustomerEmotion, 'gratitude'>;

export const CUSTOMER_EMOTIONS: readonly CustomerEmotion[] = [
  'anger',
  'frustration',
  'sadness',
  'confusion',
  'anxiety',
  'gratitude',
];

/** 1 mild, 2 clear, 3 intense. */
export type Strength = 1 | 2 | 3;

/** Words of the customer's message that show a feeling, as offsets into that message. */
export interface EmotionCue {
  text: string;
  start: number;
  end: number;
}

export interface EmotionReading<E extends CustomerEmotion = CustomerEmotion> {
  emotion: E;
  strength: Strength;
  /** The words that show it, in text order. */
  cues: EmotionCue[];
}
