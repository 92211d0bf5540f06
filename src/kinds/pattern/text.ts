/**
 * The text side of matching: case folding that keeps offsets, and the words
 * of a folded text with where each starts and ends, remembered for the last
 * texts since many lists search each one.
 */

/** A word of folded text: letters and digits, joined by apostrophes ("can't"). */
export const WORD = /[a-z0-9\u00C0-\u024F_]+(?:'[a-z0-9\u00C0-\u024F_]+)*/;
/** A whole pattern word (no punctuation, no `*`). */
export const KEY = new RegExp(`^${WORD.source}`);

const folds = new Map<string, string>();
/**
 * Texts kept by the fold and word caches (and each list's matches, see
 * pattern.ts). Searches of one text come together, so two are enough; keeping
 * sixteen kept more of each draft alive through garbage collections and cost
 * about 5% more work than it saved, on short drafts and long ones alike.
 */
export const TEXTS_KEPT = 2;

/**
 * Lower case with curly apostrophes straightened, keeping every offset: a
 * character whose lower case has another length stays as it is. Matching
 * folded text against folded patterns is much cheaper to compile than the
 * `i` flag. The last texts are remembered, since rules search the same
 * draft many times.
 */
export function foldCase(text: string): string {
  let folded = folds.get(text);
  if (folded === undefined) {
    folded = fold(text);
    if (folds.size >= TEXTS_KEPT) folds.delete(folds.keys().next().value!);
    folds.set(text, folded);
  }
  return folded;
}

export function fold(text: string): string {
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

/** The words of a folded text: where each starts and ends. */
export interface Tokens {
  starts: number[];
  ends: number[];
  words: string[];
  /** Where each distinct word occurs (token indices), and the distinct words in order; made on first use. */
  positions: Map<string, number[]> | undefined;
  distinct: string[] | undefined;
}

const tokenCache = new Map<string, Tokens>();
const WORDS = new RegExp(WORD.source, 'g');

/** The words of a folded text; the last texts are remembered, as several lists search each one. */
export function tokenize(folded: string): Tokens {
  let tokens = tokenCache.get(folded);
  if (tokens) return tokens;
  // Every field from the start, so the words index added later does not change the object's shape.
  tokens = { starts: [], ends: [], words: [], positions: undefined, distinct: undefined };
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(folded); m; m = WORDS.exec(folded)) {
    tokens.starts.push(m.index);
    tokens.ends.push(m.index + m[0].length);
    tokens.words.push(m[0]);
  }
  if (tokenCache.size >= TEXTS_KEPT) tokenCache.delete(tokenCache.keys().next().value!);
  tokenCache.set(folded, tokens);
  return tokens;
}

/** Where each distinct word of a text occurs, as token indices, and the distinct words. */
export function wordIndexOf(tokens: Tokens): { positions: Map<string, number[]>; distinct: string[] } {
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

/** Whether offset `p` falls inside a word token (an apostrophe in "can't"). */
export function insideToken(tokens: Tokens, p: number): boolean {
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

/** White space only, with at most one line break. */
export function isWordGap(folded: string, from: number, to: number): boolean {
  if (to <= from) return false;
  let breaks = 0;
  for (let p = from; p < to; p++) {
    const c = folded[p]!;
    if (c === '\n' || (c === '\r' && folded[p + 1] !== '\n')) breaks++;
    else if (!(c === ' ' || c === '\t' || c === '\u00A0' || c === '\r' || c === '\f' || c === '\v')) return false;
  }
  return breaks <= 1;
}

export const isAlnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9\u00C0-\u024F]/.test(c);
