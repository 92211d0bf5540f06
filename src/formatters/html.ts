/**
 * A self-contained HTML report for support leads: totals and charts of the
 * findings by rule and by dimension across the library, then every draft
 * with its flagged words highlighted, its scorecard as bars, and a note per
 * finding beside the text (the better wording and the reason). No network,
 * no external assets: styles, charts and the one small script are inline.
 */
import type { Diagnostic, Dimension, Severity } from '../types.js';
import { findingsChart, scoreBars, type ChartRow, type Score } from './html-charts.js';
import { highlightedLines, type Marked } from './html-highlight.js';
import { SCRIPT, STYLE } from './html-style.js';
import { escapeXml, resultName } from './markup.js';
import type { FormatOptions, Formatter, LintResult } from './types.js';

const DIMENSIONS: readonly Dimension[] = ['empathy', 'positivity', 'ownership', 'clarity', 'trust', 'composure', 'courtesy'];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion'];

export const html: Formatter = (results, options) => {
  const flagged = results.map((result, i) => ({ result, id: `d${i + 1}` })).filter((d) => d.result.diagnostics.length > 0);
  const clean = results.filter((r) => r.diagnostics.length === 0);
  const title = `Tone report: ${count(results.length, 'draft')}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing in the report may load from elsewhere, even if a draft contains markup.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`,
    `<title>${escapeXml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    pageHeader(results, options),
    summary(results),
    flagged.length > 0 ? contents(flagged) : '',
    '<main>',
    ...flagged.map(({ result, id }) => draftSection(result, id)),
    '</main>',
    clean.length > 0 ? cleanList(clean) : '',
    `<footer>Written by ${escapeXml(options.tool.name)} ${escapeXml(options.tool.version)}. Hover a note to see its words in the draft.</footer>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

function pageHeader(results: readonly LintResult[], options: FormatOptions): string {
  const totals = severityTotals(results.flatMap((r) => r.diagnostics));
  const withFindings = results.filter((r) => r.diagnostics.length > 0).length;
  const overall = average(results.map((r) => scorecardOf(r)?.overall));
  const boxes = SEVERITIES.map((s) => `<div class="total ${s}"><b>${totals[s]}</b>${plural(totals[s], s)}</div>`);
  if (overall !== undefined) boxes.push(`<div class="total"><b>${Math.round(overall)}</b>average tone score</div>`);
  return [
    '<header class="page">',
    '<h1>Tone report</h1>',
    `<p class="meta">${count(results.length, 'draft')} checked, ${withFindings} with findings · ${escapeXml(options.tool.name)} ${escapeXml(options.tool.version)}</p>`,
    `<div class="totals">${boxes.join('')}</div>`,
    '</header>',
  ].join('\n');
}

function summary(results: readonly LintResult[]): string {
  const diagnostics = results.flatMap((r) => r.diagnostics);
  const byRule = new Map<string, ChartRow>();
  const byDimension = new Map<string, ChartRow>(DIMENSIONS.map((d) => [d, row(d)]));
  for (const d of diagnostics) {
    if (!byRule.has(d.ruleId)) byRule.set(d.ruleId, row(d.ruleId));
    if (!byDimension.has(d.dimension)) byDimension.set(d.dimension, row(d.dimension));
    byRule.get(d.ruleId)!.counts[d.severity]++;
    byDimension.get(d.dimension)!.counts[d.severity]++;
  }
  const rules = [...byRule.values()].sort((a, b) => sum(b) - sum(a) || a.label.localeCompare(b.label));
  const parts = [
    '<section class="summary">',
    '<h2>Across the library</h2>',
    `<p class="legend">Findings by severity:<i class="error"></i>error<i class="warning"></i>warning<i class="suggestion"></i>suggestion</p>`,
    '<div class="charts">',
    findingsChart('by-rule', 'Findings by rule', rules),
    findingsChart('by-dimension', 'Findings by dimension', [...byDimension.values()]),
    '</div>',
  ];
  const library = libraryScores(results);
  if (library) parts.push('<h3>Average scorecard</h3>', scoreBars(library, 'Average scorecard'));
  parts.push('</section>');
  return parts.join('\n');
}

function contents(flagged: ReadonlyArray<{ result: LintResult; id: string }>): string {
  const scored = flagged.some(({ result }) => scorecardOf(result)?.overall !== undefined);
  const head = `<tr><th>Draft</th>${scored ? '<th class="n">Score</th>' : ''}${SEVERITIES.map((s) => `<th class="n">${plural(2, s)}</th>`).join('')}</tr>`;
  // Worst first: the drafts a lead should look at before the others.
  const worstFirst = [...flagged].sort((a, b) => severityOrder(a.result, b.result, scored));
  const rows = worstFirst.map(({ result, id }) => {
    const overall = scorecardOf(result)?.overall;
    const score = scored ? `<td class="n">${overall === undefined ? '' : Math.round(overall)}</td>` : '';
    const counts = [result.errorCount, result.warningCount, result.suggestionCount].map((n) => `<td class="n">${n || ''}</td>`);
    return `<tr><td><a href="#${id}">${escapeXml(resultName(result))}</a></td>${score}${counts.join('')}</tr>`;
  });
  return ['<section class="contents">', '<h2>Drafts with findings, worst first</h2>', `<table class="toc">${head}${rows.join('')}</table>`, '</section>'].join('\n');
}

/** Lower score first when the drafts are scored, else more errors, then more warnings; ties keep their order. */
function severityOrder(a: LintResult, b: LintResult, scored: boolean): number {
  if (scored) {
    const diff = (scorecardOf(a)?.overall ?? 101) - (scorecardOf(b)?.overall ?? 101);
    if (diff !== 0) return diff;
  }
  return b.errorCount - a.errorCount || b.warningCount - a.warningCount || b.suggestionCount - a.suggestionCount;
}

function draftSection(result: LintResult, id: string): string {
  const findings: Marked[] = result.diagnostics.map((diagnostic, i) => ({ id: `${id}-${i + 1}`, number: i + 1, diagnostic }));
  const entry = result.entryId === undefined ? '' : ` <span class="entry">#${escapeXml(result.entryId)}</span>`;
  const badges = SEVERITIES.filter((s) => countOf(result, s) > 0).map(
    (s) => `<span class="badge ${s}">${countOf(result, s)} ${plural(countOf(result, s), s)}</span>`,
  );
  const card = scorecardOf(result);
  const scores = card ? [...(card.overall === undefined ? [] : [{ label: 'overall', value: card.overall }]), ...card.dimensions] : [];
  const text =
    result.source === undefined
      ? '<p class="meta">The text is not available; the findings are listed beside.</p>'
      : highlightedLines(result.source, findings);
  return [
    `<article class="draft" id="${id}" data-path="${escapeXml(resultName(result))}" data-findings="${findings.length}">`,
    `<header><h2>${escapeXml(result.path)}${entry}</h2>${badges.join('')}</header>`,
    customerLine(result),
    scores.length > 0 ? scoreBars(scores, `Scorecard of ${resultName(result)}`) : '',
    '<div class="columns">',
    `<div class="text">${text}</div>`,
    `<ol class="notes">${findings.map(note).join('')}</ol>`,
    '</div>',
    '</article>',
  ].join('\n');
}

const STRENGTH = ['', 'mild', 'clear', 'intense'];

/** What the customer's message shows, with the words that show it: what the reply had to answer to. */
function customerLine(result: LintResult): string {
  const emotions = result.customer?.emotions ?? [];
  if (emotions.length === 0) return '';
  const parts = emotions.map((e) => {
    const cues = e.cues.slice(0, 3).map((c) => `<q>${escapeXml(c.text)}</q>`);
    return `<b>${escapeXml(e.emotion)}</b> (${STRENGTH[e.strength] ?? ''})${cues.length > 0 ? `: ${cues.join(', ')}` : ''}`;
  });
  return `<p class="customer">The customer's message reads as ${parts.join('; ')}</p>`;
}

function note({ id, number, diagnostic: d }: Marked): string {
  const tries = d.suggestions.slice(0, 3).map((s) => `<q>${escapeXml(s)}</q>`);
  return [
    `<li class="note ${d.severity}" id="${id}" data-rule="${escapeXml(d.ruleId)}">`,
    `<span class="num">${number}</span> <span class="sev">${d.severity}</span> <span class="pos">${d.line}:${d.column}</span> `,
    `<b>${escapeXml(d.message)}</b> <code>${escapeXml(d.ruleId)}</code>`,
    tries.length > 0 ? `<div class="try">Try: ${tries.join(' or ')}</div>` : '',
    d.fix ? `<div class="fix">Safe fix: ${d.fix.text === '' ? 'remove the words' : `<q>${escapeXml(d.fix.text)}</q>`} (--fix)</div>` : '',
    d.why ? `<div class="why">${escapeXml(d.why)}</div>` : '',
    '</li>',
  ].join('');
}

function cleanList(clean: readonly LintResult[]): string {
  const items = clean.map((r) => `<li>${escapeXml(resultName(r))}</li>`).join('');
  return `<section><details class="clean"><summary>${count(clean.length, 'draft')} with no findings</summary><ul>${items}</ul></details></section>`;
}

interface Scorecard {
  overall?: number;
  dimensions: Score[];
}

/**
 * The result's scorecard (0–100 per dimension and overall) when the run
 * computed one. Read by shape, so the report keeps working with results
 * that carry none.
 */
export function scorecardOf(result: LintResult): Scorecard | undefined {
  const card = (result as { scorecard?: unknown }).scorecard;
  if (!card || typeof card !== 'object') return undefined;
  const record = card as Record<string, unknown>;
  const overall = numberOf(record.overall);
  const source = record.dimensions && typeof record.dimensions === 'object' ? (record.dimensions as Record<string, unknown>) : record;
  const dimensions: Score[] = [];
  for (const dimension of DIMENSIONS) {
    const value = numberOf(source[dimension]);
    if (value !== undefined) dimensions.push({ label: dimension, value });
  }
  if (overall === undefined && dimensions.length === 0) return undefined;
  return overall === undefined ? { dimensions } : { overall, dimensions };
}

/** A score given as a number or as `{ score }`. */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value && typeof value === 'object') {
    const score = (value as { score?: unknown }).score;
    if (typeof score === 'number' && Number.isFinite(score)) return score;
  }
  return undefined;
}

function libraryScores(results: readonly LintResult[]): Score[] | undefined {
  const cards = results.map(scorecardOf).filter((c): c is Scorecard => c !== undefined);
  if (cards.length === 0) return undefined;
  const scores: Score[] = [];
  const overall = average(cards.map((c) => c.overall));
  if (overall !== undefined) scores.push({ label: 'overall', value: overall });
  for (const dimension of DIMENSIONS) {
    const value = average(cards.map((c) => c.dimensions.find((d) => d.label === dimension)?.value));
    if (value !== undefined) scores.push({ label: dimension, value });
  }
  return scores;
}

function average(values: ReadonlyArray<number | undefined>): number | undefined {
  const present = values.filter((v): v is number => v !== undefined);
  return present.length === 0 ? undefined : present.reduce((a, b) => a + b, 0) / present.length;
}

function severityTotals(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const totals: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
  for (const d of diagnostics) totals[d.severity]++;
  return totals;
}

function row(label: string): ChartRow {
  return { label, counts: { error: 0, warning: 0, suggestion: 0 } };
}

function sum(row: ChartRow): number {
  return row.counts.error + row.counts.warning + row.counts.suggestion;
}

function countOf(result: LintResult, severity: Severity): number {
  return severity === 'error' ? result.errorCount : severity === 'warning' ? result.warningCount : result.suggestionCount;
}

function plural(n: number, noun: string): string {
  return n === 1 ? noun : `${noun}s`;
}

function count(n: number, noun: string): string {
  return `${n} ${plural(n, noun)}`;
}
