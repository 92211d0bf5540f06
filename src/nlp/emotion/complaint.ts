/**
 * The quiet frustration of a complaint: a customer who reports a failure
 * ("my order arrived broken", "on hold for two hours, still no answer") often
 * names no feeling at all. Hints from data/complaint.json add up, with the
 * negative words of a general valence lexicon; a message whose hints reach
 * the threshold reads as frustrated.
 */
import { lowerWords } from '../../document/chars.js';
import { matchEveryPattern } from '../../kinds/pattern.js';
import { afinnRatings } from '../afinn.js';
import data from './data/complaint.json' with { type: 'json' };
import { longestMatches } from './matches.js';
import { clauseBefore, isNegated } from './modifiers.js';
import type { EmotionCue, Strength } from './types.js';

export interface ComplaintReading {
  /** 1 when the hints reach the threshold, 2 at twice the threshold. */
  strength: Strength;
  /** The hints that matched, in text order. */
  cues: EmotionCue[];
  /** The sum of the hints' weights. */
  weight: number;
}

const PATTERNS = data.hints.map((h) => h.cue);
const WEIGHTS = data.hints.map((h) => h.weight);
const HEDGES = data.hedges.words.map((h) => ` ${h} `);
const QUESTION_OPENERS = data.hedges.questionOpeners.map((o) => o.split(' '));
const LEAD_INS = new Set(data.hedges.leadIns);
const HANDLE = /^(?:\s*[@#][\w.]+[:,]?)+/;
const SENTENCE_END = /[.!?\n]/;
const HASHTAG = /#\w*[A-Za-z]\w*/g;
const HASHTAG_WORDS = data.hashtags.words;


/** The complaint the text makes, if its hints add up to one. */
export function readComplaint(
  text: string,
  negators: ReadonlySet<string>,
  scopeWords: ReadonlySet<string>,
): ComplaintReading | undefined {
  let weight = 0;
  const cues: EmotionCue[] = [];
  for (const m of longestMatches(matchEveryPattern(text, PATTERNS))) {
    const before = clauseBefore(text, m.start);
    if (isNegated(before, negators, scopeWords)) continue;
    weight += WEIGHTS[m.pattern]! * (isHedged(text, m.start, before) ? 0.5 : 1);
    cues.push({ text: m.text, start: m.start, end: m.end });
  }
  for (const face of data.faces.list) {
    for (let at = text.indexOf(face); at !== -1; at = text.indexOf(face, at + face.length)) {
      weight += data.faces.weight;
      cues.push({ text: face, start: at, end: at + face.length });
    }
  }
  for (const m of text.matchAll(HASHTAG)) {
    const tag = m[0].toLowerCase();
    if (!HASHTAG_WORDS.some((w) => tag.includes(w))) continue;
    weight += data.hashtags.weight;
    cues.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  weight += data.valence.weight * negativeValence(text, negators);
  if (weight < data.threshold) return undefined;
  cues.sort((a, b) => a.start - b.start);
  return { strength: weight >= 2 * data.threshold ? 2 : 1, cues, weight };
}

/** The sum of the negative ratings of the text's words, as a positive number; a negated word counts a fifth. */
function negativeValence(text: string, negators: ReadonlySet<string>): number {
  const afinn = afinnRatings();
  const words = lowerWords(text);
  let sum = 0;
  for (let i = 0; i < words.length; i++) {
    const rating = afinn.get(words[i]!);
    if (rating === undefined || rating >= 0) continue;
    const previous = words[i - 1];
    const negated = previous !== undefined && (negators.has(previous) || previous.endsWith("n't"));
    sum -= negated ? rating * 0.2 : rating;
  }
  return sum;
}

/** A hint in a request, plan or hypothesis ("need to cancel", "if it is lost") or a yes/no question ("Is my order delayed?"). */
function isHedged(text: string, offset: number, clause: string): boolean {
  const joined = ` ${lowerWords(clause).join(' ')} `;
  if (HEDGES.some((h) => joined.includes(h))) return true;
  let start = offset;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = offset;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  if (text[end] !== '?') return false;
  return opensAsQuestion(lowerWords(text.slice(start, end).replace(HANDLE, '')));
}

/** A question that asks rather than challenges: "Is my order delayed?", "@shop any delays today?", "Hi, when will it ship?". */
function opensAsQuestion(words: readonly string[]): boolean {
  let at = 0;
  while (at < words.length && LEAD_INS.has(words[at]!)) at++;
  return QUESTION_OPENERS.some((opener) => opener.every((word, i) => words[at + i] === word));
}

