import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Config file names, in the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = [
  'package.json',
  '.tonecheckrc',
  '.tonecheckrc.json',
  '.tonecheckrc.yaml',
  '.tonecheckrc.yml',
  '.tonecheckrc.js',
  '.tonecheckrc.cjs',
  '.tonecheckrc.mjs',
  'tonecheck.config.js',
  'tonecheck.config.cjs',
  'tonecheck.config.mjs',
] as const;

/** The key of package.json that holds a config. */
export const PACKAGE_KEY = 'tonecheck';

/**
 * Finds the config file that applies to files in `dir`: the first of
 * CONFIG_FILE_NAMES in `dir`, else in its parent, and so on up to the project
 * root, the nearest folder holding `.git` or `package.json`. Stopping there
 * keeps one project's checks from depending on files above it, and no
 * per-user config is read, so a run in CI gives what it gives on a laptop.
 *
 * This walk is cosmiconfig's `search` with a different stop rule (its
 * strategies stop at package.json or the home folder, and the latter adds a
 * per-user folder); doing it here also means cosmiconfig is loaded only when
 * a config exists. Results are cached per folder.
 */
export class ConfigSearch {
  private readonly cache = new Map<string, string | null>();

  find(dir: string): string | undefined {
    const visited: string[] = [];
    let found: string | null = null;
    let current = dir;
    for (;;) {
      const cached = this.cache.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(current);
      found = configIn(current);
      const parent = dirname(current);
      if (found !== null || isProjectRoot(current) || parent === current) break;
      current = parent;
    }
    for (const d of visited) this.cache.set(d, found);
    return found ?? undefined;
  }
}

function configIn(dir: string): string | null {
  for (const name of CONFIG_FILE_NAMES) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    if (name === 'package.json' && !hasPackageKey(file)) continue;
    return file;
  }
  return null;
}

function isProjectRoot(dir: string): boolean {
  return existsSync(join(dir, '.git')) || existsSync(join(dir, 'package.json'));
}

/** A package.json counts only when it has a "tonecheck" key; a broken one is left to the loader to report. */
function hasPackageKey(file: string): boolean {
  try {
    const pkg: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof pkg === 'object' && pkg !== null && PACKAGE_KEY in pkg;
  } catch {
    return false;
  }
}
