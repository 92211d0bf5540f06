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
import { jsonBody, storedJson } from '../formatters/json.js';
import type { LintResult } from '../formatters/types.js';
import type { SeveritySetting } from '../types.js';
import { writeAtomic } from './atomic.js';
import { packDiagnostic, StringTable, unpackDiagnostic, type PackedDiagnostic } from './cache-codec.js';

export const DEFAULT_CACHE_FILE = '.tonecheckcache';
/** How long a file must have been unchanged before its stamp stands for its content. */
const SETTLED_MS = 2000;
/** Bumped when the file's shape changes. */
const CACHE_FORMAT = 4;

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

/** Where a span of the stored bytes begins and ends. */
type Range = [start: number, end: number];

/**
 * One stored result as the index lists it: where its JSON report line (without the path) lies,
 * its counts, and which of its optional fields it has (see FIELDS).
 */
type ReportRef = [start: number, end: number, errors: number, warnings: number, suggestions: number, fields: number];

/** The optional fields of a stored result, each a bit of a ReportRef's `fields`. */
const FIELDS = ['entryId', 'scorecard', 'customer', 'source'] as const;
/** The result's `source` is stored: it is not the file's text. */
const SOURCE_STORED = 1 << FIELDS.indexOf('source');

interface Entry {
  /** Hash of the file's bytes. */
  content: string;
  /** The file's stamp when its content was hashed. */
  stamp?: FileStamp;
  /** Hash of everything else that decides the findings (see `configKey`). */
  config: string;
  /** Results stored by this run; for entries read from the file, unpacked on first use. */
  results?: StoredResult[];
  /** The results given to `set`, which the report will write. */
  given?: readonly LintResult[];
  /** For entries read from the file: their packed results and report lines in its stored bytes. */
  packed?: Range;
  reports?: ReportRef[];
}

/**
 * The file is one line of JSON, the index, followed by the stored bytes the
 * index points into: each file's packed results, each result's JSON report
 * line, and the string table of the packed results. A run reads the index
 * and touches the bytes of what it reports only, and a JSON report copies
 * the stored lines as they are.
 */
interface CacheIndex {
  format: number;
  version: string;
  /** The stored bytes' length: a file cut short is not used. */
  size: number;
  strings: Range;
  /** By file: content hash, config hash, stamp (or 0), packed results, report lines. */
  entries: Record<string, [content: string, config: string, stamp: FileStamp | 0, packed: Range, reports: ReportRef[]]>;
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
  private strings: readonly string[] | undefined;

  private constructor(
    readonly file: string,
    private readonly version: string,
    private readonly entries: Map<string, Entry>,
    /** The stored bytes of the file read, and where its string table lies in them. */
    private readonly stored: Buffer,
    private readonly stringsAt: Range,
  ) {}

  /** Reads the cache file; a missing, damaged or other-version file gives an empty cache. */
  static load(file: string, version: string): ResultCache {
    try {
      const bytes = readFileSync(file);
      const newline = bytes.indexOf(0x0a);
      // The index is ASCII (see asciiJson): read as Latin-1, it needs no decoding.
      const index = JSON.parse(bytes.toString('latin1', 0, newline < 0 ? bytes.length : newline)) as CacheIndex;
      const stored = bytes.subarray(newline + 1);
      if (index.format === CACHE_FORMAT && index.version === version && newline >= 0 && index.size === stored.length) {
        const entries = new Map<string, Entry>();
        for (const file in index.entries) {
          const [content, config, stamp, packed, reports] = index.entries[file]!;
          // Each file's bytes end where its last report line does: past the stored bytes, the index is damaged.
          if (!(packed[1] <= stored.length && reports.every((report) => report[1] <= stored.length))) throw new Error('damaged');
          entries.set(file, stamp === 0 ? { content, config, packed, reports } : { content, config, stamp, packed, reports });
        }
        return new ResultCache(file, version, entries, stored, index.strings);
      }
    } catch {
      // no cache yet, or not one we can read: start afresh
    }
    return new ResultCache(file, version, new Map(), Buffer.alloc(0), [0, 0]);
  }

  /** The content hash recorded for `file` when its stamp is still the same: the file need not be read. */
  contentIfUnchanged(file: string, stamp: FileStamp): string | undefined {
    const entry = this.entries.get(file);
    return entry?.stamp && entry.stamp.every((value, i) => value === stamp[i]) ? entry.content : undefined;
  }

  /**
   * The stored results for `file`, when its content and config are the ones
   * they were made from. Their findings are unpacked, and their `source` (the
   * file's text) read, only when something asks for them: a JSON report
   * copies each stored line instead (see storedJson).
   */
  get(file: string, display: string, content: string, config: string, fileText: () => string): LintResult[] | undefined {
    const entry = this.entries.get(file);
    if (!entry || entry.content !== content || entry.config !== config) return undefined;
    let text: string | undefined;
    const source = () => (text ??= fileText());
    if (!entry.reports) return entry.results!.map((stored) => withSource({ path: display, ...stored } as LintResult, stored, source));
    return entry.reports.map(([start, end, errorCount, warningCount, suggestionCount, fields], i) => {
      const result = { path: display, errorCount, warningCount, suggestionCount } as LintResult;
      // The rest is the stored result's, unpacked with the rest of its file's results on first use.
      const stored = () => this.unpacked(entry)[i]!;
      lazily(result, 'diagnostics', () => stored().diagnostics);
      for (const [bit, key] of FIELDS.entries()) if (fields & (1 << bit)) lazily(result, key, () => stored()[key]);
      if (!(fields & SOURCE_STORED)) lazily(result, 'source', source);
      return storedJson(result, this.stored.subarray(start, end));
    });
  }

  set(file: string, content: string, config: string, results: readonly LintResult[], fileText: string, stamp?: FileStamp): void {
    const stored = results.map(({ path: _path, source, output: _output, ...rest }): StoredResult =>
      source === undefined || source === fileText ? rest : { ...rest, source },
    );
    // A file changed in the last moments could change again within the same clock tick, unseen by its
    // stamp: its stamp is recorded only once it has been still for a while, as git does.
    const settled = stamp && Date.now() - stamp[2] > SETTLED_MS;
    this.entries.set(file, { content, config, ...(settled ? { stamp } : {}), results: stored, given: results });
    this.changed = true;
  }

  /**
   * Writes the cache back (atomically) when this run added to it. Entries
   * read from the file keep their bytes as they were; the string table only
   * grows, so their packed findings still point into it.
   */
  async save(): Promise<void> {
    if (!this.changed) return;
    const table = new StringTable(this.stringTable());
    const pieces: Uint8Array[] = [];
    let size = 0;
    const add = (bytes: Uint8Array): Range => {
      pieces.push(bytes);
      size += bytes.length;
      return [size - bytes.length, size];
    };
    const entries: CacheIndex['entries'] = {};
    for (const [file, entry] of this.entries) {
      let packed: Range;
      let reports: ReportRef[];
      if (entry.packed && entry.reports) {
        // A file's report lines follow its packed results: they move as one.
        const [from, packedEnd] = entry.packed;
        const shift = add(this.stored.subarray(from, entry.reports.at(-1)?.[1] ?? packedEnd))[0] - from;
        packed = [from + shift, packedEnd + shift];
        reports = entry.reports.map(([start, end, ...rest]) => [start + shift, end + shift, ...rest]);
      } else {
        const results = entry.results ?? [];
        const packedResults: PackedResult[] = results.map(({ diagnostics, ...rest }) => ({
          ...rest,
          diagnostics: diagnostics.map((d) => packDiagnostic(d, table)),
        }));
        packed = add(Buffer.from(asciiJson(packedResults), 'latin1'));
        reports = results.map((r, i) => {
          const fields = FIELDS.reduce((mask, key, bit) => (r[key] === undefined ? mask : mask | (1 << bit)), 0);
          const body = Buffer.from(jsonBody(r), 'utf8');
          // This run's report writes the same line: it need not make it again.
          const given = entry.given?.[i];
          if (given && given.output === undefined) storedJson(given, body);
          return [...add(body), r.errorCount, r.warningCount, r.suggestionCount, fields];
        });
      }
      entries[file] = [entry.content, entry.config, entry.stamp ?? 0, packed, reports];
    }
    const strings = add(Buffer.from(asciiJson(table.strings), 'latin1'));
    const index: CacheIndex = { format: CACHE_FORMAT, version: this.version, size, strings, entries };
    mkdirSync(dirname(this.file), { recursive: true });
    await writeAtomic(this.file, Buffer.concat([Buffer.from(`${asciiJson(index)}\n`, 'latin1'), ...pieces]));
    this.changed = false;
  }

  /** The string table of the file read, parsed on first use. */
  private stringTable(): readonly string[] {
    const [start, end] = this.stringsAt;
    this.strings ??= end > start ? (JSON.parse(this.stored.toString('latin1', start, end)) as string[]) : [];
    return this.strings;
  }

  /** An entry's stored results, unpacked on first use. */
  private unpacked(entry: Entry): StoredResult[] {
    if (!entry.results) {
      const [start, end] = entry.packed!;
      const packed = JSON.parse(this.stored.toString('latin1', start, end)) as PackedResult[];
      const strings = this.stringTable();
      for (const result of packed) {
        (result as unknown as StoredResult).diagnostics = result.diagnostics.map((d) => unpackDiagnostic(d, strings));
      }
      entry.results = packed as unknown as StoredResult[];
    }
    return entry.results;
  }
}

/** A result whose `source`, when not stored, is the file's text, read on first use. */
function withSource(result: LintResult, stored: StoredResult, source: () => string): LintResult {
  if (stored.source === undefined) lazily(result, 'source', source);
  return result;
}

/** A field worked out when first read. */
function lazily(result: LintResult, key: keyof LintResult, value: () => unknown): void {
  Object.defineProperty(result, key, { get: value, enumerable: true, configurable: true });
}

/**
 * JSON with every character past ASCII escaped: read back, it is a one-byte
 * string, which V8 parses about a third faster than a two-byte one, and a
 * single curly quote in a finding would make the whole file two-byte.
 */
function asciiJson(data: unknown): string {
  return JSON.stringify(data).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
