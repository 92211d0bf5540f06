/**
 * Searching a text for a list of phrase patterns (the pattern language is in
 * ./pattern/syntax.ts and docs/phrase-rules.md). Each list is indexed by the
 * words its patterns can start with, so a search tries only the few patterns
 * whose first word is in the text, and only those whose other required words
 * are there too; plain-word patterns are matched on words
 * (./pattern/match-words.ts), the rest with their RegExp.
 */
import { exportAnalyses, firstWordsOf, isLiteralPattern, preloadAnalyses, requiredOf, sequencesOf, treeOf, type Clause } from './pattern/analysis.js';
import { matchSlotSequences, matchWords } from './pattern/match-words.js';
import { BLANK_LINE, sourceOf } from './pattern/syntax.js';
import { fold, foldCase, insideToken, KEY, tokenize, wordIndexOf, type Tokens } from './pattern/text.js';

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
 * A list of patterns indexed by the words they can start with, so a search
 * tries only the few patterns whose first word is at hand instead of running
 * one huge alternation over every character (which V8 cannot optimise).
 */
interface Compiled {
  /** Pattern indices by their first word, longest pattern first. */
  byWord: Map<string, number[]>;
  /** Pattern indices by a first-word prefix (`frustrat*`), keyed by prefix length then prefix. */
  byPrefix: Map<number, Map<string, number[]>>;
  /** Patterns that start with punctuation, keyed by that character. */
  byChar: Map<string, number[]>;
  /** Each pattern, folded: the key to its analysis (./pattern/analysis.ts). */
  texts: string[];
  /** Each pattern's sticky RegExp, for patterns that are not plain words; on first use. */
  regexps: (RegExp | undefined)[];
  /** Each pattern's length, the order in which candidates are tried. */
  lengths: number[];
  /** The matches in the last few texts searched, by search (see remember). */
  leftmost: Map<string, IndexedMatch[]>;
  every: Map<string, IndexedMatch[]>;
  /** byWord as two arrays, for a loop over the list's first words (made on first use). */
  firstWords?: { words: string[]; candidates: number[][] };
  /** The patterns that may start at a word, longest first (see candidatesFor), for the words seen so far. */
  candidates: Map<string, readonly number[] | null>;
}

const cache = new Map<string, Compiled>();
const cacheByList = new WeakMap<readonly string[], Compiled>();
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
  compiled = {
    byWord: new Map(),
    byPrefix: new Map(),
    byChar: new Map(),
    texts: patterns.map((p) => fold(p.trim())),
    regexps: [],
    lengths: patterns.map((p) => p.length),
    leftmost: new Map(),
    every: new Map(),
    candidates: new Map(),
  };
  // Longer patterns first, so the fullest phrase wins at a given position.
  const order = patterns.map((_, i) => i).sort((a, b) => patterns[b]!.length - patterns[a]!.length);
  const push = <K>(map: Map<K, number[]>, k: K, i: number) => {
    const list = map.get(k);
    if (!list) map.set(k, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  for (const i of order) {
    seen.add(compiled.texts[i]!);
    for (const first of firstWordsOf(compiled.texts[i]!)) {
      const word = KEY.exec(first)?.[0];
      if (word === undefined) push(compiled.byChar, first[0]!, i);
      else if (first[word.length] === '*') {
        let byLength = compiled.byPrefix.get(word.length);
        if (!byLength) compiled.byPrefix.set(word.length, (byLength = new Map()));
        push(byLength, word, i);
      } else push(compiled.byWord, word, i);
    }
  }
  cache.set(key, compiled);
  cacheByList.set(patterns, compiled);
  return compiled;
}

function regexpOf(compiled: Compiled, i: number): RegExp {
  return (compiled.regexps[i] ??= new RegExp(sourceOf(treeOf(compiled.texts[i]!)), 'y'));
}

/**
 * Calls `visit` at every place a pattern could start (each word, and each
 * punctuation character some pattern starts with) with the patterns that may
 * start there, longest first, and the index of the word there (-1 at
 * punctuation), in text order. Work is per distinct word, or per word the
 * list starts with when those are fewer: most texts searched are sentences,
 * and most lists hold a few dozen patterns.
 */
function scan(
  folded: string,
  tokens: Tokens,
  compiled: Compiled,
  visit: (position: number, token: number, candidates: readonly number[]) => void,
): void {
  const { positions, distinct } = wordIndexOf(tokens);
  // Whether each pattern's required words are in the text, decided once per pattern and
  // text: most patterns are never tried.
  const possible: (boolean | undefined)[] = [];
  // Longer clauses recur across a list's patterns ("(is|are|was|were)"): each is looked for once.
  const held = new Map<Clause, boolean>();
  const holds = (clause: Clause) => {
    if (clause.length === 1) return positions.has(clause[0]!);
    let found = held.get(clause);
    if (found === undefined) held.set(clause, (found = textHolds(positions, distinct, clause)));
    return found;
  };
  const isPossible = (i: number) => (possible[i] ??= requiredOf(compiled.texts[i]!).every(holds));

  const visits: { position: number; token: number; candidates: readonly number[] }[] = [];
  const add = (word: string, candidates: readonly number[] | null | undefined) => {
    if (!candidates) return;
    const kept = candidates.filter(isPossible);
    if (kept.length === 0) return;
    for (const token of positions.get(word)!) visits.push({ position: tokens.starts[token]!, token, candidates: kept });
  };
  if (compiled.byPrefix.size === 0 && compiled.byWord.size < distinct.length) {
    const { words, candidates } = (compiled.firstWords ??= { words: [...compiled.byWord.keys()], candidates: [...compiled.byWord.values()] });
    for (let k = 0; k < words.length; k++) if (positions.has(words[k]!)) add(words[k]!, candidates[k]);
  } else {
    for (let k = 0; k < distinct.length; k++) add(distinct[k]!, candidatesFor(compiled, distinct[k]!));
  }
  for (const [c, candidates] of compiled.byChar) {
    for (let p = folded.indexOf(c); p !== -1; p = folded.indexOf(c, p + 1)) {
      if (insideToken(tokens, p)) continue;
      const kept = candidates.filter(isPossible);
      if (kept.length > 0) visits.push({ position: p, token: -1, candidates: kept });
    }
  }
  if (visits.length > 1) visits.sort((a, b) => a.position - b.position);
  for (const v of visits) visit(v.position, v.token, v.candidates);
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
  const pattern = compiled.texts[i]!;
  let end: number | undefined;
  if (token >= 0 && isLiteralPattern(pattern)) {
    const sequences = sequencesOf(pattern);
    end = sequences ? matchSlotSequences(folded, tokens, sequences, token) : matchWords(folded, tokens, treeOf(pattern), token);
  } else {
    const regexp = regexpOf(compiled, i);
    regexp.lastIndex = position;
    const m = regexp.exec(folded);
    if (m && m[0].length > 0 && !BLANK_LINE.test(m[0])) end = position + m[0].length;
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
  scan(folded, tokens, compiled, (position, token, candidates) => {
    if (position < from) return;
    for (const i of candidates) {
      const match = matchAt(compiled, folded, text, tokens, i, position, token);
      if (!match) continue;
      out.push(match);
      from = match.end;
      return;
    }
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
  scan(folded, tokens, compiled, (position, token, candidates) => {
    for (const i of candidates) {
      const match = matchAt(compiled, folded, text, tokens, i, position, token);
      if (match) out.push(match);
    }
  });
  return out;
}

const RESULTS_KEPT = 32;

/**
 * A list's matches in a text, remembered for the last few texts: rules and
 * scores search the same sentence with the same list many times (each hit's
 * context check reads its sentence again). Callers get their own array.
 */
function remember(store: Map<string, IndexedMatch[]>, text: string, search: () => IndexedMatch[]): IndexedMatch[] {
  let matches = store.get(text);
  if (!matches) {
    matches = search();
    if (store.size >= RESULTS_KEPT) store.delete(store.keys().next().value!);
    store.set(text, matches);
  }
  return matches.slice();
}

const CANDIDATE_WORDS_KEPT = 8192;

/** The patterns that may start at a word, longest first; remembered per list, since words recur across texts. */
function candidatesFor(compiled: Compiled, word: string): readonly number[] | null {
  let found = compiled.candidates.get(word);
  if (found === undefined) {
    found = lookUpCandidates(compiled, word) ?? null;
    if (compiled.candidates.size >= CANDIDATE_WORDS_KEPT) compiled.candidates.clear();
    compiled.candidates.set(word, found);
  }
  return found;
}

function lookUpCandidates(compiled: Compiled, word: string): number[] | undefined {
  let found = compiled.byWord.get(word);
  for (const [length, prefixes] of compiled.byPrefix) {
    if (word.length < length) continue;
    const more = prefixes.get(word.slice(0, length));
    if (more) found = found ? [...found, ...more].sort((a, b) => compiled.lengths[b]! - compiled.lengths[a]!) : more;
  }
  return found;
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
