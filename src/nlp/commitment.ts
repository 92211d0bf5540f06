/**
 * What makes a next step concrete: an action taken or promised by us ("I've
 * refunded…", "I'll call the courier"), a step for the reader ("Reply with…"),
 * and a time frame ("by Thursday", "within 2 business days"). The phrases live
 * in data/commitments.json; numeric time frames are matched here.
 */
import { matchPatterns, type TextMatch } from '../kinds/pattern.js';
import data from './data/commitments.json' with { type: 'json' };

export type CommitmentKind = 'action' | 'reader-step' | 'time-frame';

export interface Commitment extends TextMatch {
  kind: CommitmentKind;
}

const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?(?:\s*(?:-|–|to)\s*\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of)`;
const UNIT = String.raw`(?:business |working |calendar )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)`;
/**
 * "within 24 hours", "in 3–5 business days", "at 5 p.m.", "by 10:30", "on
 * 12 March", "on 3/14"; compiled once, without Unicode property classes.
 */
const NUMERIC_TIME = new RegExp(
  String.raw`\b(?:(?:within|in|after|under|for|up to|the next)\s+${NUMBER}\s+${UNIT}\b|${NUMBER}\s+${UNIT}\b|(?:at|by|before|until|around)\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)?(?![\w/])|\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|(?:on|by|before|until)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:on|by|before|until)\s+\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)`,
  'gi',
);

/** Time frames in a text: words ("by Friday", "today") and numbers ("within 24 hours"). */
export function findTimeFrames(text: string): TextMatch[] {
  // A fresh array, not the one matchPatterns gave: an empty one of those has another shape,
  // and pushing to it threw away this function's optimised code.
  const found: TextMatch[] = [];
  for (const m of matchPatterns(text, data.timeFrames)) found.push(m);
  for (const m of text.matchAll(NUMERIC_TIME)) {
    const end = m.index + m[0].length;
    if (!found.some((f) => f.start < end && m.index < f.end)) found.push({ start: m.index, end, text: m[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Every commitment in a text, in order: actions by us, steps for the reader
 * (an instruction opening a sentence or following a lead-in such as "To connect it,",
 * or "you need to" one anywhere), and time frames.
 */
export function findCommitments(text: string): Commitment[] {
  const found: Commitment[] = [];
  for (const m of matchPatterns(text, data.actions)) found.push({ ...m, kind: 'action' });
  for (const m of matchPatterns(text, data.readerSteps)) {
    if (opensSentence(text, m.start) || LEAD_IN.test(text.slice(Math.max(0, m.start - 100), m.start))) {
      found.push({ ...m, kind: 'reader-step' });
      continue;
    }
    // "…so you need to turn it on": a step for the reader, wherever it stands in the sentence.
    const needed = NEEDED.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[0];
    if (needed) found.push({ start: m.start - needed.length, end: m.end, text: text.slice(m.start - needed.length, m.end), kind: 'reader-step' });
  }
  for (const m of findTimeFrames(text)) found.push({ ...m, kind: 'time-frame' });
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** True when the text commits to anything: an action, a step for the reader or a time frame. */
export function commits(text: string): boolean {
  return findCommitments(text).length > 0;
}

/**
 * A clause that opens the sentence and leads in to an instruction: "To connect the printer,
 * enable…", "Once it restarts, open…", "First, click…".
 */
const LEAD_IN = /(?:^|[.!?:;\n]\s*)(?:to|first|then|next|after that|afterwards|finally|once|when|after|if|from there)\b[^,.!?;:\n]{0,80},\s*$/i;

/** What makes a step the reader's wherever it stands: "you need to", "you'll just have to". */
const NEEDED = /\b(?:you|you['’]ll|you will)\s+(?:(?:just|simply|only|first|then|also)\s+)?(?:need|have)\s+to\s+$/i;

/** Only list markers, quotes or white space since the previous sentence end. */
function opensSentence(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === ';') return true;
    if (!(c === ' ' || c === '\t' || c === '"' || c === '(' || c === '-' || c === '*' || c === '•' || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}
