/**
 * composure: emotional regulation on the page. Flags shouting (words in
 * capitals that are not acronyms), stacked punctuation ("!!!", "?!"),
 * sarcasm ("good luck with that") and defensive lines ("I'm just doing my
 * job", "that's not my department").
 */
import type { Draft } from '../../src/document/draft.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { fitsContext, type ContextualEntry } from '../../src/kinds/context.js';
import { findEntries, formatMessage, reportHit, sentenceContaining } from '../../src/kinds/phrase.js';
import type { Word } from '../../src/types.js';
import data from './phrases.json' with { type: 'json' };

export interface ComposureOptions {
  /** Entry ids (see phrases.json) to leave alone, e.g. `["sarcasm"]`, or `shouting` / `punctuation`. */
  allow: string[];
  /** Words in capitals that are names or acronyms in your team's writing, e.g. `["ACME"]`. */
  acronyms: string[];
}

const entries = data.entries as ContextualEntry[];
const SHOUT_WORDS = new Set(data.shouting.shoutWords);
const ACRONYMS = new Set(data.shouting.acronyms);
/** Letters only, with an inner apostrophe: "DON'T". Digits or other marks make it a code ("INV-2231"). */
const CAPITALS = /^[A-Z\u00C0-\u00DE]+(?:['’][A-Z]+)?$/;
/** Three or more exclamation marks, "??" and any mix of "?" and "!"; a friendly "!!" is let through. */
const STACKED = /[!?]*(?:!!!|\?!|!\?|\?\?)[!?]*/g;

export default defineRule<ComposureOptions>({
  meta: {
    id: 'composure',
    dimension: 'composure',
    description: 'Stay calm on the page: no shouting, no stacked punctuation, no sarcasm or defensiveness.',
    defaultSeverity: 'warning',
    docs: 'https://github.com/tonecheck/tonecheck/blob/main/rules/composure/README.md',
  },
  defaultOptions: { allow: [], acronyms: [] },
  check(context) {
    const { draft, options } = context;
    const allowed = new Set(options.allow);
    const active = entries.filter((entry) => !allowed.has(entry.id));
    for (const hit of findEntries(draft, active, (h) => fitsContext(draft, h))) reportHit(context, hit);
    if (!allowed.has('shouting')) checkShouting(context);
    if (!allowed.has('punctuation')) checkPunctuation(context);
  },
});

/** Runs of shouted words in the body, one report per run. */
function checkShouting(context: RuleContext<ComposureOptions>): void {
  const { draft } = context;
  const own = new Set(context.options.acronyms.map((a) => a.toUpperCase()));
  let run: Word[] = [];
  const flush = () => {
    // A run of three words in capitals is shouting whatever the words; one or two only when they are everyday words.
    if ((run.length >= data.shouting.minRun || run.some((w) => SHOUT_WORDS.has(w.normal))) && !isLabel(draft, run)) {
      const start = run[0]!.start;
      const end = run.at(-1)!.end;
      const text = draft.text.slice(start, end);
      context.report({
        start,
        end,
        message: formatMessage(data.shouting.message, text),
        why: data.shouting.why,
        suggestions: [calm(draft, start, text)],
      });
    }
    run = [];
  };
  let sentence = -1;
  for (const word of draft.words) {
    if (word.sentence !== sentence) flush();
    sentence = word.sentence;
    if (isCapitals(word, own) && draft.sentences[word.sentence]?.region === 'body') run.push(word);
    else flush();
  }
  flush();
}

/**
 * "IMPORTANT:" or "PLEASE NOTE:" opening a line: a label that marks what
 * follows, the way a heading does, not a raised voice. What follows it is
 * still checked.
 */
function isLabel(draft: Draft, run: readonly Word[]): boolean {
  if (run.length > data.shouting.maxLabelWords) return false;
  const start = run[0]!.start;
  const lineStart = draft.text.lastIndexOf('\n', start - 1) + 1;
  return LABEL_LEAD.test(draft.text.slice(lineStart, start)) && draft.text[run.at(-1)!.end] === ':';
}

/** What may stand before a label on its line: indentation and a list bullet. */
const LABEL_LEAD = /^[ \t]*(?:[-*•][ \t]+)?$/;

/** A word written in capitals that is not a known acronym. */
function isCapitals(word: Word, own: ReadonlySet<string>): boolean {
  const { text } = word;
  if (word.opaque || text.length < data.shouting.minLetters || !CAPITALS.test(text)) return false;
  const upper = text.replace('’', "'");
  return !ACRONYMS.has(upper) && !own.has(upper);
}

/** The same words in sentence case, capitalised where the sentence starts. */
function calm(draft: Draft, start: number, text: string): string {
  const lower = text.toLowerCase();
  const sentence = draft.sentences[sentenceContaining(draft.sentences, start, start + 1)];
  const opens = sentence !== undefined && draft.text.slice(sentence.start, start).trim() === '';
  return opens ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
}

function checkPunctuation(context: RuleContext<ComposureOptions>): void {
  const { draft } = context;
  for (const m of draft.lintText.matchAll(STACKED)) {
    const start = m.index;
    const end = start + m[0].length;
    if (sentenceContaining(draft.sentences, start, end) === -1 || draft.touchesPlaceholder(start, end)) continue;
    context.report({
      start,
      end,
      message: formatMessage(data.punctuation.message, m[0]),
      why: data.punctuation.why,
      suggestions: [m[0].includes('?') ? '?' : '!'],
    });
  }
}
