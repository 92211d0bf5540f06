/**
 * How easy a text is to read, from 0 (hard) to 1 (easy): Flesch reading ease
 * (short sentences, short words), corrected by the share of long words and of
 * very long sentences, which slow a reader more than the averages show.
 */
import { countSyllables } from './readability.js';

/** Words, with inner apostrophes and hyphens: "we'll", "follow-up". */
const WORD = /[A-Za-z0-9\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*/g;
/** Sentence ends: terminal punctuation before white space or the end, and blank lines. */
const SENTENCE_END = /[.!?]+(?=\s|$)|\n\s*\n/g;
/** A sentence this long is hard to hold in mind, whatever the average. */
const LONG_SENTENCE = 25;

export interface ClarityDetail {
  /** 0 (hard) to 1 (easy). */
  score: number;
  words: number;
  sentences: number;
  wordsPerSentence: number;
  syllablesPerWord: number;
  /** Share of words of three syllables or more. */
  longWords: number;
  /** Share of words in sentences longer than 25 words. */
  inLongSentences: number;
  /** Flesch reading ease: about 0 (very hard) to 100 (very easy). */
  readingEase: number;
}

/** The clarity score with the measures behind it. */
export function clarityDetail(text: string): ClarityDetail {
  const lengths: number[] = [];
  let words = 0;
  let syllables = 0;
  let longWords = 0;
  let last = 0;
  const countSentence = (part: string) => {
    let n = 0;
    // exec rather than matchAll: no iterator and no copy of the RegExp for every sentence.
    WORD.lastIndex = 0;
    for (let m = WORD.exec(part); m; m = WORD.exec(part)) {
      const s = countSyllables(m[0].replace(/['’]/g, ''));
      syllables += s;
      if (s >= 3) longWords++;
      n++;
    }
    if (n > 0) lengths.push(n);
    words += n;
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    countSentence(text.slice(last, m.index));
    last = m.index + m[0].length;
  }
  countSentence(text.slice(last));
  const sentences = Math.max(1, lengths.length);
  if (words === 0) {
    return { score: 1, words: 0, sentences, wordsPerSentence: 0, syllablesPerWord: 0, longWords: 0, inLongSentences: 0, readingEase: 100 };
  }
  const wordsPerSentence = words / sentences;
  const syllablesPerWord = syllables / words;
  const readingEase = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  const inLongSentences = lengths.filter((n) => n > LONG_SENTENCE).reduce((a, b) => a + b, 0) / words;
  const longShare = longWords / words;
  const raw = readingEase / 100 - 0.5 * longShare - 0.2 * inLongSentences;
  // A logistic rather than a clamp, so that two hard texts still rank apart.
  const score = 1 / (1 + Math.exp(-5 * (raw - 0.5)));
  return {
    score: Math.round(score * 1e4) / 1e4,
    words,
    sentences,
    wordsPerSentence,
    syllablesPerWord,
    longWords: longShare,
    inLongSentences,
    readingEase,
  };
}

/** How easy a text is to read: 0 (hard) to 1 (easy). Pure and synchronous. */
export function scoreClarity(text: string): number {
  return clarityDetail(text).score;
}
