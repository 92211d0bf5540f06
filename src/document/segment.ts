import type { Paragraph, Placeholder, Region, Sentence, Word } from '../types.js';
import { WORD_CHARS } from './chars.js';
import { LINTED_REGIONS } from './regions.js';

export interface Segments {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  words: Word[];
}

const LIST_ITEM = /^[ \t]*(?:[-*•+–]|\d{1,3}[.)]|[a-zA-Z][.)])[ \t]+\S/;
const BLANK_LINE = /\n[ \t]*\r?\n|\r[ \t]*\r/g;
const TERMINATOR = /(?:[.!?]+|…)["'’”)\]]*(?=\s|$)/g;
const URL = String.raw`(?:https?:\/\/|www\.)[^\s<>"'()\[\]{}]+[^\s<>"'()\[\]{}.,;:!?]`;
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
const WORD = `[${WORD_CHARS}]+(?:['’.\\-][${WORD_CHARS}]+)*`;
const TOKEN = new RegExp(`(${URL})|(${EMAIL})|(${WORD})`, 'g');
/** TOKEN again, for words glued to a template tag, found while TOKEN is part-way through a sentence. */
const GLUED_TOKEN = new RegExp(TOKEN.source, 'g');

/** Words before a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'a.m', 'p.m', 'approx',
  'dept', 'est', 'inc', 'ltd', 'co', 'corp', 'no', 'nos', 'tel', 'ext', 'ref', 'fig', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'cf', 'al', 'min', 'max',
]);
/** Abbreviations that also close sentences when a capital follows ("…by 3 p.m. Then …"). */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['etc', 'a.m', 'p.m', 'u.s', 'u.k']);

/**
 * Paragraphs, sentences and words of the linted regions, with exact offsets.
 * Runs on the masked text (placeholders as x's) so template syntax never splits a
 * sentence, then reads word text from the original.
 */
export function segment(text: string, lintText: string, regions: readonly Region[], placeholders: readonly Placeholder[]): Segments {
  const out: Segments = { paragraphs: [], sentences: [], words: [] };
  for (const region of regions) {
    if (!LINTED_REGIONS.has(region.kind)) continue;
    for (const span of paragraphSpans(lintText, region.start, region.end)) {
      // Fields written out rather than spread: spreading and then adding fields is a slow path in V8.
      const paragraph: Paragraph = { start: span.start, end: span.end, region: region.kind, isList: hasListItem(lintText, span.start, span.end) };
      const index = out.paragraphs.push(paragraph) - 1;
      for (const s of sentenceSpans(lintText, span.start, span.end)) {
        const sentenceIndex = out.sentences.length;
        const firstWord = out.words.length;
        addWords(out.words, text, lintText, s.start, s.end, sentenceIndex, placeholders);
        out.sentences.push({
          start: s.start,
          end: s.end,
          text: text.slice(s.start, s.end),
          paragraph: index,
          region: region.kind,
          firstWord,
          endWord: out.words.length,
        });
      }
    }
  }
  return out;
}

/** Paragraphs are separated by blank lines; each span is trimmed of surrounding white space. */
function paragraphSpans(text: string, from: number, to: number) {
  const spans: { start: number; end: number }[] = [];
  const slice = text.slice(from, to);
  let last = 0;
  const push = (a: number, b: number) => {
    const trimmed = trim(text, from + a, from + b);
    if (trimmed) spans.push(trimmed);
  };
  for (const m of slice.matchAll(BLANK_LINE)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, slice.length);
  return spans;
}

/**
 * Sentences end at terminal punctuation followed by white space (not after an
 * abbreviation, and not at "..." before a lower-case word), and at line breaks
 * around list items or after a line that ends with a colon. Other line breaks
 * are soft wrapping.
 */
function sentenceSpans(text: string, from: number, to: number) {
  const cuts = new Set<number>();
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TERMINATOR)) {
    const end = m.index + m[0].length;
    if (isSentenceEnd(slice, m.index, m[0], end)) cuts.add(from + end);
  }
  // Each line is read once, and whether it is a list item asked once: as the line after one
  // break and as the line before the next.
  let nl = slice.indexOf('\n');
  let line = nl === -1 ? '' : slice.slice(0, nl);
  let isItem = nl !== -1 && LIST_ITEM.test(line);
  while (nl !== -1) {
    const nextNl = slice.indexOf('\n', nl + 1);
    const nextLine = slice.slice(nl + 1, nextNl === -1 ? undefined : nextNl);
    const nextIsItem = LIST_ITEM.test(nextLine);
    if (isItem || nextIsItem || /[:;]\s*\r?$/.test(line) || line.trim() === '') cuts.add(from + nl);
    line = nextLine;
    isItem = nextIsItem;
    nl = nextNl;
  }
  const spans: { start: number; end: number }[] = [];
  let start = from;
  for (const cut of [...cuts].sort((a, b) => a - b).concat(to)) {
    const trimmed = trim(text, start, cut);
    if (trimmed) spans.push(trimmed);
    start = cut;
  }
  return spans;
}

function isSentenceEnd(slice: string, index: number, mark: string, end: number): boolean {
  const next = /\S/.exec(slice.slice(end))?.[0];
  if (next === undefined) return true;
  if (mark.startsWith('…') || mark.startsWith('...')) return isUpper(next) || /[0-9"“]/.test(next);
  if (!mark.startsWith('.') || mark.length > 1 && !/^\.["'’”)\]]*$/.test(mark)) return true;
  const lineSoFar = slice.slice(slice.lastIndexOf('\n', index) + 1, index);
  if (/^[ \t]*(?:\d{1,3}|[a-zA-Z])$/.test(lineSoFar)) return false; // a list marker: "1. Sign in"
  const word = WORD_BEFORE_DOT.exec(slice.slice(Math.max(0, index - 12), index))?.[1]?.toLowerCase().replace(/^\.+/, '');
  if (!word) return true;
  if (word.length === 1 && isUpper(slice[index - 1] ?? '')) return false; // an initial: "J. Smith"
  if (ABBREVIATIONS.has(word)) return SENTENCE_FINAL_ABBREVIATIONS.has(word) && isUpper(next);
  return true;
}

const WORD_BEFORE_DOT = new RegExp(`([${WORD_CHARS}.]+)$`);
/** An upper-case letter: one that changes when lower-cased. */
const isUpper = (c: string) => c !== c.toLowerCase();

function addWords(
  words: Word[],
  text: string,
  lintText: string,
  start: number,
  end: number,
  sentence: number,
  placeholders: readonly Placeholder[],
): void {
  const inside = placeholdersWithin(placeholders, start, end);
  const slice = lintText.slice(start, end);
  let next = 0;
  const flushPlaceholdersBefore = (offset: number) => {
    while (next < inside.length && inside[next]!.start < offset) {
      const p = inside[next++]!;
      words.push({ start: p.start, end: p.end, text: p.text, normal: p.text, sentence, opaque: 'placeholder' });
    }
  };
  const push = (m: RegExpMatchArray, s: number) => {
    const e = s + m[0].length;
    flushPlaceholdersBefore(s);
    const raw = text.slice(s, e);
    const word: Word = { start: s, end: e, text: raw, normal: raw.toLowerCase().replace(/’/g, "'"), sentence };
    if (m[1]) word.opaque = 'url';
    else if (m[2]) word.opaque = 'email';
    words.push(word);
  };
  // exec rather than matchAll: no iterator and no copy of the RegExp for every sentence.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const s = start + m.index;
    const e = s + m[0].length;
    const overlapping = inside.length === 0 ? inside : inside.filter((p) => p.start < e && s < p.end);
    if (overlapping.length === 0) {
      push(m, s);
      continue;
    }
    // A word glued to a template tag ("{% if late %}Sorry"): the text outside the tags is words of its own.
    let from = s;
    for (const p of [...overlapping, { start: e, end: e }]) {
      for (const part of lintText.slice(from, Math.max(from, p.start)).matchAll(GLUED_TOKEN)) push(part, from + part.index);
      from = Math.max(from, p.end);
    }
  }
  flushPlaceholdersBefore(Infinity);
}

/** Placeholders overlapping `[start, end)`; they are sorted, so a binary search finds the first. */
function placeholdersWithin(placeholders: readonly Placeholder[], start: number, end: number): Placeholder[] {
  let lo = 0;
  let hi = placeholders.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placeholders[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Placeholder[] = [];
  for (let i = lo; i < placeholders.length && placeholders[i]!.start < end; i++) out.push(placeholders[i]!);
  return out;
}

function hasListItem(text: string, start: number, end: number): boolean {
  return text.slice(start, end).split(/\r?\n|\r/).some((line) => LIST_ITEM.test(line));
}

function trim(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}
