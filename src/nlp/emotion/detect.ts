/**
 * Reads the feelings in a customer's message: anger, frustration, sadness,
 * confusion, anxiety and gratitude, each with a strength and the words that
 * show it. A lexicon of cue phrases (../data/feelings.json) does the reading;
 * negation cancels a cue ("I'm not angry"), intensifiers, capitals and "!"
 * raise it ("REALLY frustrated!"), softeners lower it ("a bit confused"),
 * several cues of one feeling add up, and shouting or "!!!" heats an angry
 * or frustrated message further.
 */
import { matchEveryPattern, matchPatterns, type IndexedMatch } from '../../kinds/pattern.js';
import { readComplaint, type ComplaintReading } from './complaint.js';
import { emotionLexicon } from './lexicon.js';
import { longestMatches } from './matches.js';
import { clauseBefore, exclaimed, isNegated, isShouted, rightBefore } from './modifiers.js';
import { heatedPunctuation, shoutedRuns } from './signals.js';
import { CUSTOMER_EMOTIONS, type CustomerEmotion, type EmotionCue, type EmotionReading, type Strength } from './types.js';

/** Feelings an exclamation mark or shouting makes louder. */
const HEATED: ReadonlySet<CustomerEmotion> = new Set(['anger', 'frustration']);
const HAS_LETTER = /[A-Za-z\u00C0-\u024F]/;
const SIGN_OFF = /^[\s>]*(?:(?:many|big|again|and|ok|okay|cheers)[\s,]+)*$/i;
/** "for", then at most three words: the object of the thanks. */
const THANKS_FOR = /^\s+(?:you\s+|u\s+)?for\s+((?:[\w'-]+\s+){0,3})$/i;
const SIGN_OFF_END = /^[\s,.!]*(?:(?:again|in advance|all)[\s,.!]*)?$/i;

let lastText: string | undefined;
let lastReadings: EmotionReading[] = [];

/** Every feeling the text shows, strongest first. The last message read is remembered: several rules ask about it. */
export function detectEmotions(text: string): EmotionReading[] {
  if (text !== lastText) {
    lastReadings = read(text);
    lastText = text;
  }
  return lastReadings.map((r) => ({ ...r, cues: [...r.cues] }));
}

function read(text: string): EmotionReading[] {
  if (!HAS_LETTER.test(text)) return [];
  const lexicon = emotionLexicon();
  const intensifiers = matchPatterns(text, lexicon.intensifiers);
  const softeners = matchPatterns(text, lexicon.softeners);
  const found = new Map<CustomerEmotion, { best: number; cues: EmotionCue[] }>();
  const add = (emotion: CustomerEmotion, score: number, cue: EmotionCue) => {
    const entry = found.get(emotion);
    if (!entry) {
      found.set(emotion, { best: score, cues: [cue] });
      return;
    }
    entry.best = Math.max(entry.best, score);
    // A complaint hint inside a cue already found ("my money" in "I want my money back") adds nothing.
    if (!entry.cues.some((c) => c.start <= cue.start && cue.end <= c.end)) entry.cues.push(cue);
  };

  // Words already read as a feeling (or as not one: "no worries") are not read again as complaint hints.
  const read: IndexedMatch[] = longestMatches(matchEveryPattern(text, lexicon.patterns));
  for (const m of read) {
    const { emotion, strength } = lexicon.info[m.pattern]!;
    if (!emotion) continue;
    if (isNegated(clauseBefore(text, m.start), lexicon.negators, lexicon.scopeWords)) continue;
    let score = emotion === 'gratitude' && strength <= 2 && isSignOff(text, m.start, m.end) ? 1 : strength;
    if (rightBefore(text, intensifiers, m.start) || isShouted(m.text)) score++;
    if (HEATED.has(emotion) && exclaimed(text, m.end)) score++;
    if (rightBefore(text, softeners, m.start)) score--;
    add(emotion, score, { text: m.text, start: m.start, end: m.end });
  }

  for (const [emotion, faces] of lexicon.faces) {
    for (const face of faces) {
      for (let at = text.indexOf(face); at !== -1; at = text.indexOf(face, at + face.length)) {
        add(emotion, 1, { text: face, start: at, end: at + face.length });
      }
    }
  }
  const complaint = outweighed(readComplaint(blank(text, read), lexicon.negators, lexicon.scopeWords), found.get('gratitude'), text);
  if (complaint) for (const cue of complaint.cues) add('frustration', complaint.strength, { ...cue, text: text.slice(cue.start, cue.end) });
  const heat = [...heatedPunctuation(text), ...shoutedRuns(text)];

  const readings: (EmotionReading & { best: number })[] = [];
  for (const emotion of CUSTOMER_EMOTIONS) {
    const entry = found.get(emotion);
    if (!entry) continue;
    const cues = entry.cues;
    const complaintOnly = emotion === 'frustration' && complaint !== undefined && entry.best === complaint.strength;
    let score = entry.best + (cues.length >= 3 && !complaintOnly ? 1 : 0);
    if (HEATED.has(emotion) && heat.length > 0) {
      score++;
      cues.push(...heat);
    }
    cues.sort((a, b) => a.start - b.start);
    readings.push({ emotion, strength: clamp(score), cues, best: entry.best });
  }
  // Equally strong feelings: the one with the most intense single cue leads, then the earlier in CUSTOMER_EMOTIONS.
  readings.sort((a, b) => b.strength - a.strength || b.best - a.best);
  return readings.map(({ emotion, strength, cues }) => ({ emotion, strength, cues }));
}

/**
 * Heartfelt thanks outweigh a mild complaint: "thanks for getting me home despite the delay" is not
 * frustrated. Thanks for the failure itself ("thanks for the three-hour delay") are sarcasm and outweigh nothing.
 */
function outweighed(
  complaint: ComplaintReading | undefined,
  gratitude: { best: number; cues: EmotionCue[] } | undefined,
  text: string,
): ComplaintReading | undefined {
  if (!complaint || complaint.strength !== 1 || gratitude === undefined || gratitude.best < 2) return complaint;
  const sarcastic = gratitude.cues.some((thanks) => complaint.failures.some((cue) => thanksFor(text, thanks.end, cue.start)));
  return sarcastic ? complaint : undefined;
}

/** The cue is what the thanks are for: "thanks for [the] [3 hour] delay", no action ("fixing") between. */
function thanksFor(text: string, thanksEnd: number, cueStart: number): boolean {
  if (cueStart < thanksEnd) return false;
  const between = text.slice(thanksEnd, cueStart);
  const m = THANKS_FOR.exec(between);
  return m !== null && !m[1]!.split(/\s+/).some((w) => w.endsWith('ing'));
}

/** The text with the matched spans blanked to spaces, offsets kept. */
function blank(text: string, spans: readonly IndexedMatch[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of spans) {
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

/** "Thanks," or "Many thanks!" alone on a line is a sign-off: courteous, mildly grateful at most. */
function isSignOff(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', end);
  const line = text.slice(lineStart, next === -1 ? text.length : next);
  return SIGN_OFF.test(line.slice(0, start - lineStart)) && SIGN_OFF_END.test(line.slice(end - lineStart));
}

function clamp(score: number): Strength {
  return Math.max(1, Math.min(3, score)) as Strength;
}
