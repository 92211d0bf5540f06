/**
 * The phrase pattern language shared by built-in phrase lists and the phrases
 * a team writes in its config. Deliberately small:
 *
 * | pattern            | matches                                                     |
 * | ------------------ | ----------------------------------------------------------- |
 * | `calm down`        | the words, in any case; any white space between them,       |
 * |                    | including one line break (a phrase may wrap)                |
 * | `can't`            | `can't`, `can’t`: straight and curly apostrophes are one    |
 * | `(sorry|apologize)`| one of the alternatives; each may be several words          |
 * | `you [really] must`| `you must` or `you really must`; `[a|b]` is an optional     |
 * |                    | alternation                                                 |
 * | `frustrat*`        | a word starting with `frustrat` (`*` ends a word only)      |
 *
 * Matching is whole-word: `just` never matches inside `adjust`. Every other
 * character is literal, so `understand, but` needs the comma (write
 * `understand[,] but` to make it optional).
 */

export class PatternError extends Error {
  constructor(
    message: string,
    readonly pattern: string,
  ) {
    super(`${message} in phrase pattern "${pattern}"`);
    this.name = 'PatternError';
  }
}

type Node =
  | { type: 'space' }
  | { type: 'word'; text: string }
  | { type: 'group'; alternatives: Node[][]; optional: boolean };

/** Folded text has only straight apostrophes. */
const APOSTROPHE = "'";
/**
 * Letters and digits of Latin-script text. Spelled out rather than `\p{L}`:
 * Unicode property classes under the `i` flag make every pattern cost a
 * hundred times more to compile.
 */
const ALNUM = 'A-Za-z0-9\\u00C0-\\u024F';
const WORD_CHAR = `[${ALNUM}_]`;
/**
 * Whole words only, checked once at each end of a pattern. A hyphen joins
 * words ("problem-free" is not "problem") and so does a contraction
 * ("must've" is not "must", "we're" is not "we"). Each assertion holds
 * trivially where the pattern itself starts or ends with punctuation.
 */
const BEFORE_WORD = `(?:(?!${WORD_CHAR})|(?<!${WORD_CHAR}|[${ALNUM}]-))`;
const AFTER_WORD = `(?:(?<!${WORD_CHAR})|(?!${WORD_CHAR}|-[${ALNUM}]|${APOSTROPHE}[A-Za-z]))`;
/** White space between words; a match across a blank line is dropped after matching (see BLANK_LINE). */
const SPACE = String.raw`\s+`;
const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[^\S\r\n]*(?:\r\n|\r|\n)/;
const SPECIAL = new Set(['(', ')', '[', ']', '|']);

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00A0';

/** Parses a pattern into alternatives of node sequences; throws PatternError on bad syntax. */
function parse(pattern: string): Node[][] {
  let i = 0;
  const alternation = (close: string | undefined): Node[][] => {
    const alternatives: Node[][] = [[]];
    while (i < pattern.length) {
      const c = pattern[i]!;
      const current = alternatives[alternatives.length - 1]!;
      if (c === ')' || c === ']') {
        if (c !== close) throw new PatternError(`Unexpected "${c}"`, pattern);
        i++;
        return alternatives;
      }
      if (c === '|') {
        alternatives.push([]);
        i++;
      } else if (c === '(' || c === '[') {
        i++;
        const inner = alternation(c === '(' ? ')' : ']');
        current.push({ type: 'group', alternatives: inner, optional: c === '[' });
      } else if (isSpace(c)) {
        while (i < pattern.length && isSpace(pattern[i]!)) i++;
        if (current.length > 0 && current[current.length - 1]!.type !== 'space') current.push({ type: 'space' });
      } else {
        const from = i;
        while (i < pattern.length && !SPECIAL.has(pattern[i]!) && !isSpace(pattern[i]!)) i++;
        current.push({ type: 'word', text: pattern.slice(from, i) });
      }
    }
    if (close) throw new PatternError(`Missing "${close}"`, pattern);
    return alternatives;
  };
  const result = alternation(undefined);
  for (const sequence of result) if (sequence.at(-1)?.type === 'space') sequence.pop();
  if (result.every((sequence) => sequence.length === 0)) throw new PatternError('Empty pattern', pattern);
  return result;
}

function compileWord(text: string): string {
  let source = '';
  for (const c of text) {
    if (c === "'") source += APOSTROPHE;
    else if (c === '*') source += `[${ALNUM}']*`;
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return source;
}

/**
 * An optional group takes the space next to it, so that `you [really] must`
 * matches "you must" with a single space: before a required word has been
 * written the group owns the space after it, later the space before it.
 */
function compileSequence(nodes: readonly Node[]): string {
  let source = '';
  let leading = true;
  let pendingSpace = false;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'space') {
      pendingSpace = true;
      continue;
    }
    const inner = node.type === 'word' ? compileWord(node.text) : node.alternatives.map(compileSequence).join('|');
    if (node.type === 'group' && node.optional) {
      if (leading) {
        const spaceAfter = nodes[i + 1]?.type === 'space';
        source += spaceAfter ? `(?:(?:${inner})${SPACE})?` : `(?:${inner})?`;
        if (spaceAfter) i++;
      } else {
        source += pendingSpace ? `(?:${SPACE}(?:${inner}))?` : `(?:${inner})?`;
      }
      pendingSpace = false;
      continue;
    }
    if (pendingSpace && !leading) source += SPACE;
    source += node.type === 'word' ? inner : `(?:${inner})`;
    pendingSpace = false;
    leading = false;
  }
  return source;
}

/** The regular expression source for one pattern. */
export function compilePattern(pattern: string): string {
  return sourceOf(parse(pattern.trim()));
}

function sourceOf(tree: Node[][]): string {
  return `${BEFORE_WORD}(?:${tree.map(compileSequence).join('|')})${AFTER_WORD}`;
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
  /** Each pattern's parsed form, compiled to a sticky RegExp on first use. */
  trees: (Node[][] | undefined)[];
  /** Each pattern, folded: parsed on first use when its first word could be read off directly. */
  texts: string[];
  regexps: (RegExp | undefined)[];
  /** Each pattern's length, the order in which candidates are tried. */
  lengths: number[];
  /** Words a text must hold for the pattern to match (see requiredWords); on first use. */
  required: (readonly Clause[] | undefined)[];
  /** Whether the pattern is made of plain words only (most are), so it is matched on words, without a RegExp. */
  literal: (boolean | undefined)[];
  /** The matches in the last few texts searched, by search (see remember). */
  leftmost: Map<string, IndexedMatch[]>;
  every: Map<string, IndexedMatch[]>;
  /** Each plain-word pattern in slots (see slotsOf), or null when it needs the general matcher; on first use. */
  slots: (Slot[][] | null | undefined)[];
  /** byWord as two arrays, for a loop over the list's first words (made on first use). */
  firstWords?: { words: string[]; candidates: number[][] };
  /** The patterns that may start at a word, longest first (see candidatesFor), for the words seen so far. */
  candidates: Map<string, readonly number[] | null>;
}

const WORD_TOKEN = /[a-z0-9\u00C0-\u024F_]+(?:'[a-z0-9\u00C0-\u024F_]+)*/g;
const KEY = /^[a-z0-9\u00C0-\u024F_]+(?:'[a-z0-9\u00C0-\u024F_]+)*/;
const cache = new Map<string, Compiled>();

const cacheByList = new WeakMap<readonly string[], Compiled>();

const PLAIN_START = /^[a-z0-9\u00C0-\u024F_]+(?:'[a-z0-9\u00C0-\u024F_]+)*(?=\s|$)/;

function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  for (const c of pattern) {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

function treeOf(compiled: Compiled, i: number): Node[][] {
  return (compiled.trees[i] ??= parse(compiled.texts[i]!));
}

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
    trees: [],
    texts: patterns.map((p) => fold(p.trim())),
    regexps: [],
    lengths: patterns.map((p) => p.length),
    required: [],
    literal: [],
    leftmost: new Map(),
    every: new Map(),
    candidates: new Map(),
    slots: [],
  };
  // Longer patterns first, so the fullest phrase wins at a given position.
  const order = patterns.map((_, i) => i).sort((a, b) => patterns[b]!.length - patterns[a]!.length);
  const push = <K>(map: Map<K, number[]>, k: K, i: number) => {
    const list = map.get(k);
    if (!list) map.set(k, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  for (const i of order) {
    // Most patterns open with a plain word and have no top-level alternation: index them by
    // that word and parse them only if a text ever holds it. That keeps start-up quick.
    const plainStart = PLAIN_START.exec(compiled.texts[i]!)?.[0];
    const firsts = plainStart && !hasTopLevelAlternation(compiled.texts[i]!) ? [plainStart] : firstWords(treeOf(compiled, i));
    for (const first of firsts) {
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

/**
 * What a text must contain for the pattern to match, as clauses of words of
 * which at least one must be present: `you('ll| will) have to` needs "you",
 * one of "you'll", "will", and "have" and "to". Optional parts add nothing;
 * a group whose alternatives need nothing (a prefix `frustrat*`, or a word
 * joined to punctuation) adds no clause either.
 */
function requiredWords(alternatives: readonly Node[][]): Clause[] {
  const clausesOf = (nodes: readonly Node[]): string[][] => {
    const clauses: string[][] = [];
    for (const node of nodes) {
      if (node.type === 'word') {
        if (KEY.exec(node.text)?.[0] === node.text) clauses.push([node.text]);
      } else if (node.type === 'group' && !node.optional) {
        clauses.push(...groupClause(node.alternatives));
      }
    }
    return clauses;
  };
  // Any alternative may match, so the pattern needs one of the words its alternatives need.
  const groupClause = (options: readonly Node[][]): string[][] => {
    const perAlternative = options.map(clausesOf);
    if (perAlternative.length === 1) return perAlternative[0]!;
    if (perAlternative.some((clauses) => clauses.length === 0)) return [];
    return [[...new Set(perAlternative.flat(2))]];
  };
  return groupClause(alternatives).map(internClause);
}

/** Words of which a text must hold one, numbered for the per-text record of which it holds (Tokens.held). */
interface Clause {
  id: number;
  words: readonly string[];
}

const clauses = new Map<string, Clause>();

/** One clause per distinct list of words: lists repeat the same alternations ("(is|are|was|were)"). */
function internClause(words: string[]): Clause {
  const key = words.join('|');
  let known = clauses.get(key);
  if (!known) clauses.set(key, (known = { id: clauses.size, words }));
  return known;
}


/** The literal words a pattern can begin with, through alternations and optional groups. */
function firstWords(alternatives: Node[][]): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly Node[], from: number) => {
    for (let i = from; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.type === 'space') continue;
      if (node.type === 'word') {
        out.push(node.text);
        return;
      }
      for (const alternative of node.alternatives) walk([...alternative, ...nodes.slice(i + 1)], 0);
      if (!node.optional) return;
    }
  };
  for (const sequence of alternatives) walk(sequence, 0);
  return out;
}

function regexpOf(compiled: Compiled, i: number): RegExp {
  return (compiled.regexps[i] ??= new RegExp(sourceOf(treeOf(compiled, i)), 'y'));
}

/** Throws PatternError when a pattern does not parse. */
export function validatePattern(pattern: string): void {
  parse(fold(pattern.trim()));
}

const folds = new Map<string, string>();
const FOLD_CACHE_SIZE = 16;

/**
 * Lower case with curly apostrophes straightened, keeping every offset: a
 * character whose lower case has another length stays as it is. Matching
 * folded text against folded patterns is much cheaper to compile than the
 * `i` flag. The last few texts are remembered, since rules search the same
 * draft many times.
 */
export function foldCase(text: string): string {
  let folded = folds.get(text);
  if (folded === undefined) {
    folded = fold(text);
    if (folds.size >= FOLD_CACHE_SIZE) folds.delete(folds.keys().next().value!);
    folds.set(text, folded);
  }
  return folded;
}

function fold(text: string): string {
  // Fast path: lower-casing never shortens a character, so an unchanged length means
  // every offset is kept.
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(/[’‘ʼ]/g, "'");
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '’' || c === '‘' || c === 'ʼ') folded += "'";
    else {
      const lowered = c.toLowerCase();
      folded += lowered.length === 1 ? lowered : c;
    }
  }
  return folded;
}

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
 * Calls `visit` at every place a pattern could start (each word, and each
 * punctuation character some pattern starts with) with the patterns that may
 * start there, longest first.
 */
/** The words of a folded text: where each starts and ends. */
interface Tokens {
  starts: number[];
  ends: number[];
  words: string[];
  /** Where each distinct word occurs (token indices), and the distinct words in order; made on first use. */
  positions?: Map<string, number[]>;
  distinct?: string[];
  /** This text's number in the record of which clauses a text holds (see holdsClause). */
  epoch?: number;
}

const tokenCache = new Map<string, Tokens>();
const TOKEN_CACHE_SIZE = 16;
const WORDS = new RegExp(WORD_TOKEN.source, 'g');

/** The words of a folded text; the last few texts are remembered, as several lists search each one. */
function tokenize(folded: string): Tokens {
  let tokens = tokenCache.get(folded);
  if (tokens) return tokens;
  tokens = { starts: [], ends: [], words: [] };
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(folded); m; m = WORDS.exec(folded)) {
    tokens.starts.push(m.index);
    tokens.ends.push(m.index + m[0].length);
    tokens.words.push(m[0]);
  }
  if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.delete(tokenCache.keys().next().value!);
  tokenCache.set(folded, tokens);
  return tokens;
}

/** Where each distinct word of a text occurs, as token indices, and the distinct words. */
function wordIndexOf(tokens: Tokens): { positions: Map<string, number[]>; distinct: string[] } {
  if (!tokens.positions || !tokens.distinct) {
    const positions = new Map<string, number[]>();
    const distinct: string[] = [];
    for (let k = 0; k < tokens.words.length; k++) {
      const word = tokens.words[k]!;
      const list = positions.get(word);
      if (list) list.push(k);
      else {
        positions.set(word, [k]);
        distinct.push(word);
      }
    }
    tokens.positions = positions;
    tokens.distinct = distinct;
  }
  return { positions: tokens.positions, distinct: tokens.distinct };
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
  const epoch = (tokens.epoch ??= nextEpoch++);
  const holds = (clause: Clause) => holdsClause(clause, epoch, positions, distinct);
  const isPossible = (i: number) => (possible[i] ??= (compiled.required[i] ??= requiredWords(treeOf(compiled, i))).every(holds));

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

/**
 * Whether a text holds a word of each clause, for the text searched last: by
 * clause, the text's number and the answer. Several lists search one text in
 * turn, and share the clauses they repeat; a text searched again later may
 * find its answers overwritten, and works them out again.
 */
let heldBy = new Int32Array(1024).fill(-1);
let heldAnswer = new Uint8Array(1024);
let nextEpoch = 0;

function holdsClause(clause: Clause, epoch: number, positions: ReadonlyMap<string, unknown>, distinct: readonly string[]): boolean {
  if (clause.id >= heldBy.length) {
    const by = new Int32Array(clause.id * 2).fill(-1);
    by.set(heldBy);
    const answer = new Uint8Array(clause.id * 2);
    answer.set(heldAnswer);
    [heldBy, heldAnswer] = [by, answer];
  }
  if (heldBy[clause.id] !== epoch) {
    heldBy[clause.id] = epoch;
    heldAnswer[clause.id] = textHolds(positions, distinct, clause.words) ? 1 : 0;
  }
  return heldAnswer[clause.id] === 1;
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

/** Whether offset `p` falls inside a word token (an apostrophe in "can't"). */
function insideToken(tokens: Tokens, p: number): boolean {
  let lo = 0;
  let hi = tokens.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.ends[mid]! <= p) lo = mid + 1;
    else if (tokens.starts[mid]! > p) hi = mid - 1;
    else return true;
  }
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
  const tree = treeOf(compiled, i);
  let end: number | undefined;
  if (token >= 0 && (compiled.literal[i] ??= isLiteral(tree))) {
    const slots = compiled.slots[i] === undefined ? (compiled.slots[i] = slotsOf(tree)) : compiled.slots[i];
    end = slots ? matchSlotSequences(folded, tokens, slots, token) : matchWords(folded, tokens, tree, token);
  } else {
    const regexp = regexpOf(compiled, i);
    regexp.lastIndex = position;
    const m = regexp.exec(folded);
    if (m && m[0].length > 0 && !BLANK_LINE.test(m[0])) end = position + m[0].length;
  }
  return end === undefined ? undefined : { start: position, end, text: text.slice(position, end), pattern: i };
}

/** One word of a plain-word pattern: a word, or one of a group's single-word alternatives (`(sorry|apologise)`, `frustrat*`). */
interface Slot {
  words?: ReadonlySet<string>;
  prefixes?: readonly string[];
}

/** More sequences than this, and a pattern keeps the general matcher. */
const MAX_SEQUENCES = 64;

/**
 * A plain-word pattern as the word sequences it can match, in the order the
 * general matcher tries them (alternatives in order, an optional part taken
 * before it is skipped), so the first sequence that matches gives the same
 * match. Sequences are matched without the general matcher's allocations.
 * Null when the pattern would make too many.
 */
function slotsOf(alternatives: readonly Node[][]): Slot[][] | null {
  const sequences: Slot[][] = [];
  for (const nodes of alternatives) {
    const expanded = expand(nodes.filter((n) => n.type !== 'space'));
    if (!expanded || sequences.push(...expanded) > MAX_SEQUENCES) return null;
  }
  return sequences;
}

function expand(nodes: readonly Node[]): Slot[][] | null {
  if (nodes.length === 0) return [[]];
  const heads = headsOf(nodes[0]!);
  const tails = heads && expand(nodes.slice(1));
  if (!heads || !tails || heads.length * tails.length > MAX_SEQUENCES) return null;
  return heads.flatMap((head) => tails.map((tail) => [...head, ...tail]));
}

/** The ways a node can begin a sequence: one slot for a word or a group of single words. */
function headsOf(node: Node): Slot[][] | null {
  if (node.type === 'word') return [[slotOf([node.text])]];
  if (node.type === 'space') return [[]];
  const options = node.alternatives.map((a) => a.filter((n) => n.type !== 'space'));
  let heads: Slot[][] = [];
  if (options.every((o) => o.length === 1 && o[0]!.type === 'word')) {
    // Single words: whichever matches takes the one word, so they are one slot.
    heads = [[slotOf(options.map((o) => (o[0] as { text: string }).text))]];
  } else {
    for (const option of options) {
      const expanded = expand(option);
      if (!expanded) return null;
      heads.push(...expanded);
    }
  }
  return node.optional ? [...heads, []] : heads;
}

function slotOf(texts: readonly string[]): Slot {
  const words = texts.filter((t) => !t.endsWith('*'));
  const prefixes = texts.filter((t) => t.endsWith('*')).map((t) => t.slice(0, -1));
  return { ...(words.length > 0 ? { words: new Set(words) } : {}), ...(prefixes.length > 0 ? { prefixes } : {}) };
}

/** The same as matchWords, for a pattern as word sequences: the end of the first sequence that matches. */
function matchSlotSequences(folded: string, tokens: Tokens, sequences: readonly Slot[][], token: number): number | undefined {
  const start = tokens.starts[token]!;
  if (folded[start - 1] === '-' && isAlnum(folded[start - 2])) return undefined;
  for (const slots of sequences) {
    const end = matchSlots(folded, tokens, slots, 0, token, true);
    if (end !== undefined) return end;
  }
  return undefined;
}

function matchSlots(folded: string, tokens: Tokens, slots: readonly Slot[], i: number, token: number, atStart: boolean): number | undefined {
  if (i === slots.length) {
    if (atStart) return undefined; // an empty match
    const end = tokens.ends[token - 1]!;
    return folded[end] === '-' && isAlnum(folded[end + 1]) ? undefined : end;
  }
  const word = tokens.words[token];
  if (word === undefined || !fillsSlot(slots[i]!, word)) return undefined;
  if (!atStart && !isWordGap(folded, tokens.ends[token - 1]!, tokens.starts[token]!)) return undefined;
  return matchSlots(folded, tokens, slots, i + 1, token + 1, false);
}

function fillsSlot(slot: Slot, word: string): boolean {
  if (slot.words?.has(word)) return true;
  if (slot.prefixes) for (const prefix of slot.prefixes) if (word.startsWith(prefix)) return true;
  return false;
}

/** Plain words only: no punctuation inside a word, so tokens can be compared directly. */
function isLiteral(alternatives: readonly Node[][]): boolean {
  return alternatives.every((nodes) =>
    nodes.every((node) =>
      node.type === 'space' ||
      (node.type === 'word' ? KEY.exec(node.text.replace(/\*$/, ''))?.[0] === node.text.replace(/\*$/, '') : isLiteral(node.alternatives)),
    ),
  );
}

type Continue = (token: number, atStart: boolean) => number | undefined;

/**
 * Matches a plain-word pattern on the words from `token` on and returns the
 * offset where the match ends. It follows the RegExp's rules exactly:
 * alternatives in order, optional parts tried first, whole words, white space
 * with at most one line break between them, no hyphen joining a word on either side.
 */
function matchWords(folded: string, tokens: Tokens, alternatives: readonly Node[][], token: number): number | undefined {
  const start = tokens.starts[token]!;
  if (folded[start - 1] === '-' && isAlnum(folded[start - 2])) return undefined;
  const finish: Continue = (next, atStart) => {
    if (atStart) return undefined; // an empty match
    const end = tokens.ends[next - 1]!;
    return folded[end] === '-' && isAlnum(folded[end + 1]) ? undefined : end;
  };
  for (const nodes of alternatives) {
    const end = matchNodes(folded, tokens, nodes, 0, token, true, finish);
    if (end !== undefined) return end;
  }
  return undefined;
}

function matchNodes(
  folded: string,
  tokens: Tokens,
  nodes: readonly Node[],
  i: number,
  token: number,
  atStart: boolean,
  then: Continue,
): number | undefined {
  if (i === nodes.length) return then(token, atStart);
  const node = nodes[i]!;
  if (node.type === 'space') return matchNodes(folded, tokens, nodes, i + 1, token, atStart, then);
  if (node.type === 'word') {
    const word = tokens.words[token];
    if (word === undefined) return undefined;
    if (!atStart && !isWordGap(folded, tokens.ends[token - 1]!, tokens.starts[token]!)) return undefined;
    const matches = node.text.endsWith('*') ? word.startsWith(node.text.slice(0, -1)) : word === node.text;
    return matches ? matchNodes(folded, tokens, nodes, i + 1, token + 1, false, then) : undefined;
  }
  const rest: Continue = (next, stillAtStart) => matchNodes(folded, tokens, nodes, i + 1, next, stillAtStart, then);
  const shape = groupShape(node);
  const word = tokens.words[token];
  // The group's alternatives cannot start at this word: only skipping an optional group is left.
  if (shape.firsts && (word === undefined || !shape.firsts.has(word))) return node.optional ? rest(token, atStart) : undefined;
  if (shape.singleWords) {
    // One word out of many: at most one alternative can match, so a set lookup is the same as trying each.
    const end = matchNodes(folded, tokens, [{ type: 'word', text: word! }], 0, token, atStart, rest);
    if (end !== undefined) return end;
  } else {
    for (const alternative of node.alternatives) {
      const end = matchNodes(folded, tokens, alternative, 0, token, atStart, rest);
      if (end !== undefined) return end;
    }
  }
  return node.optional ? rest(token, atStart) : undefined;
}

interface GroupShape {
  /** The words some alternative must start with; undefined when one may start otherwise (a prefix, or nothing). */
  firsts?: Set<string>;
  /** Every alternative is one plain word. */
  singleWords: boolean;
}

const groupShapes = new WeakMap<Node, GroupShape>();

function groupShape(node: Extract<Node, { type: 'group' }>): GroupShape {
  let shape = groupShapes.get(node);
  if (!shape) {
    const plain = (n: Node | undefined) => n?.type === 'word' && !n.text.endsWith('*');
    const canBeEmpty = node.alternatives.some((a) => a.every((n) => n.type === 'space' || (n.type === 'group' && n.optional)));
    const starts = firstWords(node.alternatives);
    shape = {
      singleWords: node.alternatives.every((a) => a.length === 1 && plain(a[0])),
      ...(canBeEmpty || starts.some((w) => w.endsWith('*') || KEY.exec(w)?.[0] !== w) ? {} : { firsts: new Set(starts) }),
    };
    groupShapes.set(node, shape);
  }
  return shape;
}

/** White space only, with at most one line break. */
function isWordGap(folded: string, from: number, to: number): boolean {
  if (to <= from) return false;
  let breaks = 0;
  for (let p = from; p < to; p++) {
    const c = folded[p]!;
    if (c === '\n' || (c === '\r' && folded[p + 1] !== '\n')) breaks++;
    else if (!isSpace(c) && c !== '\r' && c !== '\f' && c !== '\v') return false;
  }
  return breaks <= 1;
}

const isAlnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9\u00C0-\u024F]/.test(c);

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
