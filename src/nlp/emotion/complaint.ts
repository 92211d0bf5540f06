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
import { inAskingQuestion, sentences } from './asking.js';
import { longestMatches } from './matches.js';
import { clauseBefore, isNegated } from './modifiers.js';
import { unmetExpectation } from './unmet.js';
import type { EmotionCue, Strength } from './types.js';

export interface ComplaintReading {
  /** 1 when the hints reach the threshold, 2 at twice the threshold. */
  strength: Strength;
  /** The hints that matched, in text order. */
  cues: EmotionCue[];
  /** The sum of the hints' weights. */
  weight: number;
  /** The cues of hints that are a complaint on their own ("delayed", "lost", "worst"), unhedged. */
  failures: EmotionCue[];
}

const PATTERNS = data.hints.map((h) => h.cue);
const WEIGHTS = data.hints.map((h) => h.weight);
const HEDGES = data.hedges.words.map((h) => ` ${h} `);
const HASHTAG = /#\w*[A-Za-z]\w*/g;
const HASHTAG_WORDS = data.hashtags.words;

/** The complaint the text makes, if its hints add up to one. */
export function readComplaint(
  text: string,
  negators: ReadonlySet<string>,
  scopeWords: ReadonlySet<string>,
): ComplaintReading | undefined {
  let weight = 0;
  let hedged = 0;
  const cues: EmotionCue[] = [];
  const failures: EmotionCue[] = [];
  for (const m of longestMatches(matchEveryPattern(text, PATTERNS))) {
    const before = clauseBefore(text, m.start);
    if (isNegated(before, negators, scopeWords)) continue;
    const cue = { text: m.text, start: m.start, end: m.end };
    cues.push(cue);
    if (isHedged(text, m.start, before)) {
      hedged += WEIGHTS[m.pattern]! * 0.5;
      continue;
    }
    weight += WEIGHTS[m.pattern]!;
    if (WEIGHTS[m.pattern]! >= data.threshold) failures.push(cue);
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
  const unmet = unmetExpectation(text, negators);
  if (unmet) {
    weight += data.unmet.weight + (unmet.aimed ? data.unmet.aimed : 0);
    cues.push(unmet.cue);
  }
  for (const sentence of sentences(text)) {
    const valence = data.valence.weight * negativeValence(sentence.text, negators);
    if (sentence.asks) hedged += valence * 0.5;
    else weight += valence;
  }
  // What a question asks about ("will it be delayed or cancelled?") adds up to a worry, never to a complaint alone.
  weight += Math.min(hedged, data.hedges.most);
  if (weight < data.threshold) return undefined;
  cues.sort((a, b) => a.start - b.start);
  return { strength: weight >= 2 * data.threshold ? 2 : 1, cues, weight, failures };
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

/** A hint in a request, plan or hypothesis ("need to cancel", "if it is lost") or a question that asks ("Is my order delayed?"). */
function isHedged(text: string, offset: number, clause: string): boolean {
  const joined = ` ${lowerWords(clause).join(' ')} `;
  return HEDGES.some((h) => joined.includes(h)) || inAskingQuestion(text, offset);
}
