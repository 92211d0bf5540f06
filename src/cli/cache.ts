/**
 * `--cache`: results kept between runs, so a run over a library re-checks
 * only the drafts that changed. An entry is used only when the file's
 * content, tonecheck's version and the resolved config (rules, options,
 * phrase lists, plugin code, --rule settings and --context) are all the
 * same as when it was stored; anything else is a miss. A missing, unreadable
 * or older cache file is an empty cache, never an error.
 *
 * The content is known by its hash. A file whose size, modification and
 * change times and inode are those recorded with its hash is not read again
 * (as git's index does): any write changes its change time, which no tool
 * can set back.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type { LoadedConfig } from '../config/load.js';
import type { LintResult } from '../formatters/types.js';
import type { SeveritySetting } from '../types.js';
import { writeAtomic } from './atomic.js';
import { packDiagnostic, StringTable, unpackDiagnostic, type PackedDiagnostic } from './cache-codec.js';

export const DEFAULT_CACHE_FILE = '.tonecheckcache';
/** How long a file must have been unchanged before its stamp stands for its content. */
const SETTLED_MS = 2000;
/** Bumped when the file's shape changes. */
const CACHE_FORMAT = 3;

/**
 * A result without its `path` (the name depends on the folder the command
 * runs in; it is the file's name as now shown) and without its `source` when
 * that is the file's own text, as it nearly always is.
 */
type StoredResult = Omit<LintResult, 'path' | 'source' | 'output'> & { source?: string };
/** As written to the file: findings packed (see cache-codec.ts). */
type PackedResult = Omit<StoredResult, 'diagnostics'> & { diagnostics: PackedDiagnostic[] };

/** What the file system says about a file: when it matches, the file's content is the one hashed. */
export type FileStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

export function stampOf(stats: Stats): FileStamp {
  return [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino];
}

interface Entry {
  /** Hash of the file's bytes. */
  content: string;
  /** The file's stamp when its content was hashed. */
  stamp?: FileStamp;
  /** Hash of everything else that decides the findings (see `configKey`). */
  config: string;
  /** Unpacked on first use; entries read from the file and not used stay packed. */
  results?: StoredResult[];
  packed?: PackedResult[];
}

interface CacheFile {
  format: number;
  version: string;
  strings: string[];
  entries: Record<string, Entry>;
}

/** Where the cache lives: `.tonecheckcache` in the working folder, or as --cache-location says (a file, or a folder for it). */
export function cachePath(location: string | undefined, cwd: string): string {
  if (location === undefined || location === '') return join(cwd, DEFAULT_CACHE_FILE);
  const absolute = resolve(cwd, location);
  const isFolder = location.endsWith('/') || location.endsWith(sep) || statSync(absolute, { throwIfNoEntry: false })?.isDirectory();
  return isFolder ? join(absolute, DEFAULT_CACHE_FILE) : absolute;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

const configKeys = new WeakMap<LoadedConfig, string>();

/**
 * A hash of what the findings depend on besides the file: the loaded config
 * (plugins by their metadata and code), the --rule settings, the customer's
 * message and the tool's version (which covers the built-in rules and presets).
 */
export function configKey(
  loaded: LoadedConfig,
  run: { rule?: Record<string, SeveritySetting>; context?: string; version: string },
): string {
  let configHash = configKeys.get(loaded);
  if (configHash === undefined) {
    const text = JSON.stringify(loaded.config, (_key, value: unknown) => (typeof value === 'function' ? String(value) : value));
    configHash = createHash('sha1').update(text).digest('base64');
    configKeys.set(loaded, configHash);
  }
  return createHash('sha1')
    .update(JSON.stringify([configHash, run.rule ?? {}, run.context ?? null, run.version]))
    .digest('base64');
}

export class ResultCache {
  private changed = false;

  private constructor(
    readonly file: string,
    private readonly version: string,
    private readonly entries: Map<string, Entry>,
    private readonly strings: readonly string[],
  ) {}

  /** Reads the cache file; a missing, damaged or other-version file gives an empty cache. */
  static load(file: string, version: string): ResultCache {
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (
        stored.format === CACHE_FORMAT &&
        stored.version === version &&
        Array.isArray(stored.strings) &&
        stored.entries &&
        typeof stored.entries === 'object'
      ) {
        return new ResultCache(file, version, new Map(Object.entries(stored.entries)), stored.strings);
      }
    } catch {
      // no cache yet, or not one we can read: start afresh
    }
    return new ResultCache(file, version, new Map(), []);
  }

  /** The content hash recorded for `file` when its stamp is still the same: the file need not be read. */
  contentIfUnchanged(file: string, stamp: FileStamp): string | undefined {
    const entry = this.entries.get(file);
    return entry?.stamp && entry.stamp.every((value, i) => value === stamp[i]) ? entry.content : undefined;
  }

  /**
   * The stored results for `file`, when its content and config are the ones
   * they were made from. Their `source` is the file's text, read only if a
   * format asks for it.
   */
  get(file: string, display: string, content: string, config: string, fileText: () => string): LintResult[] | undefined {
    const entry = this.entries.get(file);
    if (!entry || entry.content !== content || entry.config !== config) return undefined;
    let text: string | undefined;
    return this.unpacked(entry).map((stored) => {
      if (stored.source !== undefined) return { path: display, ...stored };
      const result = { path: display, ...stored } as LintResult;
      Object.defineProperty(result, 'source', { get: () => (text ??= fileText()), enumerable: true, configurable: true });
      return result;
    });
  }

  set(file: string, content: string, config: string, results: readonly LintResult[], fileText: string, stamp?: FileStamp): void {
    const stored = results.map(({ path: _path, source, output: _output, ...rest }): StoredResult =>
      source === undefined || source === fileText ? rest : { ...rest, source },
    );
    // A file changed in the last moments could change again within the same clock tick, unseen by its
    // stamp: its stamp is recorded only once it has been still for a while, as git does.
    const settled = stamp && Date.now() - stamp[2] > SETTLED_MS;
    this.entries.set(file, { content, config, ...(settled ? { stamp } : {}), results: stored });
    this.changed = true;
  }

  /** Writes the cache back (atomically) when this run added to it, with a fresh string table. */
  async save(): Promise<void> {
    if (!this.changed) return;
    const table = new StringTable();
    const entries: Record<string, Entry> = {};
    for (const [file, entry] of this.entries) {
      const packed = this.unpacked(entry).map(({ diagnostics, ...rest }) => ({
        ...rest,
        diagnostics: diagnostics.map((d) => packDiagnostic(d, table)),
      }));
      entries[file] = { content: entry.content, config: entry.config, ...(entry.stamp ? { stamp: entry.stamp } : {}), packed };
    }
    const data: CacheFile = { format: CACHE_FORMAT, version: this.version, strings: table.strings, entries };
    mkdirSync(dirname(this.file), { recursive: true });
    await writeAtomic(this.file, asciiJson(data));
    this.changed = false;
  }

  /** The entry's results, unpacked in place on first use: the packed objects are this cache's own. */
  private unpacked(entry: Entry): StoredResult[] {
    if (!entry.results) {
      const packed = entry.packed ?? [];
      for (const result of packed) {
        (result as unknown as StoredResult).diagnostics = result.diagnostics.map((d) => unpackDiagnostic(d, this.strings));
      }
      entry.results = packed as unknown as StoredResult[];
      delete entry.packed;
    }
    return entry.results;
  }
}

/**
 * JSON with every character past ASCII escaped: read back, it is a one-byte
 * string, which V8 parses about a third faster than a two-byte one, and a
 * single curly quote in a finding would make the whole file two-byte.
 */
function asciiJson(data: unknown): string {
  return JSON.stringify(data).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
