/**
 * Word valence from the AFINN-165 lexicon (3,382 English words rated from -5
 * to +5 by Finn Årup Nielsen), with the negation a lexicon alone misses:
 * "not happy" is mildly negative, "not bad" mildly positive.
 */
import { lowerWords } from '../document/chars.js';
import { afinnRatings } from './afinn.js';
import framing from './data/framing.json' with { type: 'json' };

let ratings: ReadonlyMap<string, number> | undefined;

/** The rating of a word in AFINN-165, or in the few everyday words it leaves out (data/framing.json), which win. */
function rate(word: string): number | undefined {
  ratings ??= new Map([...afinnRatings(), ...Object.entries(framing.valence.words as Record<string, number>)]);
  return ratings.get(word);
}

/** After "but" the writer's real point follows: "tired, but I'll manage" leans positive. */
const CONTRAST = new Set(['but', 'however', 'though', 'although', 'yet']);
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
/** Emoticons, which word lists miss: ":(" and ":'(" are negative, ":)" and ":D" positive. */
const SAD_FACE = /(?:^|\s)(?:[:;=]['’]?-?[(\[/\\|]|D[:;]|\)-?:)(?=\s|$)/g;
const HAPPY_FACE = /(?:^|\s)(?:[:;=]-?[)\]DPp]|\(-?[:;])(?=\s|$)|<3/g;
const EMOTICON_WEIGHT = 2;

/** Words that make the next rated word count more: "so tired", "really bad". */
const INTENSIFIERS = new Set(['so', 'too', 'really', 'very', 'super', 'extremely', 'totally', 'completely', 'freaking', 'absolutely', 'incredibly', 'utterly']);
const INTENSITY = 1.5;

const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'hardly', 'cannot', 'barely']);
/** How many words after a negator it still governs: "not very happy", "never been so bad". */
const NEGATION_REACH = 3;

export const isNegator = (word: string): boolean => NEGATORS.has(word) || word.endsWith("n't");

/** The lexicon's rating of one lower-case word (0 when unrated). */
export function wordValence(word: string): number {
  return rate(word) ?? 0;
}

export interface Valence {
  /** Sum of the positive ratings, after negation (≥ 0). */
  positive: number;
  /** Sum of the negative ratings as a positive number, after negation (≥ 0). */
  negative: number;
  /** Words counted. */
  words: number;
  /** Negators seen ("not", "can't", "never"…). */
  negators: number;
}

/**
 * The positive and negative weight of a text. A negated word flips and
 * weakens: "not great" counts half as negative, "not terrible" a fifth as
 * positive, since negated praise stings more than negated blame comforts.
 */
export function valence(text: string): Readonly<Valence> {
  // The scorecard reads the same reply for courtesy and for negativity: the last answer is kept.
  if (text !== last.text) last = { text, valence: measure(text) };
  return last.valence;
}

let last: { text: string; valence: Readonly<Valence> } = { text: '', valence: { positive: 0, negative: 0, words: 0, negators: 0 } };

function measure(text: string): Valence {
  const words = lowerWords(text);
  const contrastAt = lastContrast(words);
  let positive = (text.match(HAPPY_FACE)?.length ?? 0) * EMOTICON_WEIGHT;
  let negative = (text.match(SAD_FACE)?.length ?? 0) * EMOTICON_WEIGHT;
  let negators = 0;
  let lastNegator = -Infinity;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (isNegator(word)) {
      negators++;
      lastNegator = i;
      continue;
    }
    const rating = rate(word);
    if (rating === undefined || rating === 0) continue;
    const intensified = i > 0 && INTENSIFIERS.has(words[i - 1]!) ? INTENSITY : 1;
    const weight = (contrastAt < 0 ? 1 : i < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST) * intensified;
    const negated = i - lastNegator <= NEGATION_REACH;
    if (!negated) {
      if (rating > 0) positive += rating * weight;
      else negative -= rating * weight;
    } else if (rating > 0) {
      negative += rating * 0.5 * weight;
    } else {
      positive -= rating * 0.2 * weight;
    }
  }
  return { positive, negative, words: words.length, negators };
}

/** Index of the last contrast word, or -1. */
function lastContrast(words: readonly string[]): number {
  for (let i = words.length - 1; i > 0; i--) if (CONTRAST.has(words[i]!)) return i;
  return -1;
}
