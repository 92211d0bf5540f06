import type { Paragraph, Placeholder, Position, Region, RegionKind, Sentence, Word } from '../types.js';
import { LineIndex } from './lines.js';
import { findPlaceholders } from './placeholders.js';
import { detectRegions, extractQuotedText, LINTED_REGIONS } from './regions.js';
import { segment } from './segment.js';

/**
 * The email document model: the draft's text with every part located by exact
 * `[start, end)` offsets. Built once per source; rules only read it.
 */
export interface Draft {
  readonly text: string;
  /**
   * The text with the same length and line breaks, where quoted text and the
   * signature are blanked to spaces and every placeholder is replaced by `x`s,
   * so phrase searches can run on it and report offsets into `text`.
   */
  readonly lintText: string;
  readonly lines: LineIndex;
  /** Ordered, non-overlapping, covering the whole text. */
  readonly regions: readonly Region[];
  readonly placeholders: readonly Placeholder[];
  /** Paragraphs, sentences and words of the linted regions (greeting, body, closing). */
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly words: readonly Word[];
  /** The customer's message: explicit context, else the quoted text with `>` marks removed. */
  readonly customerText: string;
  regionAt(offset: number): RegionKind;
  positionAt(offset: number): Position;
  /** True when `[start, end)` overlaps a placeholder. */
  touchesPlaceholder(start: number, end: number): boolean;
}

export interface DraftOptions {
  /** The customer's message when it is not quoted in the draft (`--context`). */
  context?: string;
}

export function buildDraft(text: string, options: DraftOptions = {}): Draft {
  const lines = new LineIndex(text);
  const placeholders = findPlaceholders(text);
  const regions = detectRegions(text, lines);
  const lintText = maskText(text, regions, placeholders);
  const { paragraphs, sentences, words } = segment(text, lintText, regions, placeholders);
  const customerText = options.context ?? extractQuotedText(text, regions);

  return {
    text,
    lintText,
    lines,
    regions,
    placeholders,
    paragraphs,
    sentences,
    words,
    customerText,
    regionAt: (offset) => regionAt(regions, offset),
    positionAt: (offset) => lines.positionAt(offset),
    touchesPlaceholder: (start, end) =>
      placeholders.some((p) => p.start < end && start < p.end),
  };
}

function regionAt(regions: readonly Region[], offset: number): RegionKind {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid]!;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return r.kind;
  }
  return regions.at(-1)?.kind ?? 'body';
}

function maskText(text: string, regions: readonly Region[], placeholders: readonly Placeholder[]): string {
  // What each character becomes: 0 itself, else the code of its fill. Placeholders come after the
  // regions, so a placeholder's fill wins where the two overlap.
  let fills: Uint8Array | undefined;
  for (const r of regions) {
    if (LINTED_REGIONS.has(r.kind)) continue;
    (fills ??= new Uint8Array(text.length)).fill(SPACE, r.start, r.end);
  }
  for (const p of placeholders) {
    // Template logic ({% if %}, {{#if}}, {{! … }}) prints nothing: blanked, so a word glued to it stays a word.
    (fills ??= new Uint8Array(text.length)).fill(LOGIC.test(p.text) ? SPACE : X, p.start, p.end);
  }
  if (!fills) return text;
  // Runs of one fill at a time; line breaks are kept inside masked runs, so lines stay lines.
  let out = '';
  for (let start = 0; start < text.length; ) {
    const code = fills[start]!;
    let end = start + 1;
    while (end < text.length && fills[end] === code) end++;
    const run = text.slice(start, end);
    out += code === 0 ? run : run.replace(NOT_LINE_BREAK, code === SPACE ? ' ' : 'x');
    start = end;
  }
  return out;
}

const SPACE = 0x20;
const X = 0x78;
const NOT_LINE_BREAK = /[^\r\n]/g;
const LOGIC = /^(?:\{%-?\s*(?!render\b|include\b|section\b|echo\b)|\{\{~?\s*[#/^!]|\{\{~?\s*else\b)/;
