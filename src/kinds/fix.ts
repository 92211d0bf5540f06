/**
 * Safe edits for phrase rules: removing a word or phrase that adds only tone
 * ("just", "obviously", "please be advised that") keeps the meaning, as long
 * as the spacing, commas and the capital at the start of the sentence are
 * repaired with it.
 */
import type { Draft } from '../document/draft.js';
import type { Edit, Sentence, Span } from '../types.js';
import { WORD_CHARS } from '../document/chars.js';

/**
 * An edit that deletes the first of `words` found inside `span`, or undefined
 * when no clean deletion exists (the word ends the sentence, or the repair
 * would touch a placeholder).
 */
export function deleteWordFix(draft: Draft, span: Span, sentence: Sentence, words: readonly string[]): Edit | undefined {
  const word = findWord(draft.text, span, words);
  return word && deleteSpanFix(draft, word, sentence);
}

/**
 * An edit that deletes `span` (words inside `sentence`) with its spacing and
 * commas, the next word taking the capital when the span opened the
 * sentence; undefined when no clean deletion exists (the span ends the
 * sentence, or the repair would touch a placeholder).
 */
export function deleteSpanFix(draft: Draft, span: Span, sentence: Sentence): Edit | undefined {
  const { text } = draft;
  let start = span.start;
  let end = span.end;
  const after = text.slice(end, sentence.end);
  const before = text.slice(sentence.start, start);

  const commaAfter = /^,[ \t]+/.exec(after);
  const spaceAfter = /^[ \t]+/.exec(after);
  if (/,[ \t]*$/.test(before) && commaAfter) {
    // "It is, obviously, fine" → "It is fine"
    start = sentence.start + before.search(/,[ \t]*$/);
    end += 1;
  } else if (commaAfter) {
    end += commaAfter[0].length;
  } else if (spaceAfter && end + spaceAfter[0].length < sentence.end) {
    end += spaceAfter[0].length;
  } else if (/[ \t]$/.test(before) && /^[.!?,;:]/.test(after)) {
    // "It works obviously." → "It works."
    start = sentence.start + before.search(/[ \t]+$/);
  } else {
    return undefined;
  }

  let replacement = '';
  // Only quotes, brackets or emoji before the span: it opens the sentence, unless a greeting's
  // comma comes before the sentence on its line ("Hi Jo, just click Save" goes on in lower case).
  const atSentenceStart = !WORD_CHAR.test(before) && !/,[ \t]*$/.test(text.slice(lineStart(text, sentence.start), sentence.start));
  const next = text[end];
  // A placeholder cannot take the capital.
  if (atSentenceStart && draft.touchesPlaceholder(end, end + 1)) return undefined;
  if (atSentenceStart && next !== undefined && next !== next.toUpperCase()) {
    end += 1;
    replacement = next.toUpperCase();
  }
  if (end >= sentence.end && replacement === '') return undefined;
  if (draft.touchesPlaceholder(start, end)) return undefined;
  return { start, end, text: replacement };
}

const WORD_CHAR = new RegExp(`[${WORD_CHARS}]`);

function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

const wordPatterns = new Map<string, RegExp>();

/** The whole word, in any case; made once per word, since fixes are computed for every finding. */
function wordPattern(word: string): RegExp {
  let pattern = wordPatterns.get(word);
  if (!pattern) wordPatterns.set(word, (pattern = new RegExp(`(?<![${WORD_CHARS}_])${word}(?![${WORD_CHARS}_])`, 'i')));
  return pattern;
}

function findWord(text: string, span: Span, words: readonly string[]): Span | undefined {
  const slice = text.slice(span.start, span.end);
  let best: Span | undefined;
  for (const word of words) {
    const m = wordPattern(word).exec(slice);
    if (m && (!best || m.index + span.start < best.start)) best = { start: span.start + m.index, end: span.start + m.index + m[0].length };
  }
  return best;
}

/** The text with one edit applied. */
export function applyEdit(text: string, edit: Edit, offset = 0): string {
  return text.slice(0, edit.start - offset) + edit.text + text.slice(edit.end - offset);
}

/** Longest sentence offered whole as a rewrite; past it, the words around the edit stand for it. */
const MAX_REWRITE = 400;
/** Characters kept on each side of the edit in a long sentence's rewrite. */
const REWRITE_CONTEXT = 60;

/**
 * The sentence with the edit applied, to offer as a suggestion. A sentence
 * longer than a reader would take in (a pasted log with no full stop) gives
 * the words around the edit instead: a copy of the whole sentence for each of
 * its findings would grow with the square of its length.
 */
export function rewriteSuggestion(sentence: Sentence, edit: Edit): string {
  if (sentence.text.length <= MAX_REWRITE) return applyEdit(sentence.text, edit, sentence.start).trim();
  const from = Math.max(0, edit.start - sentence.start - REWRITE_CONTEXT);
  const to = Math.min(sentence.text.length, edit.end - sentence.start + REWRITE_CONTEXT);
  const around = applyEdit(sentence.text.slice(from, to), edit, sentence.start + from).trim();
  return `${from > 0 ? '…' : ''}${around}${to < sentence.text.length ? '…' : ''}`;
}
