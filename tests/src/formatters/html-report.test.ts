/**
 * The HTML report of the examples in a real browser: headless Chromium from
 * the system's packages (installed by .ci/run), driven by playwright-core.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/helpers.js';

const CHROMIUM = '/usr/bin/chromium';

/** The little of the page's window the checks below use (the tests compile without the DOM library). */
interface PageWindow {
  document: { querySelectorAll(selector: string): Iterable<PageElement> };
  getComputedStyle(element: PageElement): { backgroundColor: string };
}
interface PageElement {
  classList: { contains(name: string): boolean };
  getBoundingClientRect(): { width: number; height: number };
}
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('the HTML report in Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  let findings: number;
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tonecheck-report-'));
    const report = join(dir, 'report.html');
    const [written, asJson] = await Promise.all([
      runCli(['--format', 'html', '--output-file', report, '--no-config', 'examples/']),
      runCli(['--format', 'json', '--no-config', 'examples/']),
    ]);
    expect(written.stdout).toBe('');
    findings = (JSON.parse(asJson.stdout).results as Array<{ diagnostics: unknown[] }>).reduce((n, r) => n + r.diagnostics.length, 0);
    // launchPersistentContext gives Chromium a fresh --user-data-dir of its own.
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(report).href);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads nothing but itself', () => {
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([]);
  });

  it('highlights every finding of the examples, visibly, with its note beside the text', async () => {
    const notes = await page.locator('li.note').evaluateAll((items) =>
      items.map((note) => {
        const page = globalThis as unknown as PageWindow;
        const marks = [...page.document.querySelectorAll(`mark[data-findings~="${note.id}"]`)];
        const shown = marks.filter((m) => {
          const box = m.getBoundingClientRect();
          const style = page.getComputedStyle(m);
          return box.width > 0 && box.height > 0 && (style.backgroundColor !== 'rgba(0, 0, 0, 0)' || m.classList.contains('pin'));
        });
        return { id: note.id, marks: marks.length, shown: shown.length };
      }),
    );
    expect(findings).toBeGreaterThan(10);
    expect(notes).toHaveLength(findings);
    expect(notes.filter((n) => n.shown === 0)).toEqual([]);
  });

  it('draws the charts by rule and by dimension', async () => {
    const byRule = page.locator('[data-chart="by-rule"] svg g.row');
    const byDimension = page.locator('[data-chart="by-dimension"] svg g.row');
    expect(await byRule.count()).toBeGreaterThan(2);
    expect(await byDimension.count()).toBe(7);
    const counted = await byRule.evaluateAll((rows) => rows.reduce((n, row) => n + Number(row.getAttribute('data-count')), 0));
    expect(counted).toBe(findings);
    const bars = await page.locator('[data-chart="by-rule"] svg rect').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().width));
    expect(bars.every((width) => width > 0)).toBe(true);
  });

  it('takes a screenshot', async () => {
    const file = join(dir, 'report.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(20_000);
  });
});
