import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedConfig, makeProject, ROOT, runCli, TEST_PLUGIN } from './helpers.js';

const DRAFT = 'Hi Sam,\n\nPer my last email, the refund is on its way.\n\nBest,\nAna\n';

describe('tonecheck (built binary)', () => {
  let project: ReturnType<typeof makeProject>;
  beforeAll(async () => {
    project = makeProject({
      '.tonecheckrc.json': await isolatedConfig(),
      'plugin.mjs': TEST_PLUGIN,
      'reply.txt': DRAFT,
      'clean.txt': 'Hi Sam,\n\nThe refund is on its way.\n\nBest,\nAna\n',
      'replies/one.txt': DRAFT,
      'replies/nested/two.md': 'Hello,\r\n\r\nPer my last email, yes.\r\n',
      'replies/skip.json': '{"per my last email": 1}',
      'replies/node_modules/dep.txt': DRAFT,
      'empty/.keep': '',
    });
  });
  afterAll(() => project.cleanup());
  const run = (args: string[], input?: string | Uint8Array, env?: Record<string, string>) =>
    runCli(args, { cwd: project.dir, ...(input === undefined ? {} : { input }), ...(env ? { env } : {}) });

  it('prints the annotated finding and exits 1 on an error', async () => {
    const { code, stdout, stderr } = await run(['reply.txt', '--no-scorecard']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        'reply.txt',
        '  3:1  error  This reads as a reproach.  test/per-my-last',
        '    Per my last email, the refund is on its way.',
        '    ^^^^^^^^^^^^^^^^^',
        '    try: "As I mentioned"',
        '         "To recap"',
        '    why: Pointing back at an earlier message implies the reader failed to read it.',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 suggestions)',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 on a clean draft and says so', async () => {
    const { code, stdout } = await run(['clean.txt', '--no-scorecard']);
    expect(code).toBe(0);
    expect(stdout).toBe('✔ 1 draft checked, no problems\n');
  });

  it('gates warnings with --max-warnings and reports errors only with --quiet', async () => {
    const asWarning = ['--rule', 'test/per-my-last:warning', 'reply.txt'];
    expect((await run(asWarning)).code).toBe(0);
    expect((await run([...asWarning, '--max-warnings', '1'])).code).toBe(0);
    expect((await run([...asWarning, '--max-warnings', '0'])).code).toBe(1);
    const quiet = await run([...asWarning, '--quiet', '--max-warnings', '0', '--no-scorecard']);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('✔ 1 draft checked, no problems\n');
    expect((await run(['--rule', 'test/per-my-last:off', 'reply.txt'])).code).toBe(0);
  });

  it('reads stdin, names it with --stdin-filename, and finds its config from that name', async () => {
    const plain = await run(['--format', 'json'], DRAFT);
    const named = await run(['--format', 'json', '--stdin-filename', 'replies/new.txt', '-'], DRAFT);
    expect(JSON.parse(named.stdout).results[0].path).toBe(join('replies', 'new.txt'));
    expect(JSON.parse(named.stdout).errorCount).toBe(1);
    expect(JSON.parse(plain.stdout).results[0].path).toBe('<stdin>');
    const elsewhere = await runCli(['--format', 'json', '--stdin-filename', join(project.dir, 'reply.txt')], {
      cwd: ROOT,
      input: DRAFT,
    });
    expect(JSON.parse(elsewhere.stdout).errorCount).toBe(1);
  });

  it('checks a folder recursively in a stable order, skipping node_modules and unknown extensions', async () => {
    const { stdout, code } = await run(['replies', '--format', 'json']);
    expect(code).toBe(1);
    const paths = JSON.parse(stdout).results.map((r: { path: string }) => r.path);
    expect(paths).toEqual([join('replies', 'nested', 'two.md'), join('replies', 'one.txt')]);
  });

  it('keeps exact positions through CRLF, a BOM, invalid UTF-8 and very long lines', async () => {
    const long = `${'word '.repeat(5000)}per my last email`;
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Hi,\r\n\r\nOk ', 'utf8'),
      Buffer.from([0xff]),
      Buffer.from(` per my last email.\r\n${long}\r\n`, 'utf8'),
    ]);
    const { stdout } = await run(['--format', 'json', '--stdin-filename', 'x.txt'], bytes);
    const [first, second] = JSON.parse(stdout).results[0].diagnostics;
    expect(first).toMatchObject({ line: 3, column: 6, endLine: 3, endColumn: 23, text: 'per my last email' });
    expect(second).toMatchObject({ line: 4, column: 25001, text: 'per my last email' });
    const stylish = await run(['--stdin-filename', 'x.txt'], bytes);
    const excerpt = stylish.stdout.split('\n').find((l) => l.includes('…'));
    expect(excerpt!.length).toBeLessThanOrEqual(100);
  });

  it('exits 0 with nothing to say on empty input', async () => {
    const { code, stderr } = await run(['--format', 'json'], '');
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('reports a missing file in one line, checks the rest, and exits 2', async () => {
    const { code, stdout, stderr } = await run(['nope.txt', 'clean.txt']);
    expect(stderr).toBe('tonecheck: nope.txt: no such file or folder\n');
    expect(stdout).toContain('1 draft checked');
    expect(code).toBe(2);
  });

  it('refuses binary files in one line and exits 2', async () => {
    const binary = makeProject({ 'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) });
    try {
      const { code, stderr } = await runCli(['image.txt'], { cwd: binary.dir });
      expect(stderr).toBe('tonecheck: image.txt: binary file, not checked\n');
      expect(code).toBe(2);
    } finally {
      binary.cleanup();
    }
  });

  it('says a folder has nothing to check', async () => {
    const { code, stderr } = await run(['empty']);
    expect(stderr).toMatch(/^tonecheck: empty: no drafts to check \(looked for \.txt .*\)\n$/);
    expect(code).toBe(2);
  });

  it('expands glob patterns the shell left alone', async () => {
    const { stdout } = await run(['replies/**/*.md', '--format', 'json']);
    expect(JSON.parse(stdout).results.map((r: { path: string }) => r.path)).toEqual([join('replies', 'nested', 'two.md')]);
    const none = await run(['replies/*.docx']);
    expect(none.stderr).toBe('tonecheck: replies/*.docx: no files match this pattern\n');
    expect(none.code).toBe(2);
  });

  it('passes --context to the rules and refuses a second stdin', async () => {
    const contextPlugin = makeProject({
      '.tonecheckrc.yaml': 'plugins: [./context.mjs]\n',
      'context.mjs': `export default { meta: { id: 'test/context', dimension: 'empathy', description: 'Echoes the context.', defaultSeverity: 'warning' }, defaultOptions: {}, check(c) { if (c.draft.customerText.includes('angry')) c.report({ start: 0, end: 2, message: 'Customer is upset.', why: 'Because.' }); } };`,
      'reply.txt': 'Hi there.\n',
      'ticket.txt': 'I am angry about this.\n',
    });
    try {
      const withContext = await runCli(['--format', 'json', '--context', 'ticket.txt', 'reply.txt'], { cwd: contextPlugin.dir });
      const ids = JSON.parse(withContext.stdout).results[0].diagnostics.map((d: { ruleId: string }) => d.ruleId);
      expect(ids).toContain('test/context');
      const fromStdin = await runCli(['--format', 'json', '--context', '-', 'reply.txt'], {
        cwd: contextPlugin.dir,
        input: 'So angry.',
      });
      expect(JSON.parse(fromStdin.stdout).results[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain('test/context');
      const twice = await runCli(['--context', '-'], { cwd: contextPlugin.dir, input: 'x' });
      expect(twice.code).toBe(2);
      expect(twice.stderr).toMatch(/^tonecheck: --context -: stdin already holds the draft/);
      const missing = await runCli(['--context', 'gone.txt', 'reply.txt'], { cwd: contextPlugin.dir });
      expect(missing.stderr).toBe('tonecheck: --context gone.txt: no such file or folder\n');
      expect(missing.code).toBe(2);
    } finally {
      contextPlugin.cleanup();
    }
  });
});

describe('tonecheck usage and config errors', () => {
  const expectOneLine = (stderr: string) => {
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^tonecheck: /);
  };

  it('rejects an unknown --format and an unknown option with exit 2', async () => {
    const format = await runCli(['--format', 'xml', 'x.txt']);
    expectOneLine(format.stderr);
    expect(format.stderr).toContain("argument 'xml' is invalid");
    expect(format.code).toBe(2);
    const option = await runCli(['--frmat', 'json']);
    expectOneLine(option.stderr);
    expect(option.stderr).toContain('(did you mean --format?)');
    expect(option.code).toBe(2);
    const count = await runCli(['--max-warnings', 'many', 'x.txt']);
    expectOneLine(count.stderr);
    expect(count.code).toBe(2);
  });

  it('rejects an unknown --rule id and a bad --rule severity', async () => {
    const unknown = await runCli(['--no-config', '--rule', 'no-such-rule:error', '-'], { input: 'Hi.' });
    expect(unknown.stderr).toBe('tonecheck: --rule: unknown rule "no-such-rule" (run "tonecheck rules" to list them)\n');
    expect(unknown.code).toBe(2);
    const severity = await runCli(['--rule', 'x:high', '-'], { input: 'Hi.' });
    expectOneLine(severity.stderr);
    expect(severity.stderr).toContain('invalid severity "high"');
    expect(severity.code).toBe(2);
  });

  it('names the file and key of a bad config, and exits 2 without output', async () => {
    const project = makeProject({
      '.tonecheckrc.yaml': 'rules:\n  blame-free: high\n',
      'broken/.tonecheckrc': 'rules: [unclosed\n',
      'broken/reply.txt': 'Hi.',
      'reply.txt': 'Hi.',
    });
    try {
      const severity = await runCli(['reply.txt'], { cwd: project.dir });
      expect(severity.stderr).toBe(
        'tonecheck: .tonecheckrc.yaml: rules.blame-free: invalid severity "high" (expected error, warning, suggestion, off)\n',
      );
      expect(severity.stdout).toBe('');
      expect(severity.code).toBe(2);
      const yaml = await runCli(['broken/reply.txt'], { cwd: project.dir });
      expectOneLine(yaml.stderr);
      expect(yaml.stderr).toMatch(/^tonecheck: broken\/\.tonecheckrc: invalid YAML: .*\(\d+:\d+\)\n$/);
      expect(yaml.code).toBe(2);
      const missing = await runCli(['--config', 'gone.yaml', 'reply.txt'], { cwd: project.dir });
      expect(missing.stderr).toBe('tonecheck: gone.yaml: cannot read config: no such file or folder\n');
      expect(missing.code).toBe(2);
      const ignored = await runCli(['--no-config', 'reply.txt'], { cwd: project.dir });
      expect(ignored.stderr).toBe('');
    } finally {
      project.cleanup();
    }
  });

  it('prints the version and help with exit 0', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const version = await runCli(['--version']);
    expect(version.stdout).toBe(`${pkg.version}\n`);
    expect(version.code).toBe(0);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: tonecheck [options] [command] [paths...]');
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--stdin-filename');
  });
});
