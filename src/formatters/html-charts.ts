/** Inline SVG charts for the HTML report: no script, no fonts or images to fetch. */
import type { Severity } from '../types.js';
import { escapeXml } from './markup.js';

export interface ChartRow {
  label: string;
  counts: Record<Severity, number>;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'suggestion'];
const LABEL_WIDTH = 190;
const BAR_WIDTH = 330;
const ROW_HEIGHT = 24;

/** Horizontal bars, one per row, split by severity, with the total at the end of each. */
export function findingsChart(name: string, title: string, rows: readonly ChartRow[]): string {
  const total = (row: ChartRow) => SEVERITIES.reduce((n, s) => n + row.counts[s], 0);
  const max = Math.max(1, ...rows.map(total));
  const height = Math.max(1, rows.length) * ROW_HEIGHT + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + 50;
  const bars = rows.map((row, i) => {
    const y = 4 + i * ROW_HEIGHT;
    let x = LABEL_WIDTH;
    const parts = SEVERITIES.filter((s) => row.counts[s] > 0).map((s) => {
      const w = (row.counts[s] / max) * BAR_WIDTH;
      const rect = `<rect class="${s}" x="${x.toFixed(1)}" y="${y + 3}" width="${Math.max(w, 1).toFixed(1)}" height="${ROW_HEIGHT - 8}" rx="3"><title>${row.counts[s]} ${s}${row.counts[s] === 1 ? '' : 's'}</title></rect>`;
      x += w;
      return rect;
    });
    return [
      `<g class="row" data-label="${escapeXml(row.label)}" data-count="${total(row)}">`,
      `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + ROW_HEIGHT / 2 + 4}" text-anchor="end">${escapeXml(shorten(row.label))}</text>`,
      ...parts,
      `<text class="count" x="${(x + 6).toFixed(1)}" y="${y + ROW_HEIGHT / 2 + 4}">${total(row)}</text>`,
      '</g>',
    ].join('');
  });
  const empty = rows.length === 0 ? `<text class="label" x="${LABEL_WIDTH}" y="18">no findings</text>` : '';
  return [
    `<figure class="chart" data-chart="${name}">`,
    `<figcaption>${escapeXml(title)}</figcaption>`,
    `<svg role="img" aria-label="${escapeXml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    ...bars,
    empty,
    '</svg>',
    '</figure>',
  ].join('\n');
}

export interface Score {
  label: string;
  /** 0–100. */
  value: number;
}

/** A scorecard as labelled 0–100 bars, coloured from red (low) to green (high). */
export function scoreBars(scores: readonly Score[], caption: string): string {
  const rows = scores.map((s) => {
    const value = Math.max(0, Math.min(100, Math.round(s.value)));
    const band = value >= 80 ? 'good' : value >= 60 ? 'fair' : 'poor';
    const overall = s.label === 'overall' ? ' overall' : '';
    return (
      `<div class="score ${band}${overall}" data-dimension="${escapeXml(s.label)}" data-score="${value}">` +
      `<span class="score-label">${escapeXml(s.label)}</span>` +
      `<span class="score-track"><span class="score-fill" style="width:${value}%"></span></span>` +
      `<span class="score-value">${value}</span></div>`
    );
  });
  return `<div class="scorecard" aria-label="${escapeXml(caption)}">${rows.join('')}</div>`;
}

function shorten(label: string): string {
  return label.length > 28 ? `${label.slice(0, 27)}…` : label;
}
