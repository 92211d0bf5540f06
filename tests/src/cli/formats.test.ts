import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedConfig, makeProject, ROOT, runCli, TEST_PLUGIN } from './helpers.js';

interface Result {
  path: string;
  entryId?: string;
  diagnostics: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number; text: string }>;
}

/** The text an editor highlights for a finding, from its line and column alone. */
function highlighted(file: string, d: Result['diagnostics'][number]): string {
  const lines = file.split(/(?<=\r\n|\n|\r(?!\n))/);
  const offset = (line: number, column: number) => lines.slice(0, line - 1).join('').length + column - 1;
  return file.slice(offset(d.line, d.column), offset(d.endLine, d.endColumn));
}

/** The words of a finding with markup between them allowed: "unable** to" stands for "unable to". */
function sameWords(shown: string, flagged: string): boolean {
  const words = (s: string) => s.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return words(shown).join(' ') === words(flagged).join(' ');
}

describe('examples/library and examples/email (built binary)', () => {
  it('reports file:line:col, or file#entry:line:col, pointing at exactly the flagged words in every format', async () => {
    const { stdout, stderr } = await runCli(['--format', 'json', 'examples/library/', 'examples/email/'], { cwd: ROOT });
    expect(stderr).toBe('');
    const results: Result[] = JSON.parse(stdout).results;
    const paths = [...new Set(results.map((r) => r.path))];
    expect(paths).toEqual(
      [
        'examples/library/responses/late-delivery.md',
        'examples/library/responses/refund-outside-window.md',
        'examples/library/responses/sign-in-error.md',
        'examples/library/snippets.csv',
        'examples/library/zendesk-macros.json',
        'examples/email/html-thread.eml',
        'examples/email/plain-reply.eml',
      ].map((p) => join(...p.split('/'))),
    );
    let checked = 0;
    for (const result of results) {
      const file = readFileSync(join(ROOT, result.path), 'utf8');
      for (const d of result.diagnostics) {
        if (result.entryId === 'decoded body' || result.entryId === 'subject') continue;
        expect(sameWords(highlighted(file, d), d.text), `${result.path}#${result.entryId}:${d.line}:${d.column} ${d.text}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);

    const at = (path: string, entry: string | undefined, line: number, column: number, startsWith: string) =>
      results.some(
        (r) => r.path.endsWith(path) && r.entryId === entry && r.diagnostics.some((d) => d.line === line && d.column === column && d.text.startsWith(startsWith)),
      );
    expect(at('refund-outside-window.md', undefined, 11, 1, 'Unfortunately')).toBe(true);
    expect(at('zendesk-macros.json', '360011', 9, 86, 'Unfortunately')).toBe(true);
    expect(at('snippets.csv', 'warranty-water', 4, 32, 'Unfortunately')).toBe(true);
    expect(at('plain-reply.eml', undefined, 14, 1, 'Unfortunately')).toBe(true);
    expect(results.find((r) => r.path.endsWith('html-thread.eml'))?.entryId).toBe('decoded body');
    // A subject line is checked for its wording only: no scorecard of its own.
    expect(results.find((r) => r.path.endsWith('plain-reply.eml') && r.entryId === 'subject')).not.toHaveProperty('scorecard');
  });

  it('never reports placeholders, code, quoted threads, signatures, comments or directive-silenced lines', async () => {
    const { stdout } = await runCli(['--format', 'json', 'examples/library/', 'examples/email/'], { cwd: ROOT });
    const results: Result[] = JSON.parse(stdout).results;
    const texts = (path: string) => results.filter((r) => r.path.endsWith(path)).flatMap((r) => r.diagnostics.map((d) => `${d.line}:${d.text}`));
    // late-delivery.md: the "Unfortunately" line is silenced by a directive; the quoted customer line is context.
    expect(texts('late-delivery.md').filter((t) => /unfortunately|should have|already explained/i.test(t))).toEqual([]);
    // sign-in-error.md: the error message in the code block is not the draft's words.
    expect(texts('sign-in-error.md').filter((t) => /failed/i.test(t))).toEqual([]);
    // plain-reply.eml: the signature and the quoted customer are not checked.
    expect(texts('plain-reply.eml').filter((t) => Number(t.split(':')[0]) >= 22)).toEqual([]);
    // html-thread.eml: the Gmail signature and quote are not checked.
    expect(texts('html-thread.eml').filter((t) => /closed on Sundays|failed to deliver|As I already/i.test(t))).toEqual([]);
    for (const r of results) for (const d of r.diagnostics) expect(d.text).not.toMatch(/\{\{|\{%|%AGENT|\[Customer/);
  });
});

describe('folders, ignores and bad input (built binary)', () => {
  let project: ReturnType<typeof makeProject>;
  beforeAll(async () => {
    const config = JSON.parse(await isolatedConfig());
    config.ignorePatterns = ['old/'];
    config.collections = [{ glob: 'custom/*.json', entries: '/items', id: 'key', body: 'message' }, { glob: 'empty.json', entries: 'nothing', body: 'x' }];
    project = makeProject({
      '.tonecheckrc.json': JSON.stringify(config),
      '.tonecheckignore': 'drafts/skip-me.txt\n',
      'plugin.mjs': TEST_PLUGIN,
      'drafts/a.md': 'Hi,\n\nSure, **per my last email**.\n',
      'drafts/b.html': '<p>Hi,</p><p>Per my <i>last</i> email, yes.</p>',
      'drafts/skip-me.txt': 'per my last email',
      'drafts/old/c.txt': 'per my last email',
      // A package.json makes its folder a project root of its own, so these sit in a folder of their own.
      'drafts/app/package.json': '{"name": "x", "description": "per my last email"}',
      'drafts/app/tsconfig.json': '{"compilerOptions": {}}',
      'drafts/settings.json': '{"text": "per my last email"}',
      'drafts/node_modules/d.md': 'per my last email',
      'drafts/replies.yaml': '- title: one\n  body: |\n    Hi,\n    per my last email.\n',
      'custom/list.json': '{"items": [{"key": "k1", "message": "Per my last email, done."}]}',
      'bad/broken.json': '{"macros": [ {"id": 1, } ',
      'bad/broken.yaml': 'responses:\n  - title: a\n    body: [oops\n',
      'bad/broken.csv': 'title,body\na,"never closed\n',
      'bad/empty.json': '{"macros": []}',
      'bad/attachment.eml': 'Subject: x\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n',
      'bad/banner.html': '<table><tr><td><img src="a.png"></td></tr></table>',
      'bad/entries.json': '[{"id": 1, "title": "a", "body": "per my last email"}, {"id": 2, "title": "b", "body": 7}]',
      'empty.json': '{"a": 1}',
      'ok.txt': 'Hi,\n\nper my last email.\n',
    });
  });
  afterAll(() => project.cleanup());
  const run = (args: string[]) => runCli(args, { cwd: project.dir });

  it('scans a folder in sorted order, skipping ignored files, dependencies and JSON that is not an export', async () => {
    const { stdout, stderr } = await run(['drafts', '--format', 'json']);
    expect(stderr).toBe('');
    const results: Result[] = JSON.parse(stdout).results;
    expect(results.map((r) => [r.path, r.entryId, r.diagnostics.map((d) => `${d.line}:${d.column}:${d.text}`)])).toEqual([
      [join('drafts', 'a.md'), undefined, ['3:9:per my last email']],
      [join('drafts', 'b.html'), undefined, ['1:14:Per my last email']],
      [join('drafts', 'replies.yaml'), 'one', ['4:5:per my last email']],
    ]);
  });

  it('reads a file matching a collections glob with its mapping', async () => {
    const { stdout } = await run(['custom', '--format', 'json']);
    const [result] = JSON.parse(stdout).results as Result[];
    expect(result).toMatchObject({ path: join('custom', 'list.json'), entryId: 'k1', diagnostics: [{ line: 1, column: 38 }] });
  });

  it('gives one stderr line per bad file or entry, checks the rest, and exits 2', async () => {
    const { code, stdout, stderr } = await run(['bad', 'ok.txt', 'empty.json', '--format', 'json']);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      `tonecheck: ${join('bad', 'attachment.eml')}: no text or HTML body to check`,
      `tonecheck: ${join('bad', 'banner.html')}: no visible text to check (the HTML is only markup)`,
      expect.stringMatching(/^tonecheck: bad.broken\.csv: malformed CSV at 2:3: a quoted field is never closed$/),
      expect.stringMatching(/^tonecheck: bad.broken\.json: malformed JSON at 1:\d+: /),
      expect.stringMatching(/^tonecheck: bad.broken\.yaml: malformed YAML at 4:1: /),
      `tonecheck: ${join('bad', 'empty.json')}: Zendesk macros: no entries to check`,
      `tonecheck: ${join('bad', 'entries.json')}#2: "body" is a number, not text`,
      'tonecheck: empty.json: collections[1] in .tonecheckrc.json: "entries" "nothing" selected nothing: expected a list or an object of entries',
    ]);
    const results: Result[] = JSON.parse(stdout).results;
    expect(results.map((r) => [r.path, r.entryId])).toEqual([
      [join('bad', 'entries.json'), '1'],
      ['ok.txt', undefined],
    ]);
  });

  it('reads stdin in the format its --stdin-filename names', async () => {
    const { stdout } = await runCli(['--format', 'json', '--stdin-filename', 'reply.html'], { cwd: project.dir, input: '<p>Hi, <b>per my last email</b>.</p>' });
    expect(JSON.parse(stdout).results[0].diagnostics[0]).toMatchObject({ line: 1, column: 11, endColumn: 28 });
  });
});
