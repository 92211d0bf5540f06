/**
 * The questions in a customer's message: sentences that end with "?", and
 * requests for information that do not ("Please let me know when it ships").
 * Rhetorical questions ("Are you kidding me?") vent a feeling rather than
 * ask, so they are left out. Each question carries its content words, as
 * Porter stems, to tell whether a reply speaks to it.
 */
import { lowerWords } from '../../document/chars.js';
import { matchPatterns, testPatterns } from '../../kinds/pattern.js';
import data from './data/questions.json' with { type: 'json' };
import { stem } from './stem.js';

export type QuestionKind = 'yes-no' | 'when' | 'where' | 'why' | 'how' | 'how-much' | 'what' | 'which' | 'who' | 'request';

export interface CustomerQuestion {
  /** The question as the customer wrote it, trimmed. */
  text: string;
  /** Offsets into the customer's message. */
  start: number;
  end: number;
  kind: QuestionKind;
  /** Content words of the question, lower-case, in order. */
  keywords: string[];
  /** Their Porter stems. */
  stems: string[];
}

const STOPWORDS = new Set(data.stopwords);
const ALONE = new Set(data.rhetoricalAlone);
const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n|$)/g;
const KINDS: ReadonlyArray<[RegExp, QuestionKind]> = [
  [/^(?:how (?:much|many))\b/, 'how-much'],
  [/^(?:when|how (?:long|soon))\b/, 'when'],
  [/^where\b/, 'where'],
  [/^(?:why|how come)\b/, 'why'],
  [/^how\b/, 'how'],
  [/^which\b/, 'which'],
  [/^(?:who|whom)\b/, 'who'],
  [/^what\b/, 'what'],
];
const OPENER = /^(?:(?:so|and|but|also|ok|okay|hi|hello|hey|then|well|oh|plus|lastly|finally|secondly|first|second|third|one more thing)[,:]?\s+)+/;

/** Every question the customer asked, in order. */
export function findQuestions(text: string): CustomerQuestion[] {
  if (!text.includes('?') && !testPatterns(text, data.indirect)) return [];
  const questions: CustomerQuestion[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim().replace(/^>+\s*/, '');
    if (!sentence) continue;
    const asked = sentence.endsWith('?');
    const indirect = asked ? [] : matchPatterns(sentence, data.indirect);
    if (!asked && indirect.length === 0) continue;
    if (asked && isRhetorical(sentence)) continue;
    const keywords = contentWords(indirect.length > 0 ? sentence.slice(indirect[0]!.end) : sentence);
    if (keywords.length === 0) continue;
    const start = m.index + lead + (raw.trim().length - sentence.length);
    questions.push({
      text: sentence,
      start,
      end: start + sentence.length,
      kind: asked ? kindOf(sentence) : 'request',
      keywords,
      stems: keywords.map(stem),
    });
  }
  return questions;
}

function isRhetorical(sentence: string): boolean {
  const bare = lowerWords(sentence).join(' ');
  return ALONE.has(bare) || testPatterns(sentence, data.rhetorical);
}

function kindOf(sentence: string): QuestionKind {
  const lower = sentence.toLowerCase().replace(OPENER, '');
  for (const [pattern, kind] of KINDS) if (pattern.test(lower)) return kind;
  return 'yes-no';
}

/** Content words: no function words, pronouns, numbers or one-letter words. */
export function contentWords(text: string): string[] {
  return lowerWords(text).filter((w) => w.length > 1 && !STOPWORDS.has(w) && !/^\d+$/.test(w));
}
