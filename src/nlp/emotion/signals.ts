/**
 * Feelings shown by typography rather than words: a run of words in capitals
 * reads as shouting, and "!!", "?!" as heat.
 */
import type { EmotionCue } from './types.js';

/** Three or more capitalised words in a row ("I WANT A REFUND"), two of them longer than a letter, one of four letters or more. */
const SHOUTED_RUN = /(?<![A-Za-z])[A-Z]+(?:'[A-Z]+)?(?:[ \t]+[A-Z]+(?:'[A-Z]+)?){2,}(?![A-Za-z])/g;
const LONG_WORD = /[A-Z]{4,}/;
const WORDS = /[A-Z]{2,}/g;
const HEATED = /!{2,}|\?+!+[?!]*|!+\?+[?!]*/g;

export function shoutedRuns(text: string): EmotionCue[] {
  const out: EmotionCue[] = [];
  for (const m of text.matchAll(SHOUTED_RUN)) {
    if (LONG_WORD.test(m[0]) && (m[0].match(WORDS)?.length ?? 0) >= 2) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function heatedPunctuation(text: string): EmotionCue[] {
  return [...text.matchAll(HEATED)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}
