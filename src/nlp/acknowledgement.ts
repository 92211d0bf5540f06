/**
 * Does a text acknowledge the reader's feelings? "I'm sorry this has been so
 * frustrating", "I can see why you'd be upset", "It sounds like you've had a
 * rough week", "You're not alone in this". The patterns live in
 * data/acknowledgement.json.
 *
 * `findAcknowledgements` finds the narrow kinds the tone rules rely on
 * (apologies and validation); `detectAcknowledgement` also counts the wider
 * ways a reply shows it heard the person, and scores the whole text.
 */
import { matchPatterns, type TextMatch } from '../kinds/pattern.js';
import data from './data/acknowledgement.json' with { type: 'json' };

export type AcknowledgementKind = 'apology' | 'validation' | 'reflection' | 'affirmation' | 'sympathy' | 'shared-experience';

export interface Acknowledgement extends TextMatch {
  kind: AcknowledgementKind;
}

export interface AcknowledgementResult {
  /** True when the text acknowledges the reader's feelings or situation (`score` ≥ 0.5). */
  acknowledges: boolean;
  /** 0 (no sign of it) to 1 (clearly acknowledges). */
  score: number;
  /** Every cue found, in text order. */
  cues: Acknowledgement[];
}

const NARROW = ['apology', 'validation'] as const;
const WIDE: Record<Exclude<AcknowledgementKind, 'apology' | 'validation'>, readonly string[]> = {
  reflection: data.reflection,
  affirmation: data.affirmation,
  sympathy: data.sympathy,
  'shared-experience': data.sharedExperience,
};
/** How much one cue of each kind counts towards a score of 1. */
const WEIGHTS: Record<AcknowledgementKind, number> = {
  apology: 1,
  validation: 1,
  reflection: 1,
  affirmation: 1,
  sympathy: 1,
  'shared-experience': 0.6,
};
/** Kinds that a question turns into an enquiry ("are you okay?"); a reflection may be checked as a question ("…, is that right?"). */
const QUESTION_SENSITIVE: ReadonlySet<AcknowledgementKind> = new Set(['affirmation', 'shared-experience', 'validation']);
/**
 * A reflection or sympathy cue still counts in a checking question ("So you feel
 * stuck?"), but not inside a question that opens by asking ("Do you feel like
 * it's getting worse?", "How hard has it been?").
 */
const ASKING_OPENERS: ReadonlySet<string> = new Set(data.askingOpeners);

/** Every acknowledgement in a text, in order; apologies that blame the reader's reaction are left out. */
export function findAcknowledgements(text: string): Acknowledgement[] {
  return find(text, NARROW.map((kind) => [kind, data[kind]] as const));
}

/** True when the text holds at least one apology or validation. */
export function acknowledges(text: string): boolean {
  return findAcknowledgements(text).length > 0;
}

/**
 * Whether a text acknowledges the reader: apologies, validation ("that sounds
 * stressful"), reflection ("it sounds like you…"), affirmation ("you're not
 * alone"), sympathy ("I hope things get easier") and shared experience ("I've
 * been there"). Cues inside a question do not count. Pure and synchronous.
 */
export function detectAcknowledgement(text: string): AcknowledgementResult {
  const all = find(text, [
    ...NARROW.map((kind) => [kind, data[kind]] as const),
    ...(Object.entries(WIDE) as [AcknowledgementKind, readonly string[]][]),
  ]);
  const cues = all.filter((cue) => (QUESTION_SENSITIVE.has(cue.kind) ? !inQuestion(text, cue) : cue.kind === 'apology' || !inAskingQuestion(text, cue)));
  const restated = restatements(text).filter((cue) => !all.some((c) => c.start < cue.end && cue.start < c.end));
  cues.push(...restated);
  const story = selfDisclosure(text);
  if (story && !cues.some((cue) => cue.kind === 'shared-experience')) cues.push(story);
  cues.sort((a, b) => a.start - b.start || b.end - a.end);
  const total = weigh(text, cues);
  const score = Math.round(Math.min(1, total / 2 + (total > 0 ? 0.25 : 0)) * 1e4) / 1e4;
  return { acknowledges: score >= 0.5, score, cues };
}

/** A bare formula ("Sorry to hear that.", "Oh no!") is a sentence of at most this many words. */
const FORMULA_WORDS = 5;
/** What a bare formula counts for when the reply then asks its real question. */
const PREFACE_WEIGHT = 0.4;

/**
 * The summed weight of the cues, overlapping cues counting once ("I'm so sorry"
 * is one apology, not an apology and a sympathy). A reply that ends by asking
 * ("Sorry to hear that. What happened next?") is an enquiry: a bare formula
 * before the question is a preface to it, and counts for less.
 */
function weigh(text: string, cues: readonly Acknowledgement[]): number {
  const enquiry = endsAsking(text);
  let total = 0;
  let end = -1;
  let last = 0;
  for (const cue of cues) {
    let weight = WEIGHTS[cue.kind];
    if (enquiry && cue.kind !== 'shared-experience' && sentenceWords(text, cue) <= FORMULA_WORDS) weight *= PREFACE_WEIGHT;
    if (cue.start < end) {
      if (weight > last) total += weight - last, (last = weight);
    } else {
      total += weight;
      last = weight;
    }
    end = Math.max(end, cue.end);
  }
  return total;
}

/** The text's last sentence is a question that opens by asking ("What happened?", "Do you…?"). */
function endsAsking(text: string): boolean {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith('?')) return false;
  return opensAsking(trimmed.slice(sentenceAround(trimmed, trimmed.length - 1, trimmed.length).start));
}

/** How many words the cue's sentence has. */
function sentenceWords(text: string, cue: TextMatch): number {
  const { start, end } = sentenceAround(text, cue.start, cue.end);
  let words = 0;
  for (const _ of text.slice(start, end).matchAll(/[A-Za-z0-9'’]+/g)) words++;
  return words;
}

const disclosure = data.selfDisclosure;
const NOT_AFTER: Record<string, ReadonlySet<string>> = {
  i: new Set(disclosure.notAfterI),
  "i'm": new Set(disclosure.notAfterIm),
  im: new Set(disclosure.notAfterIm),
  "i've": new Set(disclosure.notAfterIve),
  ive: new Set(disclosure.notAfterIve),
};
/** "I" opening a clause (not after "if"), an optional adverb, and the word that follows. */
const I_CLAUSE =
  /(?:^|[.!?;:,\n(]\s*|\b(?:and|but|so|because|when|then|though|although|since|until|while|after|before|cause|cos)\s+)(i|i['’]m|i['’]ve|im|ive)\s+(?:(?:just|also|already|really|actually|still|even|honestly|never|always|often|sometimes|usually|literally|totally)\s+)?([a-z]+(?:['’][a-z]+)?)/dgi;

const restatement = data.restatement;
const NOT_RESTATING: ReadonlySet<string> = new Set(restatement.notAfter);
const words = (list: readonly string[]) => list.map((w) => w.replace(/'/g, "['’]").replace(/ /g, String.raw`\s+`)).join('|');
/** A sentence opening with "so" (after an optional "ok" or "ah"), a subject, and the word after it. */
const RESTATING = new RegExp(
  String.raw`(?:^|[.!?\n]\s*)(?:(?:${words(restatement.openers)})[,.!]?\s+)?(so)\b,?\s+(?:${words(restatement.subjects)})(?:\s+|['’])([a-z]+)`,
  'dgi',
);

/** "So you were charged twice?": restating what the person said, a reflection (see data). */
function restatements(text: string): Acknowledgement[] {
  const found: Acknowledgement[] = [];
  for (const m of text.matchAll(RESTATING)) {
    if (NOT_RESTATING.has(m[2]!.toLowerCase())) continue;
    const start = m.indices![1]![0];
    const end = m.indices![2]![1];
    found.push({ start, end, text: text.slice(start, end), kind: 'reflection' });
  }
  return found;
}

/** Two or more clauses of the writer's own story ("I was…", "I couldn't…"): shared experience. */
function selfDisclosure(text: string): Acknowledgement | undefined {
  let first: Acknowledgement | undefined;
  let count = 0;
  for (const m of text.matchAll(I_CLAUSE)) {
    const subject = m[1]!.toLowerCase().replace('’', "'");
    const next = m[2]!.toLowerCase().replace('’', "'");
    if (NOT_AFTER[subject]!.has(next)) continue;
    const [start, end] = m.indices![1]!;
    first ??= { start, end, text: m[1]!, kind: 'shared-experience' };
    if (++count >= disclosure.minClauses) return first;
  }
  return undefined;
}

function find(text: string, lists: ReadonlyArray<readonly [AcknowledgementKind, readonly string[]]>): Acknowledgement[] {
  const refused = matchPatterns(text, data.notAcknowledgement);
  // An embedded clause ("how you feel", "if you feel") refuses only the cues that start inside it:
  // "tell them how you feel" is advice, but "I understand how you feel" is still validation.
  const embedded = matchPatterns(text, data.notAcknowledgementInside);
  const overlapsRefused = (m: TextMatch) =>
    refused.some((r) => r.start < m.end && m.start < r.end) || embedded.some((r) => r.start <= m.start && m.start < r.end);
  const found: Acknowledgement[] = [];
  for (const [kind, patterns] of lists) {
    for (const m of matchPatterns(text, patterns)) {
      if (!overlapsRefused(m)) found.push(withoutClosingMark({ ...m, kind }));
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A bare "Sorry," is matched with its mark (data), but the cue is the word: "Sorry". */
function withoutClosingMark(cue: Acknowledgement): Acknowledgement {
  const trimmed = cue.text.replace(CLOSING_MARK, '');
  return trimmed.length === cue.text.length ? cue : { ...cue, end: cue.start + trimmed.length, text: trimmed };
}

/** The cue's sentence opens with a question word ("do", "how", "are") and ends with a question mark. */
function inAskingQuestion(text: string, cue: TextMatch): boolean {
  return opensAsking(text.slice(sentenceAround(text, cue.start, cue.end).start, cue.start)) && inQuestion(text, cue);
}

/** The cue's sentence ends with a question mark. */
function inQuestion(text: string, cue: TextMatch): boolean {
  return text[sentenceAround(text, cue.start, cue.end).end] === '?';
}

/** The words open with a question word ("do", "how", "are"), after any quotes or brackets. */
function opensAsking(words: string): boolean {
  const opener = /^[\s"'“‘(]*([A-Za-z]+)/.exec(words);
  return opener !== null && ASKING_OPENERS.has(opener[1]!.toLowerCase());
}

const CLOSING_MARK = /[,.!]+$/;

const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '\n']);

/** Where the sentence holding `[from, to)` starts, and the offset of the mark that ends it (or the text's end). */
function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && !SENTENCE_END.has(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && !SENTENCE_END.has(text[end]!)) end++;
  return { start, end };
}
