/**
 * What a parsed pattern implies, worked out once per pattern (by its folded
 * text, whichever lists hold it): the words it can start with, the words a
 * text must hold for it to match, whether it is plain words only, and its
 * word sequences for the word matcher. The command's build saves these for
 * the built-in phrase lists (exportAnalyses) and the command loads them at
 * start-up (preloadAnalyses), so a cold start parses none of them.
 */
import { parse, sourceOf, type Node } from './syntax.js';
import commonWords from './common-words.json' with { type: 'json' };
import { KEY } from './text.js';

/** Words of which a text must hold one; one array per distinct clause (see internClause). */
export type Clause = readonly string[];

/**
 * One word of a plain-word pattern: a word, or one of a group's single-word
 * alternatives (`(sorry|apologise)`, `frustrat*`). Every slot has both fields,
 * so the matcher's hot loop sees one object shape.
 */
export interface Slot {
  words: ReadonlySet<string> | undefined;
  prefixes: readonly string[] | undefined;
}

const trees = new Map<string, Node[][]>();
const firsts = new Map<string, string[]>();
const required = new Map<string, readonly Clause[]>();
const literals = new Map<string, boolean>();
const sequences = new Map<string, Slot[][] | null>();
const sources = new Map<string, string>();
const starts = new Map<string, readonly Clause[][]>();

export function treeOf(text: string): Node[][] {
  let tree = trees.get(text);
  if (!tree) trees.set(text, (tree = parse(text)));
  return tree;
}

/** One part of a pattern's analysis: remembered, read from the saved analyses when they hold the pattern, else worked out. */
function analysed<T>(cache: Map<string, T>, text: string, read: (fields: string[]) => T, work: () => T): T {
  let value = cache.get(text);
  if (value === undefined) {
    const fields = stored(text);
    value = fields ? read(fields) : work();
    cache.set(text, value);
  }
  return value;
}

const PLAIN_START = new RegExp(`${KEY.source}(?=\\s|$)`);

/** The literal words (or `prefix*`, or a punctuation start) a pattern can begin with, through alternations and optional groups. */
export function firstWordsOf(text: string): string[] {
  return analysed(firsts, text, ([field = '']) => (field === '' ? [] : unescape(field).split('|')), () => {
    // Most patterns open with a plain word and have no top-level alternation: read it off without parsing.
    const plainStart = PLAIN_START.exec(text)?.[0];
    return plainStart && !hasTopLevelAlternation(text) ? [plainStart] : firstWords(treeOf(text));
  });
}

/** For each of firstWordsOf's words, what else a text must hold for a match to begin there (see startClauses). */
export function startClausesOf(text: string): readonly Clause[][] {
  return analysed(starts, text, ([, , , , , field = '']) => storedStartClauses(field), () => startClauses(treeOf(text)));
}

/** What a text must contain for the pattern to match (see requiredWords). */
export function requiredOf(text: string): readonly Clause[] {
  return analysed(required, text, (fields) => numbers(fields[1] ?? '').map(storedClause), () => requiredWords(treeOf(text)));
}

/** Plain words only: no punctuation inside a word, so it is matched on words, without a RegExp. */
export function isLiteralPattern(text: string): boolean {
  return analysed(literals, text, (fields) => fields[2] === '1', () => isLiteral(treeOf(text)));
}

/** The RegExp source of a pattern that is not plain words (see sourceOf). */
export function regexpSourceOf(text: string): string {
  const work = () => sourceOf(treeOf(text));
  return analysed(sources, text, (fields) => unescape(fields[4] ?? '') || work(), work);
}

/** The word sequences of a plain-word pattern (see slotsOf), or null when it needs the general word matcher. */
export function sequencesOf(text: string): Slot[][] | null {
  const work = () => slotsOf(treeOf(text));
  return analysed(sequences, text, (fields) => (fields[2] === '1' ? storedSequences(fields[3] ?? '') : work()), work);
}

function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  for (const c of pattern) {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The literal words a pattern can begin with, through alternations and optional groups. */
export function firstWords(alternatives: readonly Node[][]): string[] {
  return startsIn(alternatives).map((start) => start.word);
}

/**
 * The ways a match can begin: each is the rest of the pattern from one of its
 * first words (or a punctuation character), with leading groups opened and
 * skipped optional parts left out, in the order the alternatives are tried.
 */
function startsIn(alternatives: readonly Node[][]): { word: string; rest: Node[] }[] {
  const out: { word: string; rest: Node[] }[] = [];
  const walk = (nodes: readonly Node[]) => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.type === 'space') continue;
      if (node.type === 'word') {
        out.push({ word: node.text, rest: nodes.slice(i + 1) });
        return;
      }
      for (const alternative of node.alternatives) walk([...alternative, ...nodes.slice(i + 1)]);
      if (!node.optional) return;
    }
  };
  for (const sequence of alternatives) walk(sequence);
  return out;
}

/**
 * What a text must contain for the pattern to match, as clauses of words of
 * which at least one must be present: `you('ll| will) have to` needs "you",
 * one of "you'll", "will", and "have" and "to". Optional parts add nothing;
 * a group whose alternatives need nothing (a prefix `frustrat*`, or a word
 * joined to punctuation) adds no clause either.
 */
function requiredWords(alternatives: readonly Node[][]): Clause[] {
  return groupClauses(alternatives).map(internClause);
}

/** The clauses a run of nodes needs: each plain word, and what each group that is not optional needs. */
function sequenceClauses(nodes: readonly Node[]): string[][] {
  const clauses: string[][] = [];
  for (const node of nodes) {
    if (node.type === 'word') {
      if (KEY.exec(node.text)?.[0] === node.text) clauses.push([node.text]);
    } else if (node.type === 'group' && !node.optional) {
      clauses.push(...groupClauses(node.alternatives));
    }
  }
  return clauses;
}

/**
 * Any alternative may match, so a group needs one of the words its
 * alternatives need: from each, the words of its rarest clause, so that
 * "(i think|i believe|perhaps)" needs one of "think", "believe", "perhaps"
 * rather than just an "i".
 */
function groupClauses(options: readonly Node[][]): string[][] {
  const perAlternative = options.map(sequenceClauses);
  if (perAlternative.length === 1) return perAlternative[0]!;
  if (perAlternative.some((clauses) => clauses.length === 0)) return [];
  return [[...new Set(perAlternative.flatMap((clauses) => rarest(clauses)!))]];
}

const COMMON = new Set(commonWords.words);

/** The clause whose words are least likely in a text: the fewest common words, then the fewest words. */
export function rarest(clauses: readonly (readonly string[])[]): readonly string[] | undefined {
  let best: readonly string[] | undefined;
  let bestCost = Infinity;
  for (const clause of clauses) {
    let cost = clause.length;
    for (const word of clause) if (COMMON.has(word)) cost += 1000;
    if (cost < bestCost) {
      best = clause;
      bestCost = cost;
    }
  }
  return best;
}

/**
 * For each of a pattern's first words (firstWordsOf, same order), what else
 * a text must hold for a match to begin there: "(i think|perhaps) so" may
 * begin at an "i" only in a text with "think" and "so" in it.
 */
function startClauses(alternatives: readonly Node[][]): Clause[][] {
  return startsIn(alternatives).map(({ rest }) => sequenceClauses(rest).map(internClause));
}

const clauses = new Map<string, Clause>();

/**
 * One array per distinct clause: lists repeat the same alternations ("(is|are|was|were)"),
 * and a search works out once per text whether the text holds one of its words.
 */
function internClause(words: readonly string[]): Clause {
  const key = words.join('|');
  let known = clauses.get(key);
  if (!known) clauses.set(key, (known = words));
  return known;
}

function isLiteral(alternatives: readonly Node[][]): boolean {
  return alternatives.every((nodes) =>
    nodes.every((node) =>
      node.type === 'space' ||
      (node.type === 'word' ? KEY.exec(node.text.replace(/\*$/, ''))?.[0] === node.text.replace(/\*$/, '') : isLiteral(node.alternatives)),
    ),
  );
}

/** More sequences than this, and a pattern keeps the general word matcher. */
const MAX_SEQUENCES = 64;

/**
 * A plain-word pattern as the word sequences it can match, in the order the
 * general matcher tries them (alternatives in order, an optional part taken
 * before it is skipped), so the first sequence that matches gives the same
 * match. Null when the pattern would make too many.
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
  return { words: words.length > 0 ? new Set(words) : undefined, prefixes: prefixes.length > 0 ? prefixes : undefined };
}

/**
 * Saved analyses, as text rather than JSON, which would build every object
 * at start-up: a pattern's line is only split when the pattern is searched
 * for. Slots and clauses are listed once and referred to by number
 * ("refund|issue|send|…" recurs in many sequences); words are joined by `|`,
 * prefixes keep their `*`.
 *
 *     S <slot words>
 *     C <clause words>
 *     P <folded pattern> TAB <first words> TAB <clause numbers> TAB <1 plain words, else 0> TAB <sequences> TAB <RegExp source> TAB <start clauses>
 *
 * Sequences are slot numbers joined by `,`, sequences by `;`; `-` for a
 * plain-word pattern with too many, nothing for one that is not plain words.
 * The RegExp source is there only for a pattern that is not plain words.
 * Start clauses are clause numbers joined by `,`, one list per first word,
 * joined by `;`. A backslash or a character outside ASCII is written
 * `\u{hex}`, so the file stays ASCII.
 */
const HEADER = 'tonecheck pattern analyses 4';

let saved: { slots: string[]; clauses: string[]; lines: Map<string, string> } | undefined;
let savedSlots: Slot[] = [];
let savedClauses: Clause[] = [];

/** The analyses of these patterns (folded texts), worked out now, for preloadAnalyses in a later process. */
export function exportAnalyses(texts: Iterable<string>): string {
  const slots: string[] = [];
  const clauseLines: string[] = [];
  const patterns: string[] = [];
  const number = (list: string[], known: Map<string, number>, key: string) => {
    let n = known.get(key);
    if (n === undefined) known.set(key, (n = list.push(key) - 1));
    return n;
  };
  const slotNumbers = new Map<string, number>();
  const clauseNumbers = new Map<string, number>();
  const slotKey = (slot: Slot) => [...(slot.words ?? []), ...(slot.prefixes ?? []).map((p) => `${p}*`)].join('|');
  for (const text of texts) {
    // Tabs and line breaks would break the format: such a pattern is analysed when used.
    if (/[\t\n\r]/.test(text)) continue;
    const literal = isLiteralPattern(text);
    const sequences = literal ? sequencesOf(text) : undefined;
    const fields = [
      firstWordsOf(text).join('|'),
      requiredOf(text).map((clause) => number(clauseLines, clauseNumbers, clause.join('|'))).join(','),
      literal ? '1' : '0',
      sequences === undefined ? '' : sequences === null ? '-' : sequences.map((seq) => seq.map((slot) => number(slots, slotNumbers, slotKey(slot))).join(',')).join(';'),
      literal ? '' : regexpSourceOf(text),
      startClausesOf(text).map((needs) => needs.map((clause) => number(clauseLines, clauseNumbers, clause.join('|'))).join(',')).join(';'),
    ];
    patterns.push(`P ${text}\t${fields.join('\t')}`);
  }
  return escape([HEADER, ...slots.map((slot) => `S ${slot}`), ...clauseLines.map((clause) => `C ${clause}`), ...patterns, ''].join('\n'));
}

/** In ASCII, so the file reads as a one-byte string: "naïve" is saved as "na\u{ef}ve", a backslash as "\u{5c}". */
const UNSAFE = /[\\]|[^\x00-\x7F]/u;
const ESCAPED = /\\u\{([0-9a-f]+)\}/g;

function escape(text: string): string {
  return UNSAFE.test(text) ? text.replace(new RegExp(UNSAFE, 'gu'), (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`) : text;
}

function unescape(text: string): string {
  return text.includes('\\') ? text.replace(ESCAPED, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))) : text;
}

/** Analyses saved by exportAnalyses: patterns found there are never parsed. Anything else is ignored. */
export function preloadAnalyses(content: string): void {
  const lines = content.split('\n');
  if (lines[0] !== HEADER) return;
  saved = { slots: [], clauses: [], lines: new Map() };
  savedSlots = [];
  savedClauses = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    // Kept as saved, escapes and all, and read when asked for: most patterns are never searched for.
    if (line.startsWith('S ')) saved.slots.push(line.slice(2));
    else if (line.startsWith('C ')) saved.clauses.push(line.slice(2));
    else if (line.startsWith('P ')) {
      const tab = line.indexOf('\t');
      saved.lines.set(line.slice(2, tab), line.slice(tab + 1));
    }
  }
}

/**
 * A saved pattern's fields (first words, clauses, plain words, sequences,
 * RegExp source, start clauses), each read when asked for; only the first
 * words and the RegExp source can hold escapes.
 */
function stored(text: string): string[] | undefined {
  const fields = saved?.lines.get(escape(text));
  return fields?.split('\t');
}

const numbers = (list: string) => (list === '' ? [] : list.split(',').map(Number));

function storedSequences(field: string): Slot[][] | null {
  if (field === '-') return null;
  return field === '' ? [[]] : field.split(';').map((seq) => numbers(seq).map(storedSlot));
}

function storedStartClauses(field: string): Clause[][] {
  return field.split(';').map((needs) => numbers(needs).map(storedClause));
}

/** A saved clause, looked up once however many patterns share it. */
function storedClause(n: number): Clause {
  return (savedClauses[n] ??= internClause(unescape(saved!.clauses[n]!).split('|')));
}

/** A saved slot, made once however many sequences share it. */
function storedSlot(n: number): Slot {
  return (savedSlots[n] ??= slotOf(unescape(saved!.slots[n]!).split('|')));
}
