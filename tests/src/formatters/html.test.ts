import { describe, expect, it } from 'vitest';
import { html, scorecardOf } from '../../../src/formatters/html.js';
import type { LintResult } from '../../../src/formatters/types.js';
import { diag, RESULTS, SOURCE, TOOL } from './fixtures.js';

const page = html(RESULTS, { color: false, tool: TOOL });

/** The ids each mark covers, from data-findings="…". */
function markedIds(text: string): Set<string> {
  const ids = new Set<string>();
  for (const m of text.matchAll(/<mark[^>]*data-findings="([^"]+)"/g)) for (const id of m[1]!.split(' ')) ids.add(id);
  return ids;
}

describe('html', () => {
  it('is one self-contained page: nothing is fetched from anywhere', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/\s(src|href)="(https?:)?\/\//);
    expect(page).not.toMatch(/@import|url\(/);
  });

  it('highlights every finding and puts a note with the better wording and the reason beside it', () => {
    expect(markedIds(page)).toEqual(new Set(['d1-1', 'd1-2']));
    expect(page).toContain('<li class="note warning" id="d1-1" data-rule="blame-free">');
    expect(page).toContain('Try: <q>the guide covers this</q> or <q>here is the step that helps</q> or <q>let me walk you through it</q></div>');
    expect(page).toContain('<div class="fix">Safe fix: <q>Please</q> (--fix)</div>');
    expect(page).toContain('<div class="why">Blame puts people on the defensive.</div>');
    expect(page).toMatch(/<mark class="warning d1" data-findings="d1-1"[^>]*>you should have read the guide<\/mark>/);
  });

  it('charts the findings by rule and by dimension across the library', () => {
    expect(page).toContain('data-chart="by-rule"');
    expect(page).toContain('<g class="row" data-label="blame-free" data-count="1">');
    expect(page).toContain('<g class="row" data-label="acme/no-kindly" data-count="1">');
    for (const dimension of ['empathy', 'positivity', 'ownership', 'clarity', 'trust', 'composure', 'courtesy']) {
      expect(page).toContain(`data-label="${dimension}"`);
    }
    expect(page).toContain('<g class="row" data-label="courtesy" data-count="1">');
  });

  it('lists drafts without findings apart, and escapes what drafts contain', () => {
    expect(page).toContain('1 draft with no findings</summary><ul><li>replies/fine.txt</li>');
    const source = 'Hi <b>Sam</b> & co,\n\n<script>alert(1)</script> kindly wait.\n';
    const at = source.indexOf('kindly');
    const result: LintResult = {
      path: 'x<y>.txt',
      source,
      diagnostics: [{ ...diag({ start: 0, end: 0 }), start: at, end: at + 6, line: 3, column: 27, endLine: 3, endColumn: 33, text: 'kindly' }],
      errorCount: 0,
      warningCount: 1,
      suggestionCount: 0,
    };
    const out = html([result], { color: false, tool: TOOL });
    expect(out).not.toContain('<script>alert');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('x&lt;y&gt;.txt');
  });

  it('pins a finding with an empty span (something missing) where it points', () => {
    const result: LintResult = { ...RESULTS[0]!, diagnostics: [diag({ start: 9, end: 9, message: 'No acknowledgement.' })] };
    const out = html([result], { color: false, tool: TOOL });
    expect(out).toMatch(/<mark class="pin warning" data-findings="d1-1" title="No acknowledgement.">▸/);
  });

  it('shows a long text only around its findings', () => {
    const long = `${Array.from({ length: 200 }, (_, i) => `Line ${i + 1} is fine.`).join('\n')}\n`;
    const at = long.indexOf('Line 120 ');
    const result: LintResult = {
      path: 'export.json',
      source: long,
      diagnostics: [{ ...diag({ start: 0, end: 0 }), start: at, end: at + 8, line: 120, column: 1, endLine: 120, endColumn: 9, text: 'Line 120' }],
      errorCount: 0,
      warningCount: 1,
      suggestionCount: 0,
    };
    const out = html([result], { color: false, tool: TOOL });
    const numbers = [...out.matchAll(/<span class="ln">(\d+)<\/span>/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([118, 119, 120, 121, 122]);
    expect(out.match(/class="gap"/g)).toHaveLength(2);
  });

  it('draws the scorecard as bars, per draft and averaged over the library', () => {
    const scored = [
      { ...RESULTS[0]!, scorecard: { overall: 62, dimensions: { empathy: 40, ownership: { score: 55 }, courtesy: 90 } } },
      { ...RESULTS[1]!, scorecard: { overall: 98, dimensions: { empathy: 100, ownership: 100, courtesy: 96 } } },
    ] as LintResult[];
    expect(scorecardOf(scored[0]!)).toEqual({
      overall: 62,
      dimensions: [
        { label: 'empathy', value: 40 },
        { label: 'ownership', value: 55 },
        { label: 'courtesy', value: 90 },
      ],
    });
    const out = html(scored, { color: false, tool: TOOL });
    expect(out).toContain('<div class="score fair overall" data-dimension="overall" data-score="62">');
    expect(out).toContain('<div class="score poor" data-dimension="empathy" data-score="40">');
    expect(out).toContain('<h3>Average scorecard</h3>');
    expect(out).toContain('data-dimension="overall" data-score="80"');
    expect(out).toContain('<b>80</b>average tone score');
    expect(scorecardOf(RESULTS[0]!)).toBeUndefined();
    expect(page).not.toContain('class="scorecard"');
  });

  it('lists the drafts with findings worst first', () => {
    const better = { ...RESULTS[0]!, path: 'a-better.txt', scorecard: { overall: 90, dimensions: {} } } as LintResult;
    const worse = { ...RESULTS[0]!, path: 'b-worse.txt', scorecard: { overall: 40, dimensions: {} } } as LintResult;
    const out = html([better, worse], { color: false, tool: TOOL });
    const table = out.slice(out.indexOf('<table'), out.indexOf('</table>'));
    expect(table.indexOf('b-worse.txt')).toBeLessThan(table.indexOf('a-better.txt'));
    expect(out.indexOf('id="d1" data-path="a-better.txt"')).toBeLessThan(out.indexOf('id="d2" data-path="b-worse.txt"'));
  });

  it('keeps the source text out of the page when it is not given', () => {
    const { source: _source, ...bare } = RESULTS[0]!;
    const out = html([bare], { color: false, tool: TOOL });
    expect(out).toContain('The text is not available');
    expect(out).not.toContain(SOURCE.slice(0, 7));
  });
});

describe('html on a line with a great many findings', () => {
  it('marks every one of 20,000 findings on one line', () => {
    // Each piece of a line used to look through all of the line's findings: 20,000 took minutes.
    const source = `${'word '.repeat(20_001)}\n`;
    const diagnostics = Array.from({ length: 20_000 }, (_, i) => ({
      ...diag({ start: 0, end: 0 }),
      start: 5 * i + 5,
      end: 5 * i + 9,
      line: 1,
      column: 5 * i + 6,
      endLine: 1,
      endColumn: 5 * i + 10,
      text: 'word',
    }));
    const result: LintResult = { path: 'log.txt', source, diagnostics, errorCount: 0, warningCount: diagnostics.length, suggestionCount: 0 };
    expect(markedIds(html([result], { color: false, tool: TOOL })).size).toBe(20_000);
  }, 5_000);
});
