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

import { fold } from './text.js';

export class PatternError extends Error {
  constructor(
    message: string,
    readonly pattern: string,
  ) {
    super(`${message} in phrase pattern "${pattern}"`);
    this.name = 'PatternError';
  }
}

export type Node =
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
export const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[^\S\r\n]*(?:\r\n|\r|\n)/;
const SPECIAL = new Set(['(', ')', '[', ']', '|']);

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00A0';

/** Parses a pattern into alternatives of node sequences; throws PatternError on bad syntax. */
export function parse(pattern: string): Node[][] {
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

/** The regular expression source of a parsed pattern: whole words, any white space between them. */
export function sourceOf(tree: Node[][]): string {
  return `${BEFORE_WORD}(?:${tree.map(compileSequence).join('|')})${AFTER_WORD}`;
}

/** Throws PatternError when a pattern does not parse. */
export function validatePattern(pattern: string): void {
  parse(fold(pattern.trim()));
}
