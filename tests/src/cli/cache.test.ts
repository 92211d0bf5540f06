import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachePath, configKey, ResultCache } from '../../../src/cli/cache.js';
import { json, jsonBody } from '../../../src/formatters/json.js';
import type { FormatOptions, LintResult } from '../../../src/formatters/types.js';
import { makeProject, runCli } from './helpers.js';

/** A plugin rule that writes a line to checks.log each time it checks a draft: the count of drafts really checked. */
const COUNTING_PLUGIN = `
import { appendFileSync } from 'node:fs';
export default {
  meta: { id: 'test/count', dimension: 'courtesy', description: 'Flags "kindly", counting checks.', defaultSeverity: 'warning', fixable: true },
  defaultOptions: {},
  check(context) {
    appendFileSync(new URL('./checks.log', import.meta.url), 'checked\\n');
    const m = /kindly/i.exec(context.draft.text);
    if (m) context.report({ start: m.index, end: m.index + 6, message: 'Stiff.', why: 'Plain requests sound warmer.', suggestions: ['please'] });
  },
};
`;

const draft = (n: number) => `Hi Sam,\n\nKindly resend the photo of order ${n}, and as I said, you should have read the guide.\n\nBest,\nAna\n`;

describe('--cache', () => {
  let project: ReturnType<typeof makeProject>;
  const checks = () => {
    const log = join(project.dir, 'checks.log');
    return statSync(log, { throwIfNoEntry: false }) ? readFileSync(log, 'utf8').split('\n').length - 1 : 0;
  };
  const run = (...args: string[]) => runCli(args, { cwd: project.dir });

  beforeAll(() => {
    const files: Record<string, string> = { 'count.mjs': COUNTING_PLUGIN, '.tonecheckrc.json': '{"plugins": ["./count.mjs"]}' };
    for (let i = 0; i < 12; i++) files[`replies/r${String(i).padStart(2, '0')}.txt`] = draft(i);
    project = makeProject(files);
  });
  afterAll(() => project.cleanup());

  it('re-checks nothing when nothing changed, and reports the same', async () => {
    const first = await run('--cache', '--format', 'json', 'replies');
    expect(checks()).toBe(12);
    expect(statSync(join(project.dir, '.tonecheckcache')).isFile()).toBe(true);
    const second = await run('--cache', '--format', 'json', 'replies');
    expect(checks()).toBe(12);
    expect(second.stdout).toBe(first.stdout);
    expect(second.code).toBe(first.code);
    // The stylish report needs the text for its excerpts, which the cache does not store.
    const withCache = await run('--cache', 'replies');
    const without = await run('replies');
    expect(withCache.stdout).toBe(without.stdout);
    expect(withCache.stdout).toContain('you should have read the guide');
  });

  it('reports stored results as a fresh run would, whatever the options', async () => {
    await run('--cache', '--format', 'json', 'replies');
    const before = checks();
    for (const options of [['--no-scorecard'], ['--quiet'], ['--format', 'compact'], ['--format', 'sarif']]) {
      const cached = await run('--cache', '--format', 'json', ...options, 'replies');
      const fresh = await run('--format', 'json', ...options, 'replies');
      expect(cached.stdout).toBe(fresh.stdout);
    }
    expect(checks()).toBe(before + 4 * 12);
  });

  it('re-checks a file whose content changed, and only that one', async () => {
    const before = checks();
    writeFileSync(join(project.dir, 'replies/r03.txt'), 'Hi Sam,\n\nYour parcel is on its way.\n\nBest,\nAna\n');
    const report = JSON.parse((await run('--cache', '--format', 'json', 'replies')).stdout);
    expect(checks()).toBe(before + 1);
    expect(report.results.find((r: LintResult) => r.path === 'replies/r03.txt').diagnostics.map((d: { ruleId: string }) => d.ruleId)).not.toContain(
      'test/count',
    );
  });

  it('notices a change that keeps the size of a file it no longer reads', async () => {
    // Once a file has been still for two seconds its stamp is recorded and it is not read again.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await run('--cache', 'replies');
    await run('--cache', 'replies');
    const before = checks();
    const file = join(project.dir, 'replies/r05.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Kindly', 'Gladly'));
    const report = JSON.parse((await run('--cache', '--format', 'json', 'replies')).stdout);
    expect(checks()).toBe(before + 1);
    const r05 = report.results.find((r: LintResult) => r.path === 'replies/r05.txt');
    expect(r05.diagnostics.map((d: { ruleId: string }) => d.ruleId)).not.toContain('test/count');
  });

  it('re-checks everything when the config or the --rule settings change', async () => {
    let before = checks();
    writeFileSync(join(project.dir, '.tonecheckrc.json'), '{"plugins": ["./count.mjs"], "rules": {"test/count": "error"}}');
    const report = JSON.parse((await run('--cache', '--format', 'json', 'replies')).stdout);
    expect(checks()).toBe(before + 12);
    expect(report.errorCount).toBeGreaterThanOrEqual(11);
    before = checks();
    await run('--cache', '--format', 'json', '--rule', 'test/count:suggestion', 'replies');
    expect(checks()).toBe(before + 12);
  });

  it('names files as seen from where the command runs, whatever run stored them', async () => {
    await run('--cache', 'replies');
    const before = checks();
    mkdirSync(join(project.dir, 'sub'), { recursive: true });
    const fromSub = await runCli(['--cache', '--cache-location', '../.tonecheckcache', '--format', 'json', '../replies'], {
      cwd: join(project.dir, 'sub'),
    });
    expect(checks()).toBe(before);
    expect(JSON.parse(fromSub.stdout).results[0].path).toBe('../replies/r00.txt');
  });

  it('keeps the cache where --cache-location says, a file or a folder', async () => {
    const before = checks();
    mkdirSync(join(project.dir, 'tmp'));
    await run('--cache', '--cache-location', 'tmp/', 'replies');
    expect(statSync(join(project.dir, 'tmp/.tonecheckcache')).isFile()).toBe(true);
    await run('--cache', '--cache-location', 'tmp/', 'replies');
    await run('--cache', '--cache-location', 'tmp/tone.cache', 'replies');
    expect(statSync(join(project.dir, 'tmp/tone.cache')).isFile()).toBe(true);
    expect(checks()).toBe(before + 24);
  });

  it('never stores a file with a problem in one of its entries, so the problem is reported every time', async () => {
    const exportFile = JSON.stringify([{ id: 1, title: 't', body: draft(99) }, { id: 2, title: 'u', body: 42 }]);
    writeFileSync(join(project.dir, 'export.json'), exportFile);
    const first = await run('--cache', 'export.json');
    const second = await run('--cache', 'export.json');
    expect(first.stderr).toBe('tonecheck: export.json#2: "body" is a number, not text\n');
    expect(second.stderr).toBe(first.stderr);
    expect(second.code).toBe(2);
  });

  it('starts afresh from a damaged cache file', async () => {
    writeFileSync(join(project.dir, '.tonecheckcache'), '{"format": 3, "entr');
    const before = checks();
    const again = await run('--cache', 'replies');
    expect(again.stderr).toBe('');
    expect(checks()).toBe(before + 12);
    expect(JSON.parse(readFileSync(join(project.dir, '.tonecheckcache'), 'utf8').split('\n')[0]!).format).toBe(4);
  });
});

describe('ResultCache', () => {
  const project = makeProject({});
  const options: FormatOptions = { color: false, tool: { name: 'tonecheck', version: '1.0.0' } };
  afterAll(() => project.cleanup());
  const result: LintResult = {
    path: 'a.txt',
    source: 'Hi,\n\nKindly wait.\n',
    diagnostics: [
      {
        ruleId: 'test/count',
        severity: 'warning',
        dimension: 'courtesy',
        message: 'Stiff.',
        why: 'Plain requests sound warmer.',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 7,
        start: 5,
        end: 11,
        text: 'Kindly',
        suggestions: ['please', 'could you'],
        fix: { start: 5, end: 11, text: 'Please' },
        url: 'https://example.org/count',
      },
    ],
    errorCount: 0,
    warningCount: 1,
    suggestionCount: 0,
  };

  it('gives back exactly what was stored, for the same content, config and version only', async () => {
    const file = join(project.dir, 'cache.json');
    const cache = ResultCache.load(file, '1.0.0');
    cache.set('/x/a.txt', 'hash-a', 'config-1', [result], result.source!);
    await cache.save();
    const again = ResultCache.load(file, '1.0.0');
    expect(again.get('/x/a.txt', 'a.txt', 'hash-a', 'config-1', () => result.source!)).toEqual([result]);
    expect(again.get('/x/a.txt', 'a.txt', 'hash-b', 'config-1', () => result.source!)).toBeUndefined();
    expect(again.get('/x/a.txt', 'a.txt', 'hash-a', 'config-2', () => result.source!)).toBeUndefined();
    expect(ResultCache.load(file, '1.0.1').get('/x/a.txt', 'a.txt', 'hash-a', 'config-1', () => result.source!)).toBeUndefined();
    // Named as the command now names the file, wherever it runs from.
    expect(again.get('/x/a.txt', '../x/a.txt', 'hash-a', 'config-1', () => result.source!)![0]!.path).toBe('../x/a.txt');
  });

  it('knows a file is unchanged from its stamp once it has been still for a while, and not before', () => {
    const cache = ResultCache.load(join(project.dir, 'stamps.json'), '1.0.0');
    const old: [number, number, number, number] = [120, Date.now() - 60_000, Date.now() - 60_000, 42];
    const fresh: [number, number, number, number] = [120, Date.now(), Date.now(), 43];
    cache.set('/x/old.txt', 'hash-old', 'c', [result], result.source!, old);
    cache.set('/x/fresh.txt', 'hash-fresh', 'c', [result], result.source!, fresh);
    expect(cache.contentIfUnchanged('/x/old.txt', [...old])).toBe('hash-old');
    expect(cache.contentIfUnchanged('/x/old.txt', [121, old[1], old[2], 42])).toBeUndefined();
    expect(cache.contentIfUnchanged('/x/old.txt', [120, old[1], old[2] + 1, 42])).toBeUndefined();
    expect(cache.contentIfUnchanged('/x/fresh.txt', [...fresh])).toBeUndefined();
  });

  it('stores each repeated string of the findings once, besides the report lines', async () => {
    const file = join(project.dir, 'many.json');
    const cache = ResultCache.load(file, '1.0.0');
    for (let i = 0; i < 50; i++) cache.set(`/x/${i}.txt`, `h${i}`, 'c', [result], result.source!);
    await cache.save();
    const text = readFileSync(file, 'utf8');
    // Once in the string table, and once in each file's JSON report line.
    expect(text.split('Plain requests sound warmer.').length - 1).toBe(1 + 50);
    expect(text.split(jsonBody(result)).length - 1).toBe(50);
  });

  it('writes its index and findings in ASCII, its report lines as the report does, and gives every character back', async () => {
    const file = join(project.dir, 'ascii.json');
    const source = 'Hi Zoë,\n\nKindly wait 🙏 for the “new” label.\n';
    const text = { ...result.diagnostics[0]!, message: 'Stiff … “kindly” 🙏', suggestions: ['please — thanks'] };
    const stored: LintResult = { ...result, path: 'ü.txt', source, diagnostics: [text] };
    const cache = ResultCache.load(file, '1.0.0');
    cache.set('/x/ü.txt', 'h', 'c', [stored], source);
    await cache.save();
    const bytes = readFileSync(file);
    const body = Buffer.from(jsonBody(stored));
    const [before, after] = [bytes.subarray(0, bytes.indexOf(body)), bytes.subarray(bytes.indexOf(body) + body.length)];
    expect([...before, ...after].every((byte) => byte < 0x80)).toBe(true);
    const again = ResultCache.load(file, '1.0.0').get('/x/ü.txt', 'ü.txt', 'h', 'c', () => source);
    expect(again).toEqual([stored]);
  });

  it('keeps what an earlier run stored when a later run adds to it', async () => {
    const file = join(project.dir, 'grow.json');
    const first = ResultCache.load(file, '1.0.0');
    first.set('/x/a.txt', 'h', 'c', [result], result.source!);
    await first.save();
    const other: LintResult = { ...result, path: 'b.txt', diagnostics: [{ ...result.diagnostics[0]!, why: 'A new reason.' }] };
    const second = ResultCache.load(file, '1.0.0');
    second.set('/x/b.txt', 'h', 'c', [other], result.source!);
    await second.save();
    const third = ResultCache.load(file, '1.0.0');
    expect(third.get('/x/a.txt', 'a.txt', 'h', 'c', () => result.source!)).toEqual([result]);
    expect(third.get('/x/b.txt', 'b.txt', 'h', 'c', () => result.source!)).toEqual([other]);
    // Stored results carry their report line for the JSON report, which copies it.
    expect(json(third.get('/x/a.txt', 'a.txt', 'h', 'c', () => result.source!)!, options)).toBe(json([result], options));
  });

  it('starts afresh from a file cut short', async () => {
    const file = join(project.dir, 'short.json');
    const cache = ResultCache.load(file, '1.0.0');
    cache.set('/x/a.txt', 'h', 'c', [result], result.source!);
    await cache.save();
    writeFileSync(file, readFileSync(file).subarray(0, -10));
    expect(ResultCache.load(file, '1.0.0').get('/x/a.txt', 'a.txt', 'h', 'c', () => result.source!)).toBeUndefined();
  });

  it('keys configs by their content, plugin code included', () => {
    const rule = { meta: { id: 'x' }, check: () => 1 };
    const other = { meta: { id: 'x' }, check: () => 2 };
    const base = { version: '1' };
    const a = configKey({ config: { plugins: [rule as never] } }, base);
    expect(configKey({ config: { plugins: [rule as never] } }, base)).toBe(a);
    expect(configKey({ config: { plugins: [other as never] } }, base)).not.toBe(a);
    expect(configKey({ config: { plugins: [rule as never] } }, { ...base, context: 'angry' })).not.toBe(a);
    expect(configKey({ config: { plugins: [rule as never] } }, { version: '2' })).not.toBe(a);
  });

  it('lives in .tonecheckcache unless told otherwise', () => {
    expect(cachePath(undefined, '/w')).toBe('/w/.tonecheckcache');
    expect(cachePath('c/', '/w')).toBe('/w/c/.tonecheckcache');
    expect(cachePath('c/file', '/w')).toBe('/w/c/file');
  });
});
