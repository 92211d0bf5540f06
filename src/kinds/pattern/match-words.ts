/**
 * Matching a plain-word pattern on the words of a text, from a given word:
 * as word sequences where the pattern has few (most), else on its tree. Both
 * follow the pattern's RegExp exactly (tests/src/kinds/pattern.test.ts holds
 * them to it): alternatives in order, optional parts tried first, whole words,
 * white space with at most one line break between them, no hyphen joining a
 * word on either side.
 */
import { firstWords, type Slot } from './analysis.js';
import type { Node } from './syntax.js';
import { isAlnum, isWordGap, KEY, type Tokens } from './text.js';

/** The same as matchWords, for a pattern as word sequences: the end of the first sequence that matches. */
export function matchSlotSequences(folded: string, tokens: Tokens, sequences: readonly Slot[][], token: number): number | undefined {
  const start = tokens.starts[token]!;
  if (folded[start - 1] === '-' && isAlnum(folded[start - 2])) return undefined;
  const word = tokens.words[token];
  if (word === undefined) return undefined;
  // Only the sequences whose first slot takes this word, with that slot already filled.
  for (const slots of startingWith(sequences, word)) {
    const end = matchSlots(folded, tokens, slots, 1, token + 1, false);
    if (end !== undefined) return end;
  }
  return undefined;
}

const byFirstWord = new WeakMap<readonly Slot[][], Map<string, readonly Slot[][]>>();

/**
 * The sequences, in order, that can start with `word`: a pattern with
 * optional parts has many, and most share their first words, so each is
 * otherwise tried from its first slot again. Made once per pattern and word.
 */
function startingWith(sequences: readonly Slot[][], word: string): readonly Slot[][] {
  let cache = byFirstWord.get(sequences);
  if (!cache) byFirstWord.set(sequences, (cache = new Map()));
  let found = cache.get(word);
  if (!found) cache.set(word, (found = sequences.filter((slots) => slots.length > 0 && fillsSlot(slots[0]!, word))));
  return found;
}

function matchSlots(folded: string, tokens: Tokens, slots: readonly Slot[], i: number, token: number, atStart: boolean): number | undefined {
  if (i === slots.length) {
    if (atStart) return undefined; // an empty match
    const end = tokens.ends[token - 1]!;
    return folded[end] === '-' && isAlnum(folded[end + 1]) ? undefined : end;
  }
  const word = wordAt(tokens, token);
  if (word === undefined || !fillsSlot(slots[i]!, word)) return undefined;
  if (!atStart && !isWordGap(folded, tokens.ends[token - 1]!, tokens.starts[token]!)) return undefined;
  return matchSlots(folded, tokens, slots, i + 1, token + 1, false);
}

/**
 * The word at `token`, or undefined past the last one, without reading past
 * the end of the array: optimised code that does is thrown away and compiled again.
 */
function wordAt(tokens: Tokens, token: number): string | undefined {
  return token < tokens.words.length ? tokens.words[token] : undefined;
}

function fillsSlot(slot: Slot, word: string): boolean {
  if (slot.words?.has(word)) return true;
  if (slot.prefixes) for (const prefix of slot.prefixes) if (word.startsWith(prefix)) return true;
  return false;
}

type Continue = (token: number, atStart: boolean) => number | undefined;

/**
 * Matches a plain-word pattern on the words from `token` on and returns the
 * offset where the match ends. It follows the RegExp's rules exactly:
 * alternatives in order, optional parts tried first, whole words, white space
 * with at most one line break between them, no hyphen joining a word on either side.
 */
export function matchWords(folded: string, tokens: Tokens, alternatives: readonly Node[][], token: number): number | undefined {
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
    const word = wordAt(tokens, token);
    if (word === undefined) return undefined;
    if (!atStart && !isWordGap(folded, tokens.ends[token - 1]!, tokens.starts[token]!)) return undefined;
    const matches = node.text.endsWith('*') ? word.startsWith(node.text.slice(0, -1)) : word === node.text;
    return matches ? matchNodes(folded, tokens, nodes, i + 1, token + 1, false, then) : undefined;
  }
  const rest: Continue = (next, stillAtStart) => matchNodes(folded, tokens, nodes, i + 1, next, stillAtStart, then);
  const shape = groupShape(node);
  const word = wordAt(tokens, token);
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
  firsts: Set<string> | undefined;
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
      firsts: canBeEmpty || starts.some((w) => w.endsWith('*') || KEY.exec(w)?.[0] !== w) ? undefined : new Set(starts),
    };
    groupShapes.set(node, shape);
  }
  return shape;
}
