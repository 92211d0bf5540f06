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
      } else if (/\s/.test(c)) {
        while (i < pattern.length && /\s/.test(pattern[i]!)) i++;
        if (current.length > 0 && current[current.length - 1]!.type !== 'space') current.push({ type: 'space' });
      } else {
        let text = '';
        while (i < pattern.length && !SPECIAL.has(pattern[i]!) && !/\s/.test(pattern[i]!)) text += pattern[i++];
        current.push({ type: 'word', text });
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
  const alternatives = parse(pattern.trim()).map(compileSequence).join('|');
  return `${BEFORE_WORD}(?:${alternatives})${AFTER_WORD}`;
}

interface Compiled {
  regexp: RegExp;
  /** For each capture group, in order, the index of its pattern in the list given. */
  order: number[];
}

const cache = new Map<string, Compiled>();

function compileList(patterns: readonly string[]): Compiled {
  const key = patterns.join('\u0000');
  let compiled = cache.get(key);
  if (!compiled) {
    // Longer patterns first, so the fullest phrase wins at a given position.
    const order = patterns.map((_, i) => i).sort((a, b) => patterns[b]!.length - patterns[a]!.length);
    const source = order.map((i) => `(${compilePattern(fold(patterns[i]!))})`).join('|');
    compiled = { regexp: new RegExp(source, 'g'), order };
    cache.set(key, compiled);
  }
  return compiled;
}

/**
 * One global regular expression matching any of the patterns, compiled once
 * and cached. It runs on case-folded text (see `foldCase`).
 */
export function patternRegExp(patterns: readonly string[]): RegExp {
  return compileList(patterns).regexp;
}

const folds = new Map<string, string>();
const FOLD_CACHE_SIZE = 8;

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
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '’' || c === '‘' || c === 'ʼ') folded += "'";
    else {
      const lower = c.toLowerCase();
      folded += lower.length === 1 ? lower : c;
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

/** Every non-empty match of the patterns in a plain text, with the pattern that matched. */
export function matchPatternList(text: string, patterns: readonly string[]): IndexedMatch[] {
  if (patterns.length === 0) return [];
  const { regexp, order } = compileList(patterns);
  const out: IndexedMatch[] = [];
  for (const m of foldCase(text).matchAll(regexp)) {
    if (m[0].length === 0 || BLANK_LINE.test(m[0])) continue;
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const start = m.index;
    out.push({ start, end: start + m[0].length, text: text.slice(start, start + m[0].length), pattern: order[group - 1]! });
  }
  return out;
}

/** Every non-empty match of the patterns in a plain text. */
export function matchPatterns(text: string, patterns: readonly string[]): TextMatch[] {
  return matchPatternList(text, patterns).map(({ start, end, text: matched }) => ({ start, end, text: matched }));
}

/** True when any pattern matches somewhere in the text. */
export function testPatterns(text: string, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return false;
  const { regexp } = compileList(patterns);
  regexp.lastIndex = 0;
  const found = regexp.test(foldCase(text));
  regexp.lastIndex = 0;
  return found;
}
