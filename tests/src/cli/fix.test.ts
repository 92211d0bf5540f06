import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeLike } from '../../../src/cli/fix.js';
import { makeProject, ROOT, runCli } from './helpers.js';

const DRAFT = 'Hi Sam,\n\nTo reset it, simply open Settings and click Reset.\n\nBest,\nAna\n';
const FIXED = 'Hi Sam,\n\nTo reset it, open Settings and click Reset.\n\nBest,\nAna\n';

interface JsonReport {
  results: Array<{
    path: string;
    output?: string;
    diagnostics: Array<{ line: number; start: number; end: number; fix?: { start: number; end: number; text: string } }>;
  }>;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('--fix on a copy of the examples', () => {
  let dir: string;
  let before: JsonReport;
  let first: Awaited<ReturnType<typeof runCli>>;
  let second: Awaited<ReturnType<typeof runCli>>;
  const originals = new Map<string, Buffer>();
  const afterFirst = new Map<string, Buffer>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tonecheck-fix-'));
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
    mkdirSync(join(dir, '.git'));
    chmodSync(join(dir, 'drafts/confused-customer-bad.txt'), 0o640);
    for (const file of filesUnder(dir)) originals.set(file, readFileSync(join(dir, file)));
    // The plugin example imports tonecheck by name, which only resolves inside the repository; it has no fixes.
    const targets = readdirSync(dir).filter((name) => name !== 'custom-rules' && name !== '.git');
    before = JSON.parse((await runCli(['--format', 'json', ...targets], { cwd: dir })).stdout) as JsonReport;
    first = await runCli(['--fix', ...targets], { cwd: dir });
    for (const file of filesUnder(dir)) afterFirst.set(file, readFileSync(join(dir, file)));
    second = await runCli(['--fix', '--format', 'json', ...targets], { cwd: dir });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('changes only files with safe fixes, and in them only the lines of flagged spans, within the fixes', () => {
    const withFixes = new Set(before.results.filter((r) => r.diagnostics.some((d) => d.fix)).map((r) => r.path));
    const changed = [...afterFirst].filter(([file, bytes]) => !bytes.equals(originals.get(file)!)).map(([file]) => file);
    expect(changed.length).toBeGreaterThan(0);
    for (const file of changed) {
      expect(withFixes.has(file), `${file} changed without a safe fix`).toBe(true);
      const old = originals.get(file)!.toString('utf8');
      const now = afterFirst.get(file)!.toString('utf8');
      const fixes = before.results.filter((r) => r.path === file).flatMap((r) => r.diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])));
      const oldLines = old.split('\n');
      const newLines = now.split('\n');
      expect(newLines).toHaveLength(oldLines.length);
      let lineStart = 0;
      oldLines.forEach((line, i) => {
        const next = newLines[i]!;
        if (line !== next) {
          // The changed stretch of the line lies within the fixes that start on it (with the space or capital they repair).
          let a = 0;
          while (a < line.length && line[a] === next[a]) a++;
          let b = 0;
          while (b < line.length - a && line[line.length - 1 - b] === next[next.length - 1 - b]) b++;
          const onLine = fixes.filter((f) => f.start >= lineStart && f.start <= lineStart + line.length);
          expect(onLine.length, `${file}:${i + 1} changed with no fix on it`).toBeGreaterThan(0);
          expect(lineStart + a).toBeGreaterThanOrEqual(Math.min(...onLine.map((f) => f.start)));
          expect(lineStart + line.length - b).toBeLessThanOrEqual(Math.max(...onLine.map((f) => f.end)) + 1);
        }
        lineStart += line.length + 1;
      });
    }
    expect(first.stderr).toMatch(/tonecheck: applied \d+ safe fix(es)? in \d+ files?/);
  });

  it('keeps permissions and leaves no temporary file behind', () => {
    expect(afterFirst.get('drafts/confused-customer-bad.txt')!.equals(originals.get('drafts/confused-customer-bad.txt')!)).toBe(false);
    expect(statSync(join(dir, 'drafts/confused-customer-bad.txt')).mode & 0o777).toBe(0o640);
    expect([...afterFirst.keys()]).toEqual([...originals.keys()]);
  });

  it('changes nothing the second time, and reports what is left', () => {
    const after = JSON.parse(second.stdout) as JsonReport;
    expect(after.results.flatMap((r) => r.diagnostics).filter((d) => d.fix)).toEqual([]);
    expect(second.stderr).not.toMatch(/applied/);
    const unchanged = filesUnder(dir).filter((file) => readFileSync(join(dir, file)).equals(afterFirst.get(file)!));
    expect(unchanged).toEqual([...afterFirst.keys()]);
  });
});

describe('--fix on single files', () => {
  let project: ReturnType<typeof makeProject>;
  beforeAll(() => {
    project = makeProject({ '.tonecheckrc.json': '{}' });
  });
  afterAll(() => project.cleanup());

  it('keeps a byte-order mark and CRLF line ends', async () => {
    const path = join(project.dir, 'bom.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT.replace(/\n/g, '\r\n'))]));
    const run = await runCli(['--fix', 'bom.txt'], { cwd: project.dir });
    expect(run.stderr).toContain('applied 1 safe fix in 1 file');
    expect(readFileSync(path)).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FIXED.replace(/\n/g, '\r\n'))]));
  });

  it('refuses to rewrite a file whose bytes are not valid UTF-8, and says why', async () => {
    const path = join(project.dir, 'latin1.txt');
    const bytes = Buffer.concat([Buffer.from(DRAFT.replace('Ana', 'Ren')), Buffer.from([0xe9, 0x0a])]);
    writeFileSync(path, bytes);
    const run = await runCli(['--fix', 'latin1.txt'], { cwd: project.dir });
    expect(run.stderr).toBe(
      'tonecheck: latin1.txt: safe fixes not applied: not valid UTF-8 text; rewriting it would change bytes that were not flagged\n',
    );
    expect(readFileSync(path)).toEqual(bytes);
  });

  it('will not write to stdin, and will not fix and dry-run at once', async () => {
    const stdin = await runCli(['--fix'], { cwd: project.dir, input: DRAFT });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toBe('tonecheck: --fix cannot write a draft read from stdin; use --fix-dry-run to print it fixed\n');
    const both = await runCli(['--fix', '--fix-dry-run', 'x.txt'], { cwd: project.dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('tonecheck: --fix and --fix-dry-run cannot be used together\n');
  });
});

describe('--fix on drafts inside larger files', () => {
  const macro = (body: string) =>
    `{\n  "macros": [\n    {\n      "id": 77,\n      "title": "Password reset",\n      "actions": [\n        { "field": "comment_value", "value": ${JSON.stringify(body)} }\n      ]\n    }\n  ]\n}\n`;
  let project: ReturnType<typeof makeProject>;
  beforeAll(() => {
    project = makeProject({
      '.tonecheckrc.json': '{}',
      'macros.json': macro(DRAFT),
      'reset.md': `# Password reset\n\n${DRAFT.replace('Settings', '**Settings**')}`,
      // The space after "simply" is written as an escape in the file, so deleting it cannot be written as is.
      'escaped.json': macro(DRAFT).replace('simply open', 'simply\\u0020open'),
    });
  });
  afterAll(() => project.cleanup());

  it('writes a fix into the entry of an export and into Markdown, leaving the rest of the file as it was', async () => {
    const run = await runCli(['--fix', 'macros.json', 'reset.md'], { cwd: project.dir });
    expect(run.stderr).toBe('tonecheck: applied 2 safe fixes in 2 files\n');
    expect(readFileSync(join(project.dir, 'macros.json'), 'utf8')).toBe(macro(FIXED));
    expect(readFileSync(join(project.dir, 'reset.md'), 'utf8')).toBe(`# Password reset\n\n${FIXED.replace('Settings', '**Settings**')}`);
  });

  it('refuses a fix it cannot write as the file stores the text, with the reason, and changes nothing', async () => {
    const before = readFileSync(join(project.dir, 'escaped.json'), 'utf8');
    expect(before).toContain('simply\\u0020open');
    const run = await runCli(['--fix', 'escaped.json'], { cwd: project.dir });
    expect(run.stderr).toBe('tonecheck: escaped.json: safe fixes not applied: the words run across markup or escapes in the file\n');
    expect(readFileSync(join(project.dir, 'escaped.json'), 'utf8')).toBe(before);
  });
});

describe('--fix-dry-run', () => {
  it('prints a draft from stdin with only the safe fixes applied', async () => {
    const run = await runCli(['--fix-dry-run', '--no-config'], { input: DRAFT });
    expect(run.stdout).toBe(FIXED);
    expect(run.stderr).toBe('');
  });

  it('prints the draft unchanged when nothing is safe to fix', async () => {
    const clean = 'Hi Sam,\n\nYour refund is on its way.\n\nBest,\nAna\n';
    expect((await runCli(['--fix-dry-run', '--no-config'], { input: clean })).stdout).toBe(clean);
  });

  it('includes the fixed text in the JSON output, and the findings left in it', async () => {
    const run = await runCli(['--fix-dry-run', '--no-config', '--format', 'json', '--stdin-filename', 'reply.txt'], { input: DRAFT });
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.results[0]).toMatchObject({ path: 'reply.txt', output: FIXED });
    expect(report.results[0]!.diagnostics.filter((d) => d.fix)).toEqual([]);
  });

  it('leaves files as they are', async () => {
    const project = makeProject({ 'reply.txt': DRAFT });
    try {
      const run = await runCli(['--fix-dry-run', '--no-config', '--format', 'json', 'reply.txt'], { cwd: project.dir });
      expect((JSON.parse(run.stdout) as JsonReport).results[0]!.output).toBe(FIXED);
      expect(readFileSync(join(project.dir, 'reply.txt'), 'utf8')).toBe(DRAFT);
    } finally {
      project.cleanup();
    }
  });
});

describe('encodeLike', () => {
  it('writes the encoding the file had', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi', 'utf16le')]);
    expect(encodeLike(utf16, 'Hi', 'Hey')).toEqual({ bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hey', 'utf16le')]) });
    const be = Buffer.from([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]);
    expect(encodeLike(be, 'Hi', 'Ho')).toEqual({ bytes: Buffer.from([0xfe, 0xff, 0x00, 0x48, 0x00, 0x6f]) });
    expect(encodeLike(Buffer.from('plain'), 'plain', 'plainer')).toEqual({ bytes: Buffer.from('plainer') });
  });
});
