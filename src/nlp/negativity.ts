/**
 * How negatively a text is framed, from 0 (looks at what is possible) through
 * 0.5 (neutral) to 1 (dwells on what is wrong). Word valence (AFINN-165, with negation) plus
 * framing cues from data/framing.json: "there's nothing we can do" and
 * "unfortunately" dwell on the problem; "we'll", "the good news is" and
 * "next time" look at what is possible.
 */
import { matchPatternList } from '../kinds/pattern.js';
import data from './data/framing.json' with { type: 'json' };
import { valence } from './valence.js';

interface Cue {
  cue: string;
  weight: number;
}

const NEGATIVE = data.negative as Cue[];
const POSITIVE = data.positive as Cue[];
const NEGATIVE_PATTERNS = NEGATIVE.map((c) => c.cue);
const POSITIVE_PATTERNS = POSITIVE.map((c) => c.cue);

/** Each negator adds this much: a reply full of "can't" and "won't" reads as a list of refusals. */
const NEGATOR_WEIGHT = 0.75;
/** Runs of "!!" or "?!" read as agitation. */
const AGITATION = /[!?]*(?:!!|\?!|!\?)[!?]*/g;
/** A question in a text that is not a request ("why does this keep happening?") is usually a complaint. */
const QUESTION = /\?/g;
const QUESTION_WEIGHT = 0.75;
/** Words in capitals read as a raised voice. */
const SHOUTED = /\b[A-Z]{3,}\b/g;
const SHOUT_WEIGHT = 0.5;
const MAX_SHOUTS = 3;
/** Spreads the balance of negative over positive weight across (0, 1). */
const STEEPNESS = 1.2;

export interface NegativityDetail {
  /** 0 (positive framing) through 0.5 (neutral) to 1 (negative framing). */
  score: number;
  /** Weight of negative words and framing, in AFINN units. */
  negative: number;
  /** Weight of positive words and framing, in AFINN units. */
  positive: number;
  words: number;
}

/** The negativity score with the weights behind it. */
export function negativityDetail(text: string): NegativityDetail {
  const v = valence(text);
  let negative =
    v.negative +
    v.negators * NEGATOR_WEIGHT +
    (text.match(AGITATION)?.length ?? 0) +
    (text.match(QUESTION)?.length ?? 0) * QUESTION_WEIGHT +
    Math.min(MAX_SHOUTS, text.match(SHOUTED)?.length ?? 0) * SHOUT_WEIGHT;
  let positive = v.positive;
  for (const m of matchPatternList(text, NEGATIVE_PATTERNS)) negative += NEGATIVE[m.pattern]!.weight;
  for (const m of matchPatternList(text, POSITIVE_PATTERNS)) positive += POSITIVE[m.pattern]!.weight;
  // Dividing by √words keeps a long neutral text from diluting a sharp line to nothing.
  const balance = (negative - positive) / Math.sqrt(v.words + 1);
  const score = 1 / (1 + Math.exp(-STEEPNESS * balance * 3));
  return { score: round(score), negative, positive, words: v.words };
}

/**
 * How negatively a text is framed: 0 (positive framing) through 0.5 (neutral:
 * no evaluative words) to 1 (negative framing). Pure and synchronous;
 * the first call loads the word list (a few milliseconds).
 */
export function scoreNegativity(text: string): number {
  return negativityDetail(text).score;
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
