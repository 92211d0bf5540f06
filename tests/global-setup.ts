/**
 * Builds dist/ once before the tests when it is missing or older than the
 * sources, because the command-line tests run the built binary the way users
 * do (`node bin/tonecheck.js`). A lock keeps parallel test runs from
 * building over each other. Type errors do not stop the tests (tsc still
 * emits); `npm run typecheck` reports them.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist/cli/tonecheck.code-cache');
const lock = join(root, 'node_modules/.cache/tonecheck-build.lock');
const SOURCES = ['src', 'rules', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/bundle.mjs'];

export default async function setup(): Promise<void> {
  if (!isStale()) return;
  await withLock(async () => {
    if (!isStale()) return;
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    try {
      await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root });
    } catch (error) {
      const output = String((error as { stdout?: string }).stdout ?? error).split('\n').slice(0, 5).join('\n');
      console.warn(`tonecheck build reported errors; testing what was emitted:\n${output}`);
    }
    // The command line runs from its bundle; a failure here is a real build failure.
    await promisify(execFile)(process.execPath, [join(root, 'scripts/bundle.mjs')], { cwd: root });
  });
}

function isStale(): boolean {
  const builtAt = statSync(built, { throwIfNoEntry: false })?.mtimeMs;
  return builtAt === undefined || SOURCES.some((p) => newestIn(join(root, p)) > builtAt);
}

function newestIn(path: string): number {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, entry)));
  return newest;
}

async function withLock(run: () => Promise<void>): Promise<void> {
  mkdirSync(join(lock, '..'), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another run is building; a lock older than two minutes is left over from a crash.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000 || Date.now() - started > 120_000) {
        try {
          rmdirSync(lock);
        } catch {
          // someone else removed it
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    await run();
  } finally {
    rmdirSync(lock);
  }
}
