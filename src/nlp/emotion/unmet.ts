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
const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

/** The first negation of a statement in a message addressed to the company that asks nothing. */
export function unmetExpectation(text: string, negators: ReadonlySet<string>): EmotionCue | undefined {
  if (!MENTION.test(text) && !GREETING.test(text)) return undefined;
  if (asksAQuestion(text)) return undefined;
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase().replace('’', "'");
    if (!negators.has(word) && !word.endsWith("n't")) continue;
    return { text: m[0], start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}
