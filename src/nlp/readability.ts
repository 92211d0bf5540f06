/**
 * Readability scores for English prose: syllables (the `syllable` package),
 * Flesch–Kincaid grade level and Flesch reading ease.
 */
import { syllable } from 'syllable';

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade: the US school grade that reads the text comfortably. */
  grade: number;
  /** Flesch reading ease: 0 (very hard) to 100 (very easy); may fall outside that range. */
  readingEase: number;
}

/** Syllables in one word; every word, even "12" or "RMA", has at least one. */
export function countSyllables(word: string): number {
  const key = word.toLowerCase();
  let count = syllableCache.get(key);
  if (count === undefined) {
    count = Math.max(1, syllable(key));
    // Words repeat across drafts; counting is the slow part of grading a paragraph.
    if (syllableCache.size >= SYLLABLE_CACHE_SIZE) syllableCache.clear();
    syllableCache.set(key, count);
  }
  return count;
}

const syllableCache = new Map<string, number>();
const SYLLABLE_CACHE_SIZE = 50_000;

/** Scores for words already split into `sentenceCount` sentences. */
export function readabilityOf(words: readonly string[], sentenceCount: number): Readability {
  const sentences = Math.max(1, sentenceCount);
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  if (words.length === 0) return { words: 0, sentences, syllables: 0, grade: 0, readingEase: 100 };
  const wordsPerSentence = words.length / sentences;
  const syllablesPerWord = syllables / words.length;
  return {
    words: words.length,
    sentences,
    syllables,
    grade: round(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59),
    readingEase: round(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
  };
}

/** Scores for a plain text: sentences end at `.`, `!` or `?`, words are runs of letters and digits. */
export function readability(text: string): Readability {
  const words = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
  return readabilityOf(words, sentences);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
