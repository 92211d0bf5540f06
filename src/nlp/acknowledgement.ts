/**
 * Does a sentence acknowledge the reader's feelings? "I'm sorry this has been
 * so frustrating", "I can see why you'd be upset", "That sounds really
 * annoying", "You're right to ask". The patterns live in data/acknowledgement.json.
 */
import { matchPatterns, type TextMatch } from '../kinds/pattern.js';
import data from './data/acknowledgement.json' with { type: 'json' };

export type AcknowledgementKind = 'apology' | 'validation';

export interface Acknowledgement extends TextMatch {
  kind: AcknowledgementKind;
}

/** Every acknowledgement in a text, in order; apologies that blame the reader's reaction are left out. */
export function findAcknowledgements(text: string): Acknowledgement[] {
  const refused = matchPatterns(text, data.notAcknowledgement);
  const overlapsRefused = (m: TextMatch) => refused.some((r) => r.start < m.end && m.start < r.end);
  const found: Acknowledgement[] = [];
  for (const kind of ['apology', 'validation'] as const) {
    for (const m of matchPatterns(text, data[kind])) {
      if (!overlapsRefused(m)) found.push({ ...m, kind });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** True when the text holds at least one acknowledgement. */
export function acknowledges(text: string): boolean {
  return findAcknowledgements(text).length > 0;
}
