import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';

function fakeIO(argv: string[], options: { stdin?: string; tty?: boolean; env?: Record<string, string> } = {}) {
  const stdin = Object.assign(new PassThrough(), { isTTY: options.tty });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  if (!options.tty) stdin.end(options.stdin ?? '');
  const io = { argv, stdin, stdout, stderr, cwd: process.cwd(), env: options.env ?? {} };
  return { io, output: () => ({ out, err }) };
}

describe('main (in process)', () => {
  it('returns the exit code instead of exiting, and writes to the injected streams', async () => {
    const { io, output } = fakeIO(['--no-config', '--format', 'json'], { stdin: '' });
    expect(await main(io)).toBe(0);
    expect(JSON.parse(output().out)).toMatchObject({ version: 1, results: [{ path: '<stdin>' }] });
    expect(output().err).toBe('');
  });

  it('asks for input instead of waiting on an interactive terminal', async () => {
    const { io, output } = fakeIO([], { tty: true });
    expect(await main(io)).toBe(2);
    expect(output().err).toBe(
      'tonecheck: no drafts given: name files or folders, or pipe a draft to stdin (see tonecheck --help)\n',
    );
  });

  it('reports a usage error in one line with exit 2', async () => {
    const { io, output } = fakeIO(['--max-warnings', '-5']);
    expect(await main(io)).toBe(2);
    expect(output().err).toMatch(/^tonecheck: option '--max-warnings <n>' argument '-5' is invalid\. .*\n$/);
  });

  it('answers --help and --version on stdout with exit 0', async () => {
    const help = fakeIO(['rules', '--help']);
    expect(await main(help.io)).toBe(0);
    expect(help.output().out).toContain('Usage: tonecheck rules [options]');
    const version = fakeIO(['-v']);
    expect(await main(version.io)).toBe(0);
    expect(version.output().out).toMatch(/^\d+\.\d+\.\d+/);
  });
});
