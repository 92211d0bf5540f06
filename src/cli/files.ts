import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { describeFsError, InputError } from '../input/errors.js';
import { draftExtensions } from '../input/readers.js';
import { displayPath } from './errors.js';

export interface TargetFile {
  /** Absolute path, for reading and config lookup. */
  file: string;
  /** How the file is named in output: relative to the working folder. */
  display: string;
}

/** Folders never searched: dependencies and version-control data. Hidden folders are skipped too. */
const SKIPPED = ['**/node_modules/**', '**/.git/**', '**/.hg/**', '**/.svn/**'];

/**
 * Turns one command-line path into the files to check: a file as is
 * (whatever its extension), a folder as the drafts in it (recursively,
 * sorted), and a glob pattern, for shells that do not expand them, as its
 * matches. Files already in `seen` are left out. Throws InputError when the
 * path gives nothing to check.
 */
export async function expandTarget(target: string, cwd: string, seen = new Set<string>()): Promise<TargetFile[]> {
  const files: TargetFile[] = [];
  for (const file of await filesOf(target, resolve(cwd, target), cwd)) {
    if (seen.has(file)) continue;
    seen.add(file);
    files.push({ file, display: displayPath(file, cwd) });
  }
  return files;
}

async function filesOf(target: string, absolute: string, cwd: string): Promise<string[]> {
  let stats;
  try {
    stats = await stat(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const tinyglobby = code === 'ENOENT' ? await import('tinyglobby') : undefined;
    if (!tinyglobby?.isDynamicPattern(target)) throw new InputError(target, describeFsError(error));
    const matches = await tinyglobby.glob(target, { cwd, ignore: SKIPPED, onlyFiles: true, expandDirectories: false });
    if (matches.length === 0) throw new InputError(target, 'no files match this pattern');
    return sorted(matches).map((m) => resolve(cwd, m));
  }
  if (!stats.isDirectory()) return [absolute];
  const found = await draftsIn(absolute);
  if (found.length === 0) throw new InputError(target, `no drafts to check (looked for ${draftExtensions().join(' ')})`);
  return found;
}

async function draftsIn(dir: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const extensions = new Set(draftExtensions());
  const all = await glob('**/*', { cwd: dir, ignore: SKIPPED, onlyFiles: true, followSymbolicLinks: false });
  return sorted(all.filter((f) => extensions.has(extname(f).toLowerCase()))).map((f) => resolve(dir, f));
}

/** Code-unit order, the same on every machine and locale. */
function sorted(paths: string[]): string[] {
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
