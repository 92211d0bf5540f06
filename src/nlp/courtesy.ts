/**
 * How courteous a text reads, from 0 (curt or hostile) through 0.5 (neutral)
 * to 1 (warm and polite). Politeness strategies (gratitude, greetings,
 * apologies, indirect requests, hedges) add points; direct questions, orders,
 * challenges and insults take them away. The cues live in data/courtesy.json.
 */
import { matchEveryPattern, type IndexedMatch } from '../kinds/pattern.js';
import data from './data/courtesy.json' with { type: 'json' };
import { valence } from './valence.js';

interface Cue {
  id: string;
  cue: string;
  weight: number;
  /** Counts only at the start of a sentence. */
  start?: boolean;
}

const CUES = data.cues as Cue[];
const PATTERNS = CUES.map((c) => c.cue);
/** A cue counts at most this many times: one "thanks" is courteous, five are not five times more. */
const MAX_REPEATS = 2;
/** Points per unit of AFINN valence: hostile words are rude even when no cue lists them. */
const VALENCE_WEIGHT = 0.25;
/** Valence counts up to this much either way: a bug report full of "error" and "fail" is not rude. */
const MAX_VALENCE = 4;
const STEEPNESS = 0.6;
const CURT = data.curtQuestion;
const TERSE = data.terse;
/** A cue worth at least this much is a courtesy strategy (gratitude, a greeting, a hedge), not just a pronoun. */
const STRATEGY_WEIGHT = 1;
const DEMANDS: ReadonlySet<string> = new Set(TERSE.demands);
/** A whole sentence of at most CURT.maxWords words ending in a question mark. */
const CURT_QUESTION = new RegExp(String.raw`(?<=^|[.!?\n])[^\S\n]*(?:[^\s.!?]+[^\S\n]+){0,${CURT.maxWords - 1}}[^\s.!?]+\?`, 'g');

export interface CourtesyCue {
  id: string;
  weight: number;
  text: string;
  start: number;
  end: number;
}

export interface CourtesyDetail {
  /** 0 (curt or hostile) through 0.5 (neutral) to 1 (warm and polite). */
  score: number;
  /** The sum of the cue weights and the valence term, before squashing. */
  points: number;
  cues: CourtesyCue[];
}

/** The courtesy score with the cues behind it, in text order. */
export function courtesyDetail(original: string): CourtesyDetail {
  const text = maskTechnical(original);
  const counts = new Map<string, number>();
  const cues: CourtesyCue[] = [];
  let points = 0;
  for (const m of matchEveryPattern(text, PATTERNS)) {
    const cue = CUES[m.pattern]!;
    if (cue.start && !startsSentence(text, m)) continue;
    const seen = counts.get(cue.id) ?? 0;
    if (seen >= MAX_REPEATS) continue;
    counts.set(cue.id, seen + 1);
    points += cue.weight;
    cues.push({ id: cue.id, weight: cue.weight, text: m.text, start: m.start, end: m.end });
  }
  // Most replies ask nothing: no need to run the question search over every character.
  for (const m of text.includes('?') ? text.matchAll(CURT_QUESTION) : []) {
    const seen = counts.get('curt-question') ?? 0;
    if (seen >= MAX_REPEATS) break;
    counts.set('curt-question', seen + 1);
    points += CURT.weight;
    const start = m.index + m[0].length - m[0].trimStart().length;
    cues.push({ id: 'curt-question', weight: CURT.weight, text: m[0].trimStart(), start, end: m.index + m[0].length });
  }
  if (terse(text, cues)) {
    points += TERSE.weight;
    cues.push({ id: 'terse', weight: TERSE.weight, text: text.trim(), start: text.length - text.trimStart().length, end: text.trimEnd().length });
  }
  cues.sort((a, b) => a.start - b.start);
  const v = valence(text);
  points += VALENCE_WEIGHT * (Math.min(v.positive, MAX_VALENCE) - Math.min(v.negative, MAX_VALENCE));
  const score = 1 / (1 + Math.exp(-STEEPNESS * points));
  return { score: Math.round(score * 1e4) / 1e4, points, cues };
}

/**
 * How courteous a text reads: 0 (curt or hostile) through 0.5 (neutral) to 1
 * (warm and polite). Pure and synchronous; the first call loads the word list.
 */
export function scoreCourtesy(text: string): number {
  return courtesyDetail(text).score;
}

/** A whole question or demand of a few words with no courtesy strategy in it ("Which version?", "Stop reverting it."). */
function terse(text: string, cues: readonly CourtesyCue[]): boolean {
  const words = wordsUpTo(text, TERSE.maxWords + 1);
  if (words === 0 || words > TERSE.maxWords || cues.some((c) => c.weight >= STRATEGY_WEIGHT)) return false;
  // A short statement ("The file is 20 pages.") is neutral; a short question or demand is curt.
  return text.includes('?') || cues.some((c) => DEMANDS.has(c.id));
}

const TERSE_WORD = /[A-Za-z0-9'’]+/g;

/** How many words the text has, counting no further than `limit`: a whole reply is never terse. */
function wordsUpTo(text: string, limit: number): number {
  let words = 0;
  TERSE_WORD.lastIndex = 0;
  while (words < limit && TERSE_WORD.exec(text)) words++;
  return words;
}

/** Addresses and `code` carry no tone, but their "?", "stop" or "don't" would read as cues. */
const TECHNICAL = /\b(?:https?:\/\/|www\.)[^\s)\]>"']+|`[^`\n]*`/gi;

/** The text with URLs and code spans blanked out, offsets unchanged. */
function maskTechnical(text: string): string {
  return text.replace(TECHNICAL, (m) => ' '.repeat(m.length));
}

/** Only white space, quotes or brackets between the match and the previous sentence end. */
function startsSentence(text: string, m: IndexedMatch): boolean {
  for (let i = m.start - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === ';') return true;
    if (!/[\s"'“‘(\[*-]/.test(c)) return false;
  }
  return true;
}
