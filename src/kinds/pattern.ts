/**
 * Searching a text for a list of phrase patterns (the pattern language is in
 * ./pattern/syntax.ts and docs/phrase-rules.md). The patterns of every list
 * are indexed by a word each needs (its trigger), so a search tries only the
 * few patterns the text triggers, only when their other required words are
 * there too, and only at the words they can start with; plain-word patterns
 * are matched on words
 * (./pattern/match-words.ts), the rest with their RegExp.
 */
import { exportAnalyses, firstWordsOf, isLiteralPattern, preloadAnalyses, rarest, regexpSourceOf, requiredOf, sequencesOf, startClausesOf, treeOf, type Clause, type Slot } from './pattern/analysis.js';
import { matchSlotSequences, matchWords } from './pattern/match-words.js';
import { BLANK_LINE, type Node } from './pattern/syntax.js';
import { fold, foldCase, insideToken, KEY, TEXTS_KEPT, tokenize, wordIndexOf, type Tokens } from './pattern/text.js';

export { compilePattern, PatternError, validatePattern } from './pattern/syntax.js';
export { foldCase } from './pattern/text.js';

export interface TextMatch {
  start: number;
  end: number;
  text: string;
}

export interface IndexedMatch extends TextMatch {
  /** Which pattern of the list matched. */
  pattern: number;
}

/**
 * A list of patterns. A pattern is tried in a text only when the text holds a
 * word of its rarest required clause (its trigger), found through one index
 * of every list's triggers, and the rest of its required words; then only at
 * the words it can start with. Running one huge alternation over every
 * character instead is what V8 cannot optimise.
 */
interface Compiled {
  /** The list's place in each text's index (see textIndexOf). */
  id: number;
  /** Each pattern, folded: the key to its analysis (./pattern/analysis.ts). */
  texts: string[];
  /** Each pattern's length: at one place, longer patterns are tried first. */
  lengths: number[];
  /** Each pattern's required words; its starts and matcher, made on first use. */
  required: (readonly Clause[])[];
  starts: (Starts | undefined)[];
  /** The search in which each pattern was last considered (see scan). */
  searched: number[];
  matchers: (Matcher | undefined)[];
  /** Patterns that need no word in particular (a prefix, punctuation): tried in every text. */
  untriggered: number[];
  /** The matches in the last texts searched, by search (see remember). */
  leftmost: Map<string, IndexedMatch[]>;
  every: Map<string, IndexedMatch[]>;
}

/**
 * Where a pattern can begin: plain words, word prefixes (`frustrat*`) and
 * punctuation characters, each with what else the text must hold for a match
 * to begin there (the clauses of one of the ways that start can go on).
 */
interface Starts {
  words: Start[];
  prefixes: Start[];
  chars: Start[];
}

interface Start {
  text: string;
  /** One list of clauses per way the match can go on from here; the start is tried when any list is held. */
  needs: (readonly Clause[])[];
}

/** How a pattern is matched: on words as sequences or as a tree when it is plain words, else with its sticky RegExp. */
type Matcher = { sequences: Slot[][] } | { tree: Node[][] } | { regexp: RegExp };

const cache = new Map<string, Compiled>();
const cacheByList = new WeakMap<readonly string[], Compiled>();
const lists: Compiled[] = [];
/** Every list's patterns by the words of their triggers: pairs of list id and pattern index, flat. */
const triggers = new Map<string, number[]>();
/** Every pattern of every list compiled so far, by folded text (see exportPatternAnalyses). */
const seen = new Set<string>();

function compileList(patterns: readonly string[]): Compiled {
  const known = cacheByList.get(patterns);
  if (known) return known;
  const key = patterns.join('\u0000');
  let compiled = cache.get(key);
  if (compiled) {
    cacheByList.set(patterns, compiled);
    return compiled;
  }
  const texts = patterns.map((p) => fold(p.trim()));
  compiled = {
    id: lists.length,
    texts,
    lengths: patterns.map((p) => p.length),
    required: texts.map(requiredOf),
    starts: [],
    searched: texts.map(() => 0),
    matchers: [],
    untriggered: [],
    leftmost: new Map(),
    every: new Map(),
  };
  for (let i = 0; i < texts.length; i++) {
    seen.add(texts[i]!);
    const trigger = rarest(compiled.required[i]!);
    if (!trigger) compiled.untriggered.push(i);
    else for (const word of trigger) (triggers.get(word) ?? triggers.set(word, []).get(word)!).push(compiled.id, i);
  }
  lists.push(compiled);
  cache.set(key, compiled);
  cacheByList.set(patterns, compiled);
  return compiled;
}

function startsOf(compiled: Compiled, i: number): Starts {
  const known = compiled.starts[i];
  if (known) return known;
  const starts: Starts = { words: [], prefixes: [], chars: [] };
  const needs = startClausesOf(compiled.texts[i]!);
  firstWordsOf(compiled.texts[i]!).forEach((first, k) => {
    const word = KEY.exec(first)?.[0];
    const kind = word === undefined ? 'chars' : first[word.length] === '*' ? 'prefixes' : 'words';
    const text = word ?? first[0]!;
    // Two ways on from one start ("(i think|i believe)") make one start with two lists of needs.
    const same = starts[kind].find((start) => start.text === text);
    if (same) same.needs.push(needs[k] ?? []);
    else starts[kind].push({ text, needs: [needs[k] ?? []] });
  });
  compiled.starts[i] = starts;
  return starts;
}

function matcherOf(compiled: Compiled, i: number): Matcher {
  let matcher = compiled.matchers[i];
  if (!matcher) {
    const pattern = compiled.texts[i]!;
    if (isLiteralPattern(pattern)) {
      const sequences = sequencesOf(pattern);
      matcher = sequences ? { sequences } : { tree: treeOf(pattern) };
    } else matcher = { regexp: new RegExp(regexpSourceOf(pattern), 'y') };
    compiled.matchers[i] = matcher;
  }
  return matcher;
}

/** What every list needs of a text: its patterns the text triggers, and which clauses the text holds. */
interface TextIndex {
  /** By list id, the triggered patterns (an index may recur). */
  byList: (number[] | undefined)[];
  /** The number of lists when byList was made: a list compiled since is not in it. */
  lists: number;
  held: Map<Clause, boolean>;
}

const textIndexes = new WeakMap<Tokens, TextIndex>();

function textIndexOf(tokens: Tokens, distinct: readonly string[]): TextIndex {
  let index = textIndexes.get(tokens);
  if (!index || index.lists !== lists.length) {
    const byList: (number[] | undefined)[] = [];
    for (const word of distinct) {
      const pairs = triggers.get(word);
      if (pairs) for (let k = 0; k < pairs.length; k += 2) (byList[pairs[k]!] ??= []).push(pairs[k + 1]!);
    }
    index = { byList, lists: lists.length, held: index?.held ?? new Map() };
    textIndexes.set(tokens, index);
  }
  return index;
}

/** Searches so far, numbering each one (see scan). */
let searches = 0;

interface Visit {
  position: number;
  /** The word at the position, or -1 at punctuation. */
  token: number;
  pattern: number;
}

/**
 * Calls `visit` at every place a pattern could start, in text order and,
 * at one place, longest pattern first: for each pattern the text holds the
 * required words of, at each of the words (or punctuation) it can start with.
 */
function scan(folded: string, tokens: Tokens, compiled: Compiled, visit: (v: Visit) => void): void {
  const { positions, distinct } = wordIndexOf(tokens);
  const index = textIndexOf(tokens, distinct);
  // Clauses recur across patterns and lists ("(is|are|was|were)"): each is looked for once per text.
  const holds = (clause: Clause) => {
    if (clause.length === 1) return positions.has(clause[0]!);
    let found = index.held.get(clause);
    if (found === undefined) index.held.set(clause, (found = textHolds(positions, distinct, clause)));
    return found;
  };
  const allHeld = (clauses: readonly Clause[]) => clauses.every(holds);
  const visits: Visit[] = [];
  // A pattern is listed once for each word of its trigger in the text: it is considered once per search.
  const search = ++searches;
  const consider = (i: number) => {
    if (compiled.searched[i] === search) return;
    compiled.searched[i] = search;
    if (!allHeld(compiled.required[i]!)) return;
    const { words, prefixes, chars } = startsOf(compiled, i);
    for (const { text: word, needs } of words) {
      const at = positions.get(word);
      if (at && needs.some(allHeld)) for (const token of at) visits.push({ position: tokens.starts[token]!, token, pattern: i });
    }
    for (const { text: prefix, needs } of prefixes) {
      if (!needs.some(allHeld)) continue;
      for (const word of distinct) {
        if (!word.startsWith(prefix)) continue;
        for (const token of positions.get(word)!) visits.push({ position: tokens.starts[token]!, token, pattern: i });
      }
    }
    for (const { text: c, needs } of chars) {
      if (!needs.some(allHeld)) continue;
      for (let p = folded.indexOf(c); p !== -1; p = folded.indexOf(c, p + 1)) {
        if (!insideToken(tokens, p)) visits.push({ position: p, token: -1, pattern: i });
      }
    }
  };
  const triggered = index.byList[compiled.id];
  if (triggered) for (const i of triggered) consider(i);
  for (const i of compiled.untriggered) consider(i);
  if (visits.length > 1) sortVisits(visits, compiled.lengths);
  // A pattern that can start with two forms of one word ("frustrat*", "frustrated") is visited there once.
  let last: Visit | undefined;
  for (const v of visits) {
    if (last && v.position === last.position && v.pattern === last.pattern) continue;
    visit(v);
    last = v;
  }
}

/** Visits up to this many are sorted by insertion; more (a long text) by Array#sort. */
const INSERTION_SORT_MAX = 256;

/**
 * Puts visits in text order and, at one place, longest pattern first. Most
 * searches have a few dozen, which insertion sort puts in order several times
 * faster than Array#sort.
 */
function sortVisits(visits: Visit[], lengths: readonly number[]): void {
  if (visits.length > INSERTION_SORT_MAX) {
    visits.sort((a, b) => compareVisits(a, b, lengths));
    return;
  }
  for (let i = 1; i < visits.length; i++) {
    const v = visits[i]!;
    let j = i - 1;
    for (; j >= 0 && compareVisits(v, visits[j]!, lengths) < 0; j--) visits[j + 1] = visits[j]!;
    visits[j + 1] = v;
  }
}

/** Text order; at one place, the longer pattern first, then the list's order. */
function compareVisits(a: Visit, b: Visit, lengths: readonly number[]): number {
  return a.position - b.position || lengths[b.pattern]! - lengths[a.pattern]! || a.pattern - b.pattern;
}

/** Whether the text holds a word of the clause, looking up the shorter side. */
function textHolds(positions: ReadonlyMap<string, unknown>, distinct: readonly string[], clause: readonly string[]): boolean {
  if (clause.length <= distinct.length) {
    for (let k = 0; k < clause.length; k++) if (positions.has(clause[k]!)) return true;
    return false;
  }
  const set = clauseSet(clause);
  for (let k = 0; k < distinct.length; k++) if (set.has(distinct[k]!)) return true;
  return false;
}

const clauseSets = new WeakMap<readonly string[], Set<string>>();

function clauseSet(clause: readonly string[]): Set<string> {
  let set = clauseSets.get(clause);
  if (!set) clauseSets.set(clause, (set = new Set(clause)));
  return set;
}

/** The match of pattern `i` starting exactly at `position` (word `token` there, or -1), if any. */
function matchAt(
  compiled: Compiled,
  folded: string,
  text: string,
  tokens: Tokens,
  i: number,
  position: number,
  token: number,
): IndexedMatch | undefined {
  const matcher = matcherOf(compiled, i);
  let end: number | undefined;
  if ('regexp' in matcher) {
    matcher.regexp.lastIndex = position;
    const m = matcher.regexp.exec(folded);
    if (m && m[0].length > 0 && !BLANK_LINE.test(m[0])) end = position + m[0].length;
  } else if (token >= 0) {
    end = 'sequences' in matcher ? matchSlotSequences(folded, tokens, matcher.sequences, token) : matchWords(folded, tokens, matcher.tree, token);
  }
  return end === undefined ? undefined : { start: position, end, text: text.slice(position, end), pattern: i };
}

/**
 * Every non-empty match of the patterns in a plain text, with the pattern
 * that matched: leftmost first, the longest pattern winning at a position,
 * and no two matches overlapping.
 */
export function matchPatternList(text: string, patterns: readonly string[]): IndexedMatch[] {
  if (patterns.length === 0) return [];
  const compiled = compileList(patterns);
  return remember(compiled.leftmost, text, () => leftmostMatches(compiled, text));
}

function leftmostMatches(compiled: Compiled, text: string): IndexedMatch[] {
  const folded = foldCase(text);
  const tokens = tokenize(folded);
  const out: IndexedMatch[] = [];
  let from = 0;
  // A match moves `from` past its start, so no other pattern is tried there.
  scan(folded, tokens, compiled, ({ position, token, pattern }) => {
    if (position < from) return;
    const match = matchAt(compiled, folded, text, tokens, pattern, position, token);
    if (!match) return;
    out.push(match);
    from = match.end;
  });
  return out;
}

/**
 * Every match of every pattern, overlapping ones included, in text order.
 * For callers that filter matches by context before choosing between them.
 */
export function matchEveryPattern(text: string, patterns: readonly string[]): IndexedMatch[] {
  if (patterns.length === 0) return [];
  const compiled = compileList(patterns);
  return remember(compiled.every, text, () => everyMatch(compiled, text));
}

function everyMatch(compiled: Compiled, text: string): IndexedMatch[] {
  const folded = foldCase(text);
  const tokens = tokenize(folded);
  const out: IndexedMatch[] = [];
  scan(folded, tokens, compiled, ({ position, token, pattern }) => {
    const match = matchAt(compiled, folded, text, tokens, pattern, position, token);
    if (match) out.push(match);
  });
  return out;
}

/**
 * A list's matches in a text, remembered for the last texts (TEXTS_KEPT): rules and
 * scores search the same sentence with the same list many times (each hit's
 * context check reads its sentence again). Callers get their own array.
 */
function remember(store: Map<string, IndexedMatch[]>, text: string, search: () => IndexedMatch[]): IndexedMatch[] {
  let matches = store.get(text);
  if (!matches) {
    matches = search();
    if (store.size >= TEXTS_KEPT) store.delete(store.keys().next().value!);
    store.set(text, matches);
  }
  return matches.slice();
}

/** Every non-empty match of the patterns in a plain text. */
export function matchPatterns(text: string, patterns: readonly string[]): TextMatch[] {
  return matchPatternList(text, patterns).map(({ start, end, text: matched }) => ({ start, end, text: matched }));
}

/** True when any pattern matches somewhere in the text. */
export function testPatterns(text: string, patterns: readonly string[]): boolean {
  return matchPatternList(text, patterns).length > 0;
}

/** The analyses of every pattern searched for so far, for the command's build to save. */
export function exportPatternAnalyses(): string {
  return exportAnalyses(seen);
}

/** Analyses saved by an earlier process (exportPatternAnalyses): those patterns are never parsed. */
export function preloadPatternAnalyses(saved: string): void {
  preloadAnalyses(saved);
}
