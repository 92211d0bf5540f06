/**
 * Finds strong feelings in a customer's message (anger, frustration, anxiety,
 * sadness, confusion) from a cue lexicon in data/feelings.json. Negation
 * cancels a cue ("I'm not angry"), intensifiers, exclamation marks and
 * capitals raise it ("REALLY frustrated!"), softeners lower it ("a bit confused").
 */
import { lowerWords } from '../document/chars.js';
import { matchPatternList, matchPatterns, type TextMatch } from '../kinds/pattern.js';
import data from './data/feelings.json' with { type: 'json' };

export type Emotion = 'anger' | 'frustration' | 'anxiety' | 'sadness' | 'confusion';

/** 1 mild, 2 clear, 3 intense. */
export type Strength = 1 | 2 | 3;

export interface FeelingCue {
  text: string;
  start: number;
  end: number;
}

export interface Feeling {
  emotion: Emotion;
  strength: Strength;
  /** The words that show it, in order, as offsets into the text. */
  cues: FeelingCue[];
}

interface Cue {
  cue: string;
  strength: number;
}

const EMOTIONS = data.emotions as Record<Emotion, Cue[]>;
const CUE_PATTERNS = new Map((Object.keys(EMOTIONS) as Emotion[]).map((e) => [e, EMOTIONS[e].map((c) => c.cue)]));
const NEGATORS = new Set(data.negators);
const SCOPE_WORDS = new Set(data.scopeWords);
/** Feelings an exclamation mark makes louder. */
const HEATED: ReadonlySet<Emotion> = new Set(['anger', 'frustration']);

/** Every strong feeling in the text, strongest first. */
export function detectFeelings(text: string): Feeling[] {
  const intensifiers = matchPatterns(text, data.intensifiers);
  const softeners = matchPatterns(text, data.softeners);
  const feelings: Feeling[] = [];
  for (const emotion of Object.keys(EMOTIONS) as Emotion[]) {
    const cues: FeelingCue[] = [];
    let strongest = 0;
    const lexicon = EMOTIONS[emotion];
    const patterns = CUE_PATTERNS.get(emotion)!;
    for (const m of matchPatternList(text, patterns)) {
      const before = clauseBefore(text, m.start);
      if (isNegated(before)) continue;
      let score = lexicon[m.pattern]!.strength;
      if (rightBefore(text, intensifiers, m.start) || isShouted(m.text)) score++;
      if (HEATED.has(emotion) && exclaimed(text, m.end)) score++;
      if (rightBefore(text, softeners, m.start)) score--;
      strongest = Math.max(strongest, clamp(score));
      cues.push({ text: m.text, start: m.start, end: m.end });
    }
    if (cues.length === 0) continue;
    const strength = clamp(strongest + (cues.length >= 3 ? 1 : 0));
    feelings.push({ emotion, strength, cues });
  }
  return feelings.sort((a, b) => b.strength - a.strength || b.cues.length - a.cues.length);
}

function clamp(score: number): Strength {
  return Math.max(1, Math.min(3, score)) as Strength;
}

/** The text from the start of the cue's clause up to the cue. */
function clauseBefore(text: string, offset: number): { text: string; start: number } {
  let start = offset;
  while (start > 0 && !/[.!?;,:\n()]/.test(text[start - 1]!)) start--;
  return { text: text.slice(start, offset), start };
}

/**
 * A negator governs the cue when only words like "be", "feel", "really" or
 * "at all" stand between them: "not angry", "wasn't at all worried". "Couldn't
 * be more frustrated" is the opposite of a negation.
 */
function isNegated(before: { text: string }): boolean {
  const words = lowerWords(before.text);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (NEGATORS.has(word) || word.endsWith("n't")) return !words.slice(i + 1).includes('more');
    if (!SCOPE_WORDS.has(word)) return false;
  }
  return false;
}

/** A modifier directly before the cue, with only white space between. */
function rightBefore(text: string, modifiers: readonly TextMatch[], cueStart: number): boolean {
  return modifiers.some((m) => m.end <= cueStart && /^\s*$/.test(text.slice(m.end, cueStart)));
}

function isShouted(text: string): boolean {
  return text.length > 2 && /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

function exclaimed(text: string, offset: number): boolean {
  const rest = /^[^.!?\n]*([.!?])/.exec(text.slice(offset));
  return rest?.[1] === '!';
}
