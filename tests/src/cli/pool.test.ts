import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_BYTES_FOR_POOL, MIN_FILES_FOR_POOL, parseConcurrency, partCount, workerCount } from '../../../src/cli/pool.js';
import { makeProject, runCli } from './helpers.js';

/** A plugin rule that logs the thread each draft is checked on (0 is the command's own thread). */
const THREAD_PLUGIN = `
import { appendFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
export default {
  meta: { id: 'test/thread', dimension: 'courtesy', description: 'Flags "kindly", logging the thread.', defaultSeverity: 'warning' },
  defaultOptions: {},
  check(context) {
    appendFileSync(new URL('./threads.log', import.meta.url), threadId + '\\n');
    const m = /kindly/i.exec(context.draft.text);
    if (m) context.report({ start: m.index, end: m.index + 6, message: 'Stiff.', why: 'Plain requests sound warmer.' });
  },
};
`;

const OPENINGS = ['Thanks for writing in.', 'Kindly note the new address.', 'Unfortunately the order left late.', 'I checked your account.'];
const MIDDLES = ['As I said, you should have read the guide.', 'The refund is on its way.', 'Simply restart the app.', 'Your parcel arrives on Friday.'];

/** A Zendesk macros export of `count` drafts, over 512 KB from 900 on; the last macro's comment is not text. */
function macrosExport(count: number): string {
  const macros = Array.from({ length: count }, (_, i) => ({
    id: 1000 + i,
    title: `Macro ${i}`,
    actions: [{ field: 'comment_value', value: `Hi {{ticket.requester.first_name}},\n\n${OPENINGS[i % 4]} ${MIDDLES[(i >> 2) % 4]} ${'We are here to help. '.repeat(20)}\n\nBest,\nAna\n` }],
  }));
  macros.push({ id: 9999, title: 'Broken', actions: [{ field: 'comment_value', value: 42 as unknown as string }] });
  return JSON.stringify({ macros }, null, 2);
}

function drafts(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const text = `Hi Sam,\n\n${OPENINGS[i % 4]} ${MIDDLES[(i >> 2) % 4]} Order ${i}.\n\nBest,\nAna\n`;
    files[`library/${String(i % 7)}/reply-${String(i).padStart(4, '0')}.txt`] = text;
  }
  return files;
}

/** Replies above long quoted threads: together more than MIN_BYTES_FOR_POOL, so `auto` uses the pool. */
function longThreads(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  const bytesEach = Math.ceil((MIN_BYTES_FOR_POOL * 1.2) / count);
  const quoted = '> My order has not arrived yet and I would like to know where it is, please.\n';
  for (let i = 0; i < count; i++) {
    const reply = `Hi Sam,\n\n${OPENINGS[i % 4]} ${MIDDLES[(i >> 2) % 4]} Order ${i}.\n\nBest,\nAna\n\nOn Monday, Sam wrote:\n`;
    files[`threads/reply-${String(i).padStart(4, '0')}.txt`] = reply + quoted.repeat(Math.ceil((bytesEach - reply.length) / quoted.length));
  }
  return files;
}

describe('--concurrency', () => {
  let project: ReturnType<typeof makeProject>;
  const threads = () => {
    const log = join(project.dir, 'threads.log');
    const ids = statSync(log, { throwIfNoEntry: false }) ? readFileSync(log, 'utf8').trim().split('\n').map(Number) : [];
    rmSync(log, { force: true });
    return ids;
  };
  const run = (...args: string[]) => runCli(args, { cwd: project.dir });

  beforeAll(() => {
    project = makeProject({
      'thread.mjs': THREAD_PLUGIN,
      '.tonecheckrc.json': '{"plugins": ["./thread.mjs"]}',
      ...drafts(MIN_FILES_FOR_POOL + 40),
      ...longThreads(MIN_FILES_FOR_POOL + 10),
      'library/3/zz-binary.txt': new Uint8Array([0, 1, 2, 3, 0, 5]),
      'exports/macros.json': macrosExport(1200),
    });
  });
  afterAll(() => project.cleanup());

  it('checks a big run on worker threads with the same report, errors and exit code as one thread', async () => {
    const serial = await run('--concurrency', 'off', '--format', 'json', 'library');
    const onOne = threads();
    const pooled = await run('--concurrency', '2', '--format', 'json', 'library');
    const onMany = threads();
    expect(onOne).toHaveLength(MIN_FILES_FOR_POOL + 40);
    expect(new Set(onOne)).toEqual(new Set([0]));
    expect(onMany).toHaveLength(MIN_FILES_FOR_POOL + 40);
    expect(new Set(onMany).size).toBe(2);
    expect(onMany).not.toContain(0);
    expect(pooled.stdout).toBe(serial.stdout);
    expect(pooled.stderr).toBe(serial.stderr);
    expect(serial.stderr).toBe('tonecheck: library/3/zz-binary.txt: binary file, not checked\n');
    expect(pooled.code).toBe(2);
    expect(serial.code).toBe(2);
  });

  it('gives the same JSON report as one thread when the command changes the results after checking', async () => {
    // The workers write JSON report lines; a dry run's fixed text, --quiet and --no-scorecard come after.
    for (const extra of [['--fix-dry-run'], ['--quiet'], ['--no-scorecard']]) {
      const serial = await run('--concurrency', 'off', '--format', 'json', ...extra, 'library');
      const pooled = await run('--concurrency', '2', '--format', 'json', ...extra, 'library');
      threads();
      expect(pooled.stdout, extra[0]).toBe(serial.stdout);
    }
    const fixed = await run('--concurrency', '2', '--format', 'json', '--fix-dry-run', 'library');
    threads();
    expect(fixed.stdout).toContain('"output":"Hi Sam,\\n\\nThanks for writing in. Restart the app.');
  });

  it('gives the same stylish report, and uses the pool by default for a big run', async () => {
    const serial = await run('--concurrency', 'off', 'threads');
    threads();
    const auto = await run('threads');
    expect(auto.stdout).toBe(serial.stdout);
    expect(threads()).not.toContain(0);
  });

  it('keeps many files that hold little text on one thread by default', async () => {
    const auto = await run('--format', 'json', 'library/0', 'library/1', 'library/2', 'library/4', 'library/5', 'library/6');
    const named = Object.keys(drafts(MIN_FILES_FOR_POOL + 40)).filter((file) => !file.startsWith('library/3/'));
    expect(JSON.parse(auto.stdout).results).toHaveLength(named.length);
    expect(new Set(threads())).toEqual(new Set([0]));
  });

  it('splits a big export among the workers, with the same report and problems as one thread', async () => {
    expect(statSync(join(project.dir, 'exports/macros.json')).size).toBeGreaterThan(512 * 1024);
    const serial = await run('--concurrency', 'off', '--format', 'json', 'exports/macros.json');
    expect(new Set(threads())).toEqual(new Set([0]));
    const split = await run('--concurrency', '2', '--format', 'json', 'exports/macros.json');
    const onMany = threads();
    expect(onMany).toHaveLength(1200);
    expect(new Set(onMany).size).toBe(2);
    expect(onMany).not.toContain(0);
    expect(split.stdout).toBe(serial.stdout);
    expect(split.stderr).toBe(serial.stderr);
    expect(serial.stderr.trim().split('\n')).toHaveLength(1);
    expect(serial.stderr).toMatch(/^tonecheck: exports\/macros\.json#9999/);
    expect(JSON.parse(serial.stdout).results).toHaveLength(1200);
    // The stylish report's excerpts come from the file's text, which crosses between threads once per part.
    const stylish = await run('--concurrency', 'off', 'exports/macros.json');
    threads();
    expect((await run('--concurrency', '2', 'exports/macros.json')).stdout).toBe(stylish.stdout);
    threads();
  });

  it('checks a small run and a single file in its own thread', async () => {
    await run('--concurrency', 'auto', 'library/0');
    expect(new Set(threads())).toEqual(new Set([0]));
    await run('--concurrency', '4', 'library/0/reply-0000.txt');
    expect(threads()).toEqual([0]);
  });

  it('rejects a value that is not a number, auto or off', async () => {
    const bad = await run('--concurrency', 'lots', 'library/0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^tonecheck: option '--concurrency <n\|auto\|off>' argument 'lots' is invalid\. expected a number of workers, auto or off/);
  });
});

describe('workerCount', () => {
  const big = () => 10 * MIN_BYTES_FOR_POOL;

  it('uses no pool for small runs or when switched off', () => {
    expect(workerCount('auto', 1, big, 8)).toBe(0);
    expect(workerCount('auto', MIN_FILES_FOR_POOL - 1, big, 8)).toBe(0);
    expect(workerCount('off', 10_000, big, 8)).toBe(0);
    expect(workerCount(1, 10_000, big, 8)).toBe(0);
    expect(workerCount(4, 1, big, 8)).toBe(0);
  });

  it('leaves many small files to one thread when, together, they are little text', () => {
    expect(workerCount('auto', 2_000, () => MIN_BYTES_FOR_POOL - 1, 2)).toBe(0);
    expect(workerCount('auto', 2_000, () => MIN_BYTES_FOR_POOL, 2)).toBe(2);
    // Sizes are looked up only for a run with files enough for a pool, and never when a number is asked for.
    const unasked = () => expect.unreachable('sizes looked up');
    expect(workerCount('auto', MIN_FILES_FOR_POOL - 1, unasked, 2)).toBe(0);
    expect(workerCount(2, 300, unasked, 2)).toBe(2);
  });

  it('sizes the pool to the machine, or as asked', () => {
    expect(workerCount('auto', 10_000, big, 2)).toBe(2);
    expect(workerCount('auto', 10_000, big, 8)).toBe(8);
    expect(workerCount('auto', 10_000, big, 1)).toBe(0);
    expect(workerCount('auto', MIN_FILES_FOR_POOL, big, 8)).toBe(2);
    expect(workerCount(3, 10, big, 2)).toBe(3);
    expect(workerCount(16, 5, big, 2)).toBe(5);
  });

  it('splits only a big file, in parts of a useful size', () => {
    expect(partCount('auto', 100 * 1024, 2)).toBe(1);
    expect(partCount('off', 50 << 20, 8)).toBe(1);
    // On its own, only a file big enough to pay for a second worker's start; as asked, from 512 KB.
    expect(partCount('auto', 1536 * 1024, 2)).toBe(1);
    expect(partCount(2, 1536 * 1024, 2)).toBe(2);
    expect(partCount(8, 600 * 1024, 8)).toBe(2);
    expect(partCount('auto', 5 << 20, 2)).toBe(2);
    expect(partCount('auto', 50 << 20, 8)).toBe(8);
    expect(partCount(3, 50 << 20, 2)).toBe(3);
  });

  it('parses --concurrency', () => {
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('OFF')).toBe('off');
    expect(parseConcurrency('0')).toBe('off');
    expect(parseConcurrency('3')).toBe(3);
    expect(parseConcurrency('-1')).toBeUndefined();
    expect(parseConcurrency('2.5')).toBeUndefined();
  });
});
