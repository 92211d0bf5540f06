/**
 * Questions that ask rather than challenge: "Is my order delayed?", "@shop any
 * delays today?", "Hi, when will it ship?". A failure named in one is a worry
 * or a request for information, not a report; "why" and "how come" questions
 * challenge and are not among them.
 */
import { lowerWords } from '../../document/chars.js';
import data from './data/complaint.json' with { type: 'json' };

const QUESTION_OPENERS = data.hedges.questionOpeners.map((o) => o.split(' '));
const LEAD_INS = new Set(data.hedges.leadIns);
const HANDLE = /^(?:\s*\.?[@#][\w.]+[:,]?)+/;
const SENTENCE_END = /[.!?\n]/;
const SENTENCE = /[^.!?\n]+[.!?]*/g;

/** The sentence around the offset ends with "?" and opens as a question that asks. */
export function inAskingQuestion(text: string, offset: number): boolean {
  let start = offset;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = offset;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  return text[end] === '?' && opensAsQuestion(text.slice(start, end));
}

/** Some sentence of the text is a question that asks. */
export function asksAQuestion(text: string): boolean {
  return text.includes('?') && sentences(text).some((s) => s.asks);
}

/** The text's sentences, each marked when it is a question that asks. */
export function sentences(text: string): { text: string; asks: boolean }[] {
  return [...text.matchAll(SENTENCE)].map((m) => ({ text: m[0], asks: m[0].trimEnd().endsWith('?') && opensAsQuestion(m[0]) }));
}

function opensAsQuestion(sentence: string): boolean {
  const words = lowerWords(sentence.replace(HANDLE, ''));
  let at = 0;
  while (at < words.length && LEAD_INS.has(words[at]!)) at++;
  return QUESTION_OPENERS.some((opener) => opener.every((word, i) => words[at + i] === word));
}
