/**
 * The "phrase" rule kind, in the spirit of Vale's existence and substitution
 * rules: a list of phrases to avoid, each with a message, the principle it
 * breaks and better wordings. Built-in rules run their phrase lists through
 * `findPhrases` and add context checks; teams write theirs in the config's
 * `phrases` section and get a rule from `createPhraseRule`.
 *
 * Phrases are searched on `draft.lintText`, so quoted text and signatures
 * (blanked) are never matched, and a match that touches a placeholder, URL or
 * e-mail address is dropped. The pattern syntax is documented in ./pattern.ts
 * and docs/phrase-rules.md: words match whole and in any case, straight and
 * curly apostrophes are the same, a phrase may wrap across a line break,
 * `(a|b)` is an alternation and `[a]` an optional part.
 */
import type { Draft } from '../document/draft.js';
import { defineRule, type AnyRule, type RuleContext } from '../engine/rule.js';
import { ConfigError, type PhraseRuleConfig } from '../config/types.js';
import type { Sentence, Severity, Span } from '../types.js';
import { matchEveryPattern, matchPatterns, PatternError, validatePattern, type TextMatch } from './pattern.js';

export { compilePattern, matchPatterns, PatternError, testPatterns, validatePattern } from './pattern.js';

/** A phrase found in a draft. */
export interface PhraseHit extends Span {
  /** The matched text as written in `draft.text`. */
  text: string;
  sentence: Sentence;
  sentenceIndex: number;
}

/**
 * Every match of the patterns inside one linted sentence, in text order.
 * Matches that touch a placeholder, URL or e-mail address are dropped.
 */
export function findPhrases(draft: Draft, patterns: readonly string[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const m of matchPatterns(draft.lintText, patterns)) {
    const hit = toHit(draft, m);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** A match as a hit in its sentence, or undefined when it is outside one or touches an opaque word. */
function toHit(draft: Draft, m: TextMatch): PhraseHit | undefined {
  const sentenceIndex = sentenceContaining(draft.sentences, m.start, m.end);
  if (sentenceIndex === -1) return undefined;
  if (draft.touchesPlaceholder(m.start, m.end) || touchesOpaqueWord(draft, m.start, m.end)) return undefined;
  return {
    start: m.start,
    end: m.end,
    text: draft.text.slice(m.start, m.end),
    sentence: draft.sentences[sentenceIndex]!,
    sentenceIndex,
  };
}

/** Index of the sentence that holds the whole span, or -1. */
export function sentenceContaining(sentences: readonly Sentence[], start: number, end: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (start < s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return end <= s.end ? mid : -1;
  }
  return -1;
}

/** True when `[start, end)` overlaps a placeholder, URL or e-mail address word. */
export function touchesOpaqueWord(draft: Draft, start: number, end: number): boolean {
  const words = draft.words;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < words.length && words[i]!.start < end; i++) if (words[i]!.opaque) return true;
  return false;
}

/** One entry of a phrase list: what to avoid and what to say instead. */
export interface PhraseListEntry {
  /** Patterns to flag. */
  phrases: string[];
  /** Patterns that, overlapping a hit in the same sentence, mean it is fine ("can't wait"). */
  except?: string[];
  /** Shown to the writer; `%s` stands for the flagged text. */
  message: string;
  /** One line: the emotional-intelligence principle behind the finding. */
  why: string;
  /** Better wordings, best first. */
  suggestions?: string[];
  /** Where the entry comes from and why it is there; for maintainers, not shown. */
  note?: string;
}

/** A hit together with the entry that produced it. */
export interface EntryHit<Entry extends PhraseListEntry = PhraseListEntry> extends PhraseHit {
  entry: Entry;
}

/**
 * The hits of every entry, minus those an `except` pattern covers or `keep`
 * turns down. Where two hits overlap, the earlier (then longer) one is kept,
 * so a text is flagged once.
 */
export function findEntries<Entry extends PhraseListEntry>(
  draft: Draft,
  entries: readonly Entry[],
  keep: (hit: EntryHit<Entry>) => boolean = () => true,
): EntryHit<Entry>[] {
  const all: EntryHit<Entry>[] = [];
  const { patterns, owners } = flatten(entries);
  // One search for every entry's phrases; overlaps are settled below, after context checks.
  for (const m of matchEveryPattern(draft.lintText, patterns)) {
    const found = toHit(draft, m);
    const entry = entries[owners[m.pattern]!]!;
    if (!found || (entry.except && isExcepted(draft, found, entry.except))) continue;
    const hit = { ...found, entry };
    if (keep(hit)) all.push(hit);
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EntryHit<Entry>[] = [];
  for (const hit of all) {
    const last = kept.at(-1);
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}

interface Flat {
  patterns: string[];
  owners: number[];
}

const flattened = new WeakMap<readonly PhraseListEntry[], Flat>();
/** Rules filter their entries per check, so a fresh list of the same entries is common: key by the entries. */
const flattenedByEntries = new Map<string, Flat>();
const entryIds = new WeakMap<PhraseListEntry, number>();
let nextEntryId = 0;

/** All phrases of a list of entries, and which entry each belongs to; cached per list of entries. */
function flatten(entries: readonly PhraseListEntry[]): Flat {
  let flat = flattened.get(entries);
  if (flat) return flat;
  // Built in a loop: a map and join here made an array per check, and a list of no entries
  // (a rule with all of them allowed) gave the join another array shape to compile for.
  let key = '';
  for (const entry of entries) {
    let id = entryIds.get(entry);
    if (id === undefined) entryIds.set(entry, (id = nextEntryId++));
    key += `${id},`;
  }
  flat = flattenedByEntries.get(key);
  if (!flat) {
    flat = { patterns: [], owners: [] };
    entries.forEach((entry, i) => {
      for (const phrase of entry.phrases) {
        flat!.patterns.push(phrase);
        flat!.owners.push(i);
      }
    });
    if (flattenedByEntries.size > 256) flattenedByEntries.clear();
    flattenedByEntries.set(key, flat);
  }
  flattened.set(entries, flat);
  return flat;
}

function isExcepted(draft: Draft, hit: PhraseHit, except: readonly string[]): boolean {
  const { start } = hit.sentence;
  const sentence = draft.lintText.slice(start, hit.sentence.end);
  return matchPatterns(sentence, except).some((m) => m.start + start < hit.end && hit.start < m.end + start);
}

/** The entry's message with `%s` replaced by the flagged text. */
export function formatMessage(message: string, text: string): string {
  return message.replace(/%s/g, text.replace(/\s+/g, ' '));
}

/** How a hit is reported: its entry's wording, or another one a context calls for (with its own severity). */
export interface HitWording {
  message: string;
  suggestions?: string[];
  severity?: Severity;
}

/** Reports a hit with its entry's principle, and its entry's message and suggestions unless `wording` is given. */
export function reportHit(context: RuleContext<unknown>, hit: EntryHit, wording: HitWording = hit.entry): void {
  context.report({
    start: hit.start,
    end: hit.end,
    message: formatMessage(wording.message, hit.text),
    why: hit.entry.why,
    suggestions: wording.suggestions ?? [],
    ...(wording.severity === undefined ? {} : { severity: wording.severity }),
  });
}

const DEFAULT_WHY = "Your team's style guide asks for different wording here.";

/**
 * A rule from a team's `phrases` config: flag each `avoid` pattern and offer
 * its `use` wordings as suggestions. Such rules never carry fixes: a phrase
 * list cannot know that a replacement keeps the meaning in every sentence.
 * A rule set to "off" here stays silent; remove the setting to switch it on.
 */
export function createPhraseRule(config: PhraseRuleConfig): AnyRule {
  const key = `phrases.${config.id}`;
  if (typeof config.id !== 'string' || !/^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)?$/.test(config.id)) {
    throw new ConfigError(`Phrase rule id ${JSON.stringify(config.id)} must be kebab-case, like "no-kindly"`, undefined, 'phrases');
  }
  if (!Array.isArray(config.entries) || config.entries.length === 0) {
    throw new ConfigError(`Phrase rule "${config.id}" needs at least one entry`, undefined, `${key}.entries`);
  }
  if (config.severity !== undefined && !['error', 'warning', 'suggestion', 'off'].includes(config.severity)) {
    throw new ConfigError(
      `Invalid severity ${JSON.stringify(config.severity)} (expected one of: error, warning, suggestion, off)`,
      undefined,
      `${key}.severity`,
    );
  }
  const entries: PhraseListEntry[] = config.entries.map((entry, i) => {
    const phrases = [entry.avoid].flat();
    for (const phrase of phrases) {
      try {
        validatePattern(phrase);
      } catch (error) {
        if (error instanceof PatternError || error instanceof SyntaxError) {
          throw new ConfigError(error.message, undefined, `${key}.entries[${i}].avoid`);
        }
        throw error;
      }
    }
    const use = entry.use ?? [];
    return {
      phrases,
      message: entry.message ?? (use.length > 0 ? `Avoid "%s"; write "${use[0]}" instead.` : 'Avoid "%s".'),
      why: entry.why ?? config.why ?? DEFAULT_WHY,
      suggestions: use,
    };
  });
  const { severity } = config;
  const off = severity === 'off';
  return defineRule<Record<string, never>>({
    meta: {
      id: config.id,
      dimension: config.dimension ?? 'courtesy',
      description: config.description ?? `Team phrases: ${config.id}`,
      defaultSeverity: severity === undefined || severity === 'off' ? 'warning' : severity,
    },
    defaultOptions: {},
    check(context) {
      if (off) return;
      for (const hit of findEntries(context.draft, entries)) reportHit(context, hit);
    },
  });
}
