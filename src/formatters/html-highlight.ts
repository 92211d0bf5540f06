/**
 * The text of a draft as HTML lines with every finding highlighted. Findings
 * may overlap (a phrase inside a flagged sentence): the text is cut at every
 * boundary and each piece is marked with all the findings that cover it, so
 * every finding has at least one mark whatever else covers it. A finding with
 * an empty span (something missing) gets a small pin where it points.
 */
import { lineIndexFor, type LineIndex } from '../document/lines.js';
import type { Diagnostic, Severity } from '../types.js';
import { escapeXml } from './markup.js';

/** Texts up to this many lines are shown whole; longer ones (exports) around their findings only. */
const WHOLE_TEXT_LINES = 40;
const CONTEXT_LINES = 2;
const RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };

export interface Marked {
  /** The finding's id in the page, used by its mark(s) and its note. */
  id: string;
  /** Its number in the list of notes beside the text. */
  number: number;
  diagnostic: Diagnostic;
}

/** The text as numbered lines with marks; skipped stretches of a long text become one "⋯" row. */
export function highlightedLines(text: string, findings: readonly Marked[]): string {
  const lines = lineIndexFor(text);
  const shown = visibleLines(lines, findings);
  const rows: string[] = [];
  let previous = -1;
  for (const index of shown) {
    if (index > previous + 1) rows.push(`<div class="gap" aria-hidden="true">⋯</div>`);
    previous = index;
    const start = lines.starts[index]!;
    const end = lines.lineEnd(index);
    rows.push(`<div class="line"><span class="ln">${index + 1}</span><span class="tx">${markLine(text, start, end, findings)}</span></div>`);
  }
  const lastLine = lines.count > 1 && lines.lineText(lines.count - 1) === '' ? lines.count - 2 : lines.count - 1;
  if (previous >= 0 && previous < lastLine) rows.push(`<div class="gap" aria-hidden="true">⋯</div>`);
  return rows.join('\n');
}

function visibleLines(lines: LineIndex, findings: readonly Marked[]): number[] {
  const all = Array.from({ length: lines.count }, (_, i) => i);
  if (lines.count <= WHOLE_TEXT_LINES) return trimTrailingBlank(lines, all);
  const keep = new Set<number>();
  for (const { diagnostic: d } of findings) {
    const first = Math.max(0, d.line - 1 - CONTEXT_LINES);
    const last = Math.min(lines.count - 1, d.endLine - 1 + CONTEXT_LINES);
    for (let i = first; i <= last; i++) keep.add(i);
  }
  return [...keep].sort((a, b) => a - b);
}

/** The empty line after a final line break is not worth a row. */
function trimTrailingBlank(lines: LineIndex, indexes: number[]): number[] {
  const last = indexes.at(-1);
  if (last !== undefined && last > 0 && lines.lineText(last) === '') indexes.pop();
  return indexes;
}

/**
 * One line's text, cut at finding boundaries, with marks and pins. Each
 * finding is placed once, on the points and pieces it spans, so a line with
 * thousands of findings (a pasted log) takes no longer than they are many.
 */
function markLine(text: string, lineStart: number, lineEnd: number, findings: readonly Marked[]): string {
  const onLine = findings.filter(({ diagnostic: d }) => d.start <= lineEnd && d.end >= lineStart);
  const cuts = new Set([lineStart, lineEnd]);
  for (const { diagnostic: d } of onLine) {
    if (d.start > lineStart && d.start < lineEnd) cuts.add(d.start);
    if (d.end > lineStart && d.end < lineEnd) cuts.add(d.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pointIndex = new Map(points.map((p, i) => [p, i]));
  // At each point, the pins of empty findings and the numbers of the findings that start there;
  // for each piece after a point, the findings that cover it, all in the findings' order.
  const pins: Marked[][] = points.map(() => []);
  const refs: number[][] = points.map(() => []);
  const covering: Marked[][] = points.map(() => []);
  for (const f of onLine) {
    const { start, end } = f.diagnostic;
    const at = pointIndex.get(start);
    if (start === end) {
      if (at !== undefined) pins[at]!.push(f);
      continue;
    }
    if (at !== undefined) refs[at]!.push(f.number);
    if (start >= lineEnd) continue;
    const first = start <= lineStart ? 0 : at!;
    const last = end >= lineEnd ? points.length - 1 : pointIndex.get(end)!;
    for (let i = first; i < last; i++) covering[i]!.push(f);
  }
  let html = '';
  for (let i = 0; i < points.length; i++) {
    html += pinsHtml(pins[i]!) + refsHtml(refs[i]!);
    const next = points[i + 1];
    if (next === undefined) break;
    const piece = escapeXml(text.slice(points[i], next));
    html += covering[i]!.length === 0 ? piece : mark(covering[i]!, piece);
  }
  return html === '' ? '&#8203;' : html;
}

/** Pins for findings with an empty span. */
function pinsHtml(pinned: readonly Marked[]): string {
  return pinned
    .map((f) => `<mark class="pin ${f.diagnostic.severity}" data-findings="${f.id}" title="${escapeXml(f.diagnostic.message)}">▸<sup class="ref">${f.number}</sup></mark>`)
    .join('');
}

/** The note numbers of the findings that start at a point, so each mark can be matched with its note. */
function refsHtml(numbers: readonly number[]): string {
  return numbers.length === 0 ? '' : `<sup class="ref">${numbers.join(',')}</sup>`;
}

function mark(covering: readonly Marked[], piece: string): string {
  const worst = covering.reduce((a, b) => (RANK[b.diagnostic.severity] > RANK[a.diagnostic.severity] ? b : a));
  const depth = Math.min(covering.length, 3);
  const title = covering.map((f) => `${f.diagnostic.message} (${f.diagnostic.ruleId})`).join('\n');
  const ids = covering.map((f) => f.id).join(' ');
  return `<mark class="${worst.diagnostic.severity} d${depth}" data-findings="${ids}" title="${escapeXml(title)}">${piece}</mark>`;
}
