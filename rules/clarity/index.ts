/**
 * clarity: write-good's prose checks (each finding with its own reason),
 * long sentences, reading grade, walls of text and internal jargon.
 * Placeholders, URLs and e-mail addresses are opaque words: never flagged.
 */
import type { Draft } from '../../src/document/draft.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { findEntries, formatMessage, reportHit, sentenceContaining, touchesOpaqueWord, type PhraseListEntry } from '../../src/kinds/phrase.js';
import { ConfigError } from '../../src/config/types.js';
import { matchPatterns, PatternError, validatePattern } from '../../src/kinds/pattern.js';
import { runWriteGood, WRITE_GOOD_CHECKS, type WriteGoodCheck, type WriteGoodFinding } from '../../src/nlp/writeGood.js';
import { deleteSpanFix, rewriteSuggestion } from '../../src/kinds/fix.js';
import type { Edit } from '../../src/types.js';
import { checkLongSentences, checkParagraphs, type MetricOptions } from './metrics.js';
import data from './phrases.json' with { type: 'json' };

export interface ClarityOptions extends MetricOptions {
  /** write-good checks to run; missing keys keep their defaults. */
  checks: Partial<Record<WriteGoodCheck, boolean>>;
  /** More jargon to flag, in phrase-pattern syntax. */
  jargon: string[];
  /** Jargon entry ids or phrases from the built-in list to leave alone. */
  allowJargon: string[];
}

/** Precise enough to be on by default; passive, weasel words and adverbs are noisy in replies. */
export const DEFAULT_CHECKS: Record<WriteGoodCheck, boolean> = {
  passive: false,
  illusion: true,
  so: true,
  thereIs: true,
  weasel: false,
  adverb: false,
  tooWordy: false,
  cliches: false,
  eprime: false,
};

interface JargonEntry extends PhraseListEntry {
  id: string;
  use: string[];
}

/** Repeated on purpose: "I know that that works", "it had had no effect". */
const LEGITIMATE_REPEATS = new Set(['that', 'had']);
/** "So" as a filler: followed by a comma or a subject, not "so far", "so that", "so many". */
const FILLER_SO = /^so(?:,|\s+(?:we|i|you|it|they|the|our|your|he|she|this|now)\b)/i;
const wordyAllowed = new Set(data.wordyAllowed.map((p) => p.toLowerCase()));
const clichesAllowed = new Set(data.clichesAllowed.map((p) => p.toLowerCase()));
const wordyReplacements = data.wordyReplacements as Record<string, { use: string; fix?: boolean }>;
const writeGoodText = data.writeGood as Record<WriteGoodCheck, { message: string; why: string; suggestions: string[] }>;

export default defineRule<ClarityOptions>({
  meta: {
    id: 'clarity',
    dimension: 'clarity',
    description: 'Short sentences, plain words and no jargon, so the answer is easy to find.',
    defaultSeverity: 'suggestion',
    fixable: true,
    docs: 'https://github.com/tonecheck/tonecheck/blob/main/rules/clarity/README.md',
  },
  defaultOptions: {
    checks: {},
    maxSentenceWords: 30,
    maxGrade: 10,
    minGradeSentences: 3,
    maxParagraphWords: 120,
    jargon: [],
    allowJargon: [],
  },
  check(context) {
    checkWriteGood(context);
    checkWordy(context);
    checkFormLetter(context);
    checkJargon(context);
    checkLongSentences(context);
    checkParagraphs(context);
  },
});

function checkWriteGood(context: RuleContext<ClarityOptions>): void {
  const { draft, options } = context;
  const enabled = { ...DEFAULT_CHECKS, ...options.checks };
  const checks = WRITE_GOOD_CHECKS.filter((check) => enabled[check]);
  if (checks.length === 0) return;
  for (const paragraph of draft.paragraphs) {
    const text = draft.lintText.slice(paragraph.start, paragraph.end);
    for (const finding of runWriteGood(text, checks, { offset: paragraph.start })) {
      if (!keepFinding(draft, finding)) continue;
      const sentenceIndex = sentenceContaining(draft.sentences, finding.start, finding.end);
      if (sentenceIndex === -1) continue;
      const explained = writeGoodText[finding.check];
      const wordy = finding.check === 'tooWordy' ? wordyReplacements[finding.text.toLowerCase()] : undefined;
      const fix = fixFor(draft, finding, wordy);
      const sentence = draft.sentences[sentenceIndex]!;
      const rewrite = fix ? rewriteSuggestion(sentence, fix) : undefined;
      context.report({
        start: finding.start,
        end: finding.end,
        message: formatMessage(explained.message, finding.text),
        why: explained.why,
        suggestions: rewrite ? [rewrite] : wordy ? [matchCase(wordy.use, finding.text)] : explained.suggestions,
        ...(fix ? { fix } : {}),
      });
    }
  }
}

function keepFinding(draft: Draft, finding: WriteGoodFinding): boolean {
  if (draft.touchesPlaceholder(finding.start, finding.end) || touchesOpaqueWord(draft, finding.start, finding.end)) return false;
  const text = finding.text.toLowerCase();
  switch (finding.check) {
    case 'illusion':
      // Words only: "<url>, <url>" or "1, 1" in a list is not a slip of the pen.
      return !LEGITIMATE_REPEATS.has(text) && /^[\p{L}']+$/u.test(text);
    case 'so':
      return FILLER_SO.test(draft.lintText.slice(finding.start, finding.start + 12));
    case 'tooWordy':
      // Single words ("assistance", "additional") are fine in a reply; only wordy phrases are worth a
      // note, and those with a known short form are checkWordy's.
      return /\s/.test(text) && !wordyAllowed.has(text.replace(/\s+/g, ' ')) && !(text.replace(/\s+/g, ' ') in wordyReplacements);
    case 'cliches':
      // Idioms that read as warm and natural in a reply ("keep an eye on", "have a nice day").
      return !clichesAllowed.has(text.replace(/\s+/g, ' '));
    default:
      return true;
  }
}

/** A repeated word is deleted with the space before it; a few wordy phrases have an exact short form. */
function fixFor(draft: Draft, finding: WriteGoodFinding, wordy: { use: string; fix?: boolean } | undefined): Edit | undefined {
  if (finding.check === 'illusion') {
    let start = finding.start;
    while (start > 0 && /\s/.test(draft.text[start - 1]!)) start--;
    return start < finding.start ? { start, end: finding.end, text: '' } : undefined;
  }
  if (wordy?.fix) return { start: finding.start, end: finding.end, text: matchCase(wordy.use, finding.text) };
  return undefined;
}

function matchCase(replacement: string, original: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

interface WordyEntry extends PhraseListEntry {
  use: string;
  fix?: boolean;
}

const wordyEntries: WordyEntry[] = Object.entries(wordyReplacements).map(([phrase, { use, fix }]) => ({
  phrases: [phrase],
  use,
  message: writeGoodText.tooWordy.message,
  why: writeGoodText.tooWordy.why,
  ...(fix ? { fix } : {}),
}));

/** Wordy phrases with a known short form: the short form as the suggestion, and as the fix where it is exact. */
function checkWordy(context: RuleContext<ClarityOptions>): void {
  const { draft } = context;
  for (const hit of findEntries(draft, wordyEntries)) {
    const use = matchCase(hit.entry.use, hit.text);
    const fix = hit.entry.fix ? { start: hit.start, end: hit.end, text: use } : undefined;
    const rewrite = fix ? rewriteSuggestion(hit.sentence, fix) : use;
    context.report({
      start: hit.start,
      end: hit.end,
      message: formatMessage(hit.entry.message, hit.text),
      why: hit.entry.why,
      suggestions: [rewrite],
      ...(fix ? { fix } : {}),
    });
  }
}

const formLetterEntries: PhraseListEntry[] = [
  { phrases: data.formLetter.phrases, message: data.formLetter.message, why: data.formLetter.why },
];

/** Form-letter announcements ("Please be advised that…"): removing one is a safe fix. */
function checkFormLetter(context: RuleContext<ClarityOptions>): void {
  const { draft } = context;
  for (const hit of findEntries(draft, formLetterEntries)) {
    const fix = deleteSpanFix(draft, hit, hit.sentence);
    context.report({
      start: hit.start,
      end: hit.end,
      message: formatMessage(data.formLetter.message, hit.text),
      why: data.formLetter.why,
      suggestions: fix ? [rewriteSuggestion(hit.sentence, fix)] : [],
      ...(fix ? { fix } : {}),
    });
  }
}

const jargonByOptions = new WeakMap<ClarityOptions, JargonEntry[]>();

function checkJargon(context: RuleContext<ClarityOptions>): void {
  const { draft, options } = context;
  let entries = jargonByOptions.get(options);
  if (!entries) jargonByOptions.set(options, (entries = jargonEntries(options)));
  // Words the customer used themselves are their vocabulary, not jargon.
  const customerUses = (e: JargonEntry) => matchPatterns(draft.customerText, e.phrases).length > 0;
  const active = draft.customerText ? entries.filter((e) => !customerUses(e)) : entries;
  // In the greeting the words name whom the reply is for ("Hi Dev team,"), which is not jargon.
  for (const hit of findEntries(draft, active, (h) => h.sentence.region !== 'greeting')) reportHit(context, hit);
}

/** The built-in jargon list minus what the options allow, plus the options' own terms. */
function jargonEntries(options: ClarityOptions): JargonEntry[] {
  const allowed = new Set(options.allowJargon.map((a) => a.toLowerCase()));
  const entries: JargonEntry[] = (data.jargon as JargonEntry[])
    .filter((e) => !allowed.has(e.id) && !e.phrases.some((p) => allowed.has(p.toLowerCase())))
    .map((e) => ({ ...e, message: data.jargonMessage, why: data.jargonWhy, suggestions: e.use }));
  options.jargon.forEach((phrase, i) => {
    try {
      validatePattern(phrase);
    } catch (error) {
      if (error instanceof PatternError) throw new ConfigError(error.message, undefined, `rules.clarity.jargon[${i}]`);
      throw error;
    }
    entries.push({ id: phrase, phrases: [phrase], use: [], message: data.jargonMessage, why: data.jargonWhy, suggestions: [] });
  });
  return entries;
}
