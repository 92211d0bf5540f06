/**
 * What the customer's message says about the reply it needs: the feelings it
 * shows (with the words that show them) and the questions it asks. Read once
 * per message: the rules and the scorecard all ask for the same reading.
 */
import { detectEmotions } from './detect.js';
import { findQuestions, type CustomerQuestion } from './questions.js';
import type { EmotionReading } from './types.js';

export interface CustomerReading {
  /** Feelings, strongest first. Empty for a calm message or no message. */
  emotions: EmotionReading[];
  /** Questions, in order; rhetorical ones are left out. */
  questions: CustomerQuestion[];
}

const EMPTY: CustomerReading = Object.freeze({ emotions: [], questions: [] }) as CustomerReading;
let lastText: string | undefined;
let lastReading: CustomerReading = EMPTY;

export function readCustomer(text: string): CustomerReading {
  if (text.trim() === '') return EMPTY;
  if (text === lastText) return lastReading;
  lastReading = { emotions: detectEmotions(text), questions: findQuestions(text) };
  lastText = text;
  return lastReading;
}

export { detectEmotions } from './detect.js';
export { contentWords, findQuestions, type CustomerQuestion, type QuestionKind } from './questions.js';
export { stem } from './stem.js';
export * from './types.js';
