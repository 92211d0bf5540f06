/**
 * Whose work a blame-free hit judges. A verdict such as "… is troubling" or
 * "… lacks detail" blames the reader when it is about them or their work, and
 * owns the problem when it is about us ("our reply was unacceptable"), our
 * product or a third party we answer for ("the app is outdated", "the
 * situation with the courier is concerning"; phrases.json's `ourSide`).
 */
import { lowerWords } from '../../src/document/chars.js';
import type { Draft } from '../../src/document/draft.js';
import { clauseBefore, sentenceHolds } from '../../src/kinds/context.js';
import type { PhraseHit } from '../../src/kinds/phrase.js';
import data from './phrases.json' with { type: 'json' };

const READER = new Set(['you', 'your', "you're", "you've", "you'd", 'yours', 'yourself']);
const OUR_SIDE = new Set(['our', 'my', 'we', 'i', "we've", "we're", "i've", "i'm", 'us', 'ours', 'mine', ...data.ourSide.words]);
/** How far back, in words, the subject of a verdict is looked for: "our latest reply was…". */
const SUBJECT_REACH = 4;

/**
 * The verdict's subject is on our side: an our-side word (or our product, or a
 * courier) in the last few words before the hit, and no mention of the reader
 * in the clause ("your dismissal of my work is troubling" is still about the reader).
 */
export function judgesOurWork(draft: Draft, hit: PhraseHit): boolean {
  const words = lowerWords(clauseBefore(draft, hit));
  if (words.some((word) => READER.has(word))) return false;
  return words.slice(-SUBJECT_REACH).some((word) => OUR_SIDE.has(word));
}

/** The hit's sentence holds one of the patterns (outside the hit): a sign the hit is something else. */
export function sentenceRulesOut(draft: Draft, hit: PhraseHit, patterns: readonly string[] | undefined): boolean {
  return patterns !== undefined && sentenceHolds(draft, hit, patterns);
}
