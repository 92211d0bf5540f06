/**
 * Checking one file: read it, find its config, check each of its sources,
 * and with a fix mode, work out its text with the safe fixes applied. The
 * same code runs in the command's own thread and in pool workers, so a
 * parallel run gives exactly what a serial one does.
 */
import { readFileSync } from 'node:fs';
import { ConfigLoader, type LoadedConfig } from '../config/load.js';
import { runRules, type ResolvedConfig } from '../engine/check.js';
import { applyEdits, MAX_FIX_PASSES, spliceEdits } from '../engine/fix.js';
import type { LintResult } from '../formatters/types.js';
import { describeFsError, InputError } from '../input/errors.js';
import { decodeText, inputFromBytes, type ReadOptions } from '../input/read.js';
import { toFileEdit } from '../input/edits.js';
import type { Source } from '../input/source.js';
import type { Edit, SeveritySetting } from '../types.js';
import { checkSource } from './check.js';
import { readOptionsFor } from './collections.js';
import type { FixMode } from './fix.js';

/** What every file of a run shares; plain data, so it can be handed to workers. */
export interface CheckSettings {
  cwd: string;
  /** A config file for every folder, or `false` for --no-config. */
  configFile?: string | false;
  rule?: Record<string, SeveritySetting>;
  /** The customer's message (--context). */
  context?: string;
  fix?: FixMode;
}

export interface FileJob {
  /** Absolute path; absent for stdin. */
  file?: string;
  /** The name shown in output. */
  display: string;
  /** The folder whose config applies. */
  dir: string;
  /** The bytes, when already read (stdin, or read to look up the cache). */
  bytes?: Uint8Array;
  /** Found by a folder scan rather than named (see ReadOptions.discovered). */
  discovered?: boolean;
  /**
   * Check only this part of the file's drafts: the `index`th of `count` equal runs of its
   * entries, for a big export shared among the pool's workers (see splitJob).
   */
  part?: { index: number; count: number };
}

export interface FileOutcome {
  results: LintResult[];
  /** Problems with parts of the file (an entry of an export): one line each, `path: reason`. */
  problems?: string[];
  /**
   * Present when safe fixes change the file: its bytes and text before, the
   * text after, how many fixes, and the results before fixing (what to
   * report if the fixed text cannot be written). `results` are of the text after.
   */
  fixed?: { bytes: Uint8Array; originalText: string; text: string; count: number; before: LintResult[] };
  /** Why the file's safe fixes were not applied. */
  fixRefused?: string;
}

export class FileChecker {
  private readonly loader: ConfigLoader;
  /** By config file; '' for the defaults, which the loader hands out as a fresh object each time. */
  private readonly resolved = new Map<string, ResolvedConfig>();

  constructor(private readonly settings: CheckSettings) {
    const { cwd, configFile } = settings;
    this.loader = new ConfigLoader({ cwd, ...(configFile === undefined ? {} : { configFile }) });
  }

  /** The config file's content for files in `dir`, without resolving its rules (enough for a cache key). */
  loadedFor(dir: string): Promise<LoadedConfig> {
    return this.loader.forDirectory(dir);
  }

  /** The config for files in `dir`, with the command line's --rule settings on top. */
  async configFor(dir: string): Promise<{ loaded: LoadedConfig; resolved: ResolvedConfig }> {
    const loaded = await this.loader.forDirectory(dir);
    let resolved = this.resolved.get(loaded.filepath ?? '');
    if (!resolved) {
      // The rules load with the first file that is really checked: a run served from the cache never needs them.
      const { resolveWithOverrides } = await import('./rule-set.js');
      resolved = resolveWithOverrides(loaded, this.settings.rule ?? {});
      this.resolved.set(loaded.filepath ?? '', resolved);
    }
    return { loaded, resolved };
  }

  /** Checks text held in memory (an editor's buffer) as the file `display` in folder `dir`. */
  async checkText(display: string, dir: string, text: string): Promise<LintResult[]> {
    const { loaded, resolved } = await this.configFor(dir);
    const { sources } = await sourcesOf({ display }, encoder.encode(text), readOptions(loaded, { file: display }));
    return sources.map((source) => checkSource(source, resolved, this.settings.context));
  }

  /** The text with its safe fixes applied, how many, and why any could not be. */
  async fixText(display: string, dir: string, text: string): Promise<FixedFile> {
    const { loaded, resolved } = await this.configFor(dir);
    return fixFile(display, text, readOptions(loaded, { file: display }), resolved, this.settings.context);
  }

  /** Checks one file. Throws InputError when it cannot be read, ConfigError for its config. */
  async check(job: FileJob): Promise<FileOutcome> {
    const bytes = job.bytes ?? readBytes(job);
    const { loaded, resolved } = await this.configFor(job.dir);
    const options = readOptions(loaded, job);
    const read = await sourcesOf(job, bytes, options);
    const sources = job.part ? partOf(read.sources, job.part) : read.sources;
    // Every part reads the whole file, so its problems are reported by the first part alone.
    const problems = job.part && job.part.index > 0 ? [] : read.problems;
    const results = sources.map((source) => checkSource(source, resolved, this.settings.context));
    const outcome: FileOutcome = { results, ...(problems.length > 0 ? { problems } : {}) };
    // A fix that cannot be written into a larger file is dropped from its findings, so such files are
    // always tried: the reason it was refused is worth a line.
    const fixable = results.some((r) => r.diagnostics.some((d) => d.fix)) || sources.some((source) => source.origin);
    if (!this.settings.fix || !fixable) return outcome;

    const text = decodeText(job.display, bytes);
    const fixed = await fixFile(job.display, text, options, resolved, this.settings.context);
    const refused = fixed.refused === undefined ? {} : { fixRefused: fixed.refused };
    if (fixed.count === 0) return { ...outcome, ...refused };
    const after = await sourcesOf(job, encoder.encode(fixed.text), options);
    return {
      results: after.sources.map((source) => checkSource(source, resolved, this.settings.context)),
      ...(after.problems.length > 0 ? { problems: after.problems } : {}),
      ...refused,
      fixed: { bytes, originalText: text, text: fixed.text, count: fixed.count, before: results },
    };
  }
}

/** The `index`th of `count` runs of sources, in order, as even in size as whole sources allow. */
function partOf<T>(sources: readonly T[], { index, count }: { index: number; count: number }): T[] {
  const at = (k: number) => Math.floor((sources.length * k) / count);
  return sources.slice(at(index), at(index + 1));
}

function readBytes(job: FileJob): Uint8Array {
  try {
    // Synchronous: drafts are small, and a promise per file costs more than the read itself.
    return readFileSync(job.file!);
  } catch (error) {
    throw new InputError(job.display, describeFsError(error));
  }
}

const encoder = new TextEncoder();

/** How the file's reader should read it: the config's collection mappings, and whether it was named or found. */
function readOptions(loaded: LoadedConfig, job: { file?: string; discovered?: boolean }): ReadOptions {
  return readOptionsFor(loaded, job.file, job.discovered);
}

/** The sources a file holds, as its reader splits it, and problems with parts of it as `path: reason` lines. */
async function sourcesOf(
  job: { display: string },
  bytes: Uint8Array,
  options: ReadOptions,
): Promise<{ sources: Source[]; problems: string[] }> {
  const { sources, problems } = await inputFromBytes(job.display, bytes, options);
  return { sources, problems: problems.map((p) => `${p.path}: ${p.message}`) };
}

export interface FixedFile {
  /** The file's text with the safe fixes applied (the same text when there were none). */
  text: string;
  count: number;
  /** Why some fixes could not be written into the file, when some could not. */
  refused?: string;
}

/**
 * The file's text with every source's safe fixes applied, checked again
 * after each pass until none is left, for a few passes at most. Each source's
 * fixes are vetted in its own text (never in a placeholder, quoted text or a
 * signature, never overlapping) and then moved into the file by its reader's
 * map, written the way the file stores text there (HTML entities, JSON or
 * CSV escapes); a fix that cannot be written there is refused with the
 * reason, and the rest of the file is left exactly as it was.
 */
async function fixFile(
  display: string,
  text: string,
  options: ReadOptions,
  resolved: ResolvedConfig,
  context: string | undefined,
): Promise<FixedFile> {
  const runOptions = context === undefined ? {} : { context };
  const seen = new Set([text]);
  let current = text;
  let count = 0;
  let refused: string | undefined;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { sources } = await sourcesOf({ display }, encoder.encode(current), options);
    const edits: Edit[] = [];
    for (const source of sources) {
      const { diagnostics, draft } = runRules(source.text, resolved, runOptions);
      const fixes = diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
      if (fixes.length === 0) continue;
      for (const edit of applyEdits(source.text, fixes, draft).applied) {
        const mapped = toFileEdit(source, edit);
        if ('edit' in mapped) edits.push(mapped.edit);
        else refused ??= mapped.refused;
      }
    }
    const { output, applied } = spliceEdits(current, edits);
    // A cycle (a fix undoing another) stops here rather than going round again.
    if (applied.length === 0 || seen.has(output)) break;
    seen.add(output);
    current = output;
    count += applied.length;
  }
  return { text: current, count, ...(refused === undefined ? {} : { refused }) };
}
