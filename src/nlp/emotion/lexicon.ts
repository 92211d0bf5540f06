/**
 * The emotion lexicon (../data/feelings.json) as one pattern list, so a
 * message is scanned once for every feeling, with each pattern's emotion and
 * base strength alongside.
 */
import data from '../data/feelings.json' with { type: 'json' };
import type { CustomerEmotion } from './types.js';

export interface CueInfo {
  /** Undefined for wording that only looks like a feeling ("no worries"). */
  emotion: CustomerEmotion | undefined;
  strength: number;
}

export interface Lexicon {
  patterns: string[];
  info: CueInfo[];
  negators: ReadonlySet<string>;
  scopeWords: ReadonlySet<string>;
  intensifiers: readonly string[];
  softeners: readonly string[];
  /** Faces to find as written, by the feeling they show. */
  faces: ReadonlyArray<[CustomerEmotion, string[]]>;
}

let lexicon: Lexicon | undefined;

/** Built on first use: a draft without a customer message never pays for it. */
export function emotionLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const patterns: string[] = [];
  const info: CueInfo[] = [];
  const emotions = data.emotions as Record<CustomerEmotion, { cue: string; strength: number }[]>;
  for (const emotion of Object.keys(emotions) as CustomerEmotion[]) {
    for (const { cue, strength } of emotions[emotion]) {
      patterns.push(cue);
      info.push({ emotion, strength });
    }
  }
  for (const pattern of data.notFeelings.patterns) {
    patterns.push(pattern);
    info.push({ emotion: undefined, strength: 0 });
  }
  lexicon = {
    patterns,
    info,
    negators: new Set(data.negators),
    scopeWords: new Set(data.scopeWords),
    intensifiers: data.intensifiers,
    softeners: data.softeners,
    faces: Object.entries(data.faces).filter(([key]) => key !== 'note') as [CustomerEmotion, string[]][],
  };
  return lexicon;
}
