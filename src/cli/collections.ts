import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, relative, sep } from 'node:path';
import type Picomatch from 'picomatch';
import type { LoadedConfig } from '../config/load.js';
import type { CollectionMapping } from '../input/collections/mapping.js';
import type { ReadOptions } from '../input/read.js';

let picomatch: typeof Picomatch | undefined;
const matchers = new Map<string, (path: string) => boolean>();

/**
 * The `collections` mappings of a config whose glob matches `file`, in config
 * order. Globs are relative to the config file's folder, as in .gitignore.
 */
export function collectionsFor(loaded: LoadedConfig, file: string | undefined): CollectionMapping[] {
  const collections = loaded.config.collections;
  if (!collections?.length || file === undefined) return [];
  const base = loaded.filepath ? dirname(loaded.filepath) : undefined;
  const rel = base === undefined ? file : relative(base, file);
  if (rel.startsWith('..') || isAbsolute(rel)) return [];
  const path = sep === '/' ? rel : rel.split(sep).join('/');
  const where = loaded.filepath ? ` in ${basename(loaded.filepath)}` : '';
  const found: CollectionMapping[] = [];
  collections.forEach((c, i) => {
    if (![c.glob].flat().some((glob) => matcher(glob)(path))) return;
    found.push({
      name: `collections[${i}]${where}`,
      body: c.body,
      ...(c.entries === undefined ? {} : { entries: c.entries }),
      ...(c.id === undefined ? {} : { id: c.id }),
      ...(c.title === undefined ? {} : { title: c.title }),
      ...(c.format === undefined ? {} : { format: c.format }),
    });
  });
  return found;
}

/** How a file's reader should read it: the config's collection mappings for it, and whether it was named or found. */
export function readOptionsFor(loaded: LoadedConfig, file: string | undefined, discovered?: boolean): ReadOptions {
  const collections = collectionsFor(loaded, file);
  return {
    ...(collections.length > 0 ? { collections } : {}),
    ...(discovered === undefined ? {} : { discovered }),
  };
}

function matcher(glob: string): (path: string) => boolean {
  let match = matchers.get(glob);
  if (!match) {
    // picomatch is CommonJS; loaded only when a config has collections.
    picomatch ??= createRequire(import.meta.url)('picomatch') as typeof Picomatch;
    match = picomatch(glob, { dot: true });
    matchers.set(glob, match);
  }
  return match;
}
