/**
 * How the rules and the output name what the customer feels: the customer's
 * own words, quoted, strongest feeling first.
 */
import type { EmotionReading } from './types.js';

const HAS_WORD = /[A-Za-z0-9\u00C0-\u024F]/;

/** The customer's cue words, each once, white space tidied: words before bare punctuation ("!!!"). */
export function cueWords(readings: readonly EmotionReading[], max = 3): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  const marks: string[] = [];
  for (const reading of readings) {
    for (const cue of reading.cues) {
      const text = cue.text.replace(/\s+/g, ' ').trim();
      const key = text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      (HAS_WORD.test(text) ? words : marks).push(text);
    }
  }
  return [...words, ...marks].slice(0, max);
}

/** `"furious", "third time"`: cue words quoted for a message. */
export function quoteCues(readings: readonly EmotionReading[], max = 3): string {
  return cueWords(readings, max)
    .map((cue) => `"${cue}"`)
    .join(', ');
}
