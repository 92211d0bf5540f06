/**
 * What changes how strongly a cue shows its feeling: a negation in its clause
 * cancels it, an intensifier or capitals raise it, a softener lowers it, an
 * exclamation mark heats it.
 */
import { lowerWords } from '../../document/chars.js';
import type { TextMatch } from '../../kinds/pattern.js';

const CLAUSE_BREAK = /[.!?;,:\n()]/;

/** The text from the start of the cue's clause up to the cue. */
export function clauseBefore(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
  return text.slice(start, offset);
}

/**
 * A negator governs the cue when only words like "be", "feel", "really" or
 * "at all" stand between them: "not angry", "wasn't at all worried". "Couldn't
 * be more frustrated" and "never been so annoyed" are the opposite of a negation.
 */
export function isNegated(before: string, negators: ReadonlySet<string>, scopeWords: ReadonlySet<string>): boolean {
  const words = lowerWords(before);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (negators.has(word) || word.endsWith("n't")) return !isComparison(word, words.slice(i + 1));
    if (!scopeWords.has(word)) return false;
  }
  return false;
}

/** "Couldn't be more", "never been so": the feeling at its highest, not denied. */
function isComparison(negator: string, between: readonly string[]): boolean {
  return between.includes('more') || (negator === 'never' && (between.includes('so') || between.includes('such')));
}

/** A modifier directly before the cue, with only white space between. */
export function rightBefore(text: string, modifiers: readonly TextMatch[], cueStart: number): boolean {
  for (const m of modifiers) {
    if (m.end > cueStart) break;
    if (m.end === cueStart || isBlank(text, m.end, cueStart)) return true;
  }
  return false;
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

const UPPER = /[A-Z]/;
const LOWER = /[a-z]/;

/** "FURIOUS", "THIRD time": capitals on a word that has letters to shout with. */
export function isShouted(text: string): boolean {
  return text.length > 2 && UPPER.test(text) && !LOWER.test(text);
}

/** The sentence the cue is in ends with "!". */
export function exclaimed(text: string, offset: number): boolean {
  for (let i = offset; i < text.length; i++) {
    const c = text[i]!;
    if (c === '!') return true;
    if (c === '.' || c === '?' || c === '\n') return false;
  }
  return false;
}
