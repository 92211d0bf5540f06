/**
 * An expectation the service did not meet, stated rather than asked: "the
 * gate agent never came", "there is no crew", "the app won't let me pay". A
 * customer writing to a company about something that did not happen is
 * usually reporting a failure, but the same words in a question ("Can't I
 * change the date?") or in a message to no one in particular are not. So the
 * negation counts only in a message addressed to the company (it mentions an
 * @handle or opens with a greeting) that asks nothing, and only adds to other
 * complaint hints (see data/complaint.json, "unmet"). Idioms that deny
 * nothing ("can't wait", "no wonder") are blanked before it reads the text
 * (notFeelings in ../data/feelings.json).
 */
import { asksAQuestion } from './asking.js';
import data from './data/complaint.json' with { type: 'json' };
import type { EmotionCue } from './types.js';

const MENTION = /(?:^|\s)\.?@\w/;
const GREETING = new RegExp(`^\\s*(?:${data.unmet.greetings.join('|')})\\b`, 'i');
/** Words, and the marks that end a clause. */
const TOKEN = /[A-Za-z]+(?:['’][A-Za-z]+)*|[.!?;,:\n()]/g;
const CLAUSE_BREAK = /^[.!?;,:\n()]$/;
const SECOND_PERSON = new Set(data.unmet.secondPerson);
const IMPERATIVE = new Set(data.unmet.imperatives);

export interface UnmetExpectation {
  /** The first negation. */
  cue: EmotionCue;
  /** A negation aimed at the company: "you never called", "your app won't open". */
  aimed: boolean;
}

/** The negations of the statements in a message addressed to the company that asks nothing. */
export function unmetExpectation(text: string, negators: ReadonlySet<string>): UnmetExpectation | undefined {
  if (!MENTION.test(text) && !GREETING.test(text)) return undefined;
  if (asksAQuestion(text)) return undefined;
  let cue: EmotionCue | undefined;
  let aimed = false;
  let lastYou = -Infinity;
  let clauseStart = 0;
  let index = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (CLAUSE_BREAK.test(m[0])) {
      lastYou = -Infinity;
      clauseStart = index;
      continue;
    }
    index++;
    const word = m[0].toLowerCase().replace('’', "'");
    if (SECOND_PERSON.has(word)) lastYou = index;
    if (!negators.has(word) && !word.endsWith("n't")) continue;
    // "Don't change a thing": a clause that opens with the negation asks or advises; it reports nothing.
    if (index === clauseStart + 1 && IMPERATIVE.has(word)) continue;
    cue ??= { text: m[0], start: m.index, end: m.index + m[0].length };
    if (index - lastYou <= data.unmet.aimedWithin) aimed = true;
  }
  return cue && { cue, aimed };
}
