/**
 * Checking the files of a run: the cache first, then what is left on a
 * worker pool or in this thread, then safe fixes written back and the cache
 * updated. Replies come back in the order of the jobs, whichever way each
 * file was checked, so the report is the same as a serial run's.
 */
import { readFileSync, statSync } from 'node:fs';
import type { LoadedConfig } from '../config/load.js';
import type { LintResult, RuleSummary } from '../formatters/types.js';
import { describeFsError, InputError } from '../input/errors.js';
import { decodeText } from '../input/read.js';
import { isCollectionPath } from '../input/readers.js';
import type { FileStamp } from './cache.js';
import { FileChecker, type CheckSettings, type FileJob, type FileOutcome } from './check-file.js';
import { writeFix } from './fix.js';
import { partCount, workerCount, type Concurrency } from './pool.js';
import type { Progress } from './progress.js';
import { fromWire } from './wire-error.js';

export interface RunFilesOptions {
  /** --cache: undefined for no cache, else the --cache-location ('' for the default). */
  cache?: string;
  concurrency: Concurrency;
  version: string;
  progress?: Progress;
}

export type JobReply = { outcome: FileOutcome } | { error: Error };

export interface FilesRun {
  replies: JobReply[];
  /** One line each: files whose safe fixes could not be applied, and why. */
  notices: string[];
  /** Safe fixes applied (on a dry run: that would be), and in how many files. */
  fixed: number;
  fixedFiles: number;
}

interface CacheKey {
  content: string;
  config: string;
  stamp: FileStamp;
}

export async function checkFiles(jobs: readonly FileJob[], settings: CheckSettings, options: RunFilesOptions): Promise<FilesRun> {
  const checker = new FileChecker(settings);
  const work = jobs.map((job) => ({ ...job }));
  const replies: JobReply[] = new Array(work.length);
  const keys: Array<CacheKey | undefined> = new Array(work.length);
  const pending: number[] = [];
  // Loaded only with --cache: hashing is not needed otherwise.
  const caching = options.cache === undefined ? undefined : await import('./cache.js');
  const cache = caching?.ResultCache.load(caching.cachePath(options.cache, settings.cwd), options.version);
  // By config file ('' for the defaults): one hash per config, not per draft.
  const configKeys = new Map<string, string>();
  const keyOf = (loaded: LoadedConfig) => {
    let key = configKeys.get(loaded.filepath ?? '');
    if (key === undefined) configKeys.set(loaded.filepath ?? '', (key = caching!.configKey(loaded, { ...settings, version: options.version })));
    return key;
  };

  for (let i = 0; i < work.length; i++) {
    const job = work[i]!;
    if (!cache || !caching || job.file === undefined) {
      pending.push(i);
      continue;
    }
    try {
      const stamp = caching.stampOf(statFile(job));
      let content = cache.contentIfUnchanged(job.file, stamp);
      if (content === undefined) {
        job.bytes ??= readBytes(job);
        content = caching.contentHash(job.bytes);
      }
      // The rules are not resolved for the key: a run where every file hits never compiles them.
      const key = { content, config: keyOf(await checker.loadedFor(job.dir)), stamp };
      const hit = cache.get(job.file, job.display, key.content, key.config, () => decodeText(job.display, job.bytes ?? readBytes(job)));
      // Stored findings with a fix in them are checked again when fixing, to get the fixed text.
      if (hit && !(settings.fix && hit.some((r) => r.diagnostics.some((d) => d.fix)))) {
        replies[i] = { outcome: { results: hit } };
        options.progress?.tick();
        continue;
      }
      keys[i] = key;
      pending.push(i);
    } catch (error) {
      replies[i] = { error: asError(error) };
      options.progress?.tick();
    }
  }

  // A big export goes to the pool in parts, one run of its drafts each.
  const parts = pending.flatMap((i) => splitJob(work[i]!, settings, options.concurrency).map((job) => ({ file: i, job })));
  const mostParts = parts.reduce((most, { job }) => Math.max(most, job.part?.count ?? 1), 1);
  const files = pending.map((i) => work[i]!);
  const workers = Math.max(workerCount(options.concurrency, files.length, () => estimatedBytes(files)), mostParts > 1 ? mostParts : 0);
  if (workers > 0) {
    const { checkInPool } = await import('./pool.js');
    const answers = await checkInPool(parts.map((p) => p.job), settings, workers, (n) => options.progress?.tick(n));
    answers.forEach((answer, k) => {
      const file = parts[k]!.file;
      const reply: JobReply = 'error' in answer ? { error: fromWire(answer.error) } : answer;
      replies[file] = replies[file] === undefined ? reply : joinParts(replies[file]!, reply);
    });
  } else {
    for (const i of pending) {
      try {
        replies[i] = { outcome: await checker.check(work[i]!) };
      } catch (error) {
        replies[i] = { error: asError(error) };
      }
      options.progress?.tick();
    }
  }

  const run: FilesRun = { replies, notices: [], fixed: 0, fixedFiles: 0 };
  for (const i of pending) {
    const reply = replies[i]!;
    if ('error' in reply) continue;
    const job = work[i]!;
    const stored = await settle(job, reply, settings, run, caching?.contentHash);
    const key = keys[i];
    // Problems with parts of a file (an export's entry) are reported on every run, so such a file is not stored.
    if (cache && key && stored && job.file !== undefined && !reply.outcome.problems?.length) {
      const text = stored.text ?? decodeText(job.display, job.bytes ?? readBytes(job));
      const stamp = stored.content === undefined ? key.stamp : caching!.stampOf(statFile(job));
      cache.set(job.file, stored.content ?? key.content, key.config, reply.outcome.results, text, stamp);
    }
  }
  await cache?.save();
  return run;
}

/**
 * Applies a file's fixes as the mode says and reports refusals. Returns what
 * the cache needs to store the file's results (its new content hash and text
 * when fixing changed it), or undefined when the results are not of the file
 * as it is on disk.
 */
async function settle(
  job: FileJob,
  reply: { outcome: FileOutcome },
  settings: CheckSettings,
  run: FilesRun,
  hash: ((bytes: Uint8Array) => string) | undefined,
): Promise<{ content?: string; text?: string } | undefined> {
  const { outcome } = reply;
  if (outcome.fixRefused) run.notices.push(`${job.display}: safe fixes not applied: ${outcome.fixRefused}`);
  const { fixed } = outcome;
  if (!fixed) return {};
  if (settings.fix !== 'write' || job.file === undefined) {
    run.fixed += fixed.count;
    run.fixedFiles++;
    return undefined;
  }
  const written = await writeFix(job.file, fixed.bytes, fixed.originalText, fixed.text);
  if ('refused' in written) {
    run.notices.push(`${job.display}: safe fixes not applied: ${written.refused}`);
    reply.outcome = { results: fixed.before };
    return undefined;
  }
  run.fixed += fixed.count;
  run.fixedFiles++;
  return { ...(hash ? { content: hash(written.written) } : {}), text: fixed.text };
}

/** Files whose sizes estimatedBytes looks up, spread over the list. */
const SIZE_SAMPLES = 64;

/** About how many bytes the jobs hold, from the sizes of a few of them: a stat of each would cost more than it tells. */
function estimatedBytes(jobs: readonly FileJob[]): number {
  const step = Math.max(1, Math.floor(jobs.length / SIZE_SAMPLES));
  let sampled = 0;
  let bytes = 0;
  for (let k = 0; k < jobs.length; k += step) {
    const job = jobs[k]!;
    try {
      bytes += job.bytes?.length ?? (job.file === undefined ? 0 : statSync(job.file).size);
    } catch {
      // Reported when the file is checked.
    }
    sampled++;
  }
  return sampled === 0 ? 0 : (bytes / sampled) * jobs.length;
}

/**
 * The job, or for a big export (see partCount) one job per part of its
 * drafts. Never when fixing, which rewrites the whole file.
 */
function splitJob(job: FileJob, settings: CheckSettings, concurrency: Concurrency): FileJob[] {
  if (settings.fix || !isCollectionPath(job.file ?? job.display)) return [job];
  let bytes = job.bytes?.length;
  try {
    bytes ??= statSync(job.file!).size;
  } catch {
    return [job]; // reported when the file is checked
  }
  const count = partCount(concurrency, bytes);
  return count === 1 ? [job] : Array.from({ length: count }, (_, index) => ({ ...job, part: { index, count } }));
}

/** A file's reply from the replies of its parts, in order: the first error, or every part's findings. */
function joinParts(before: JobReply, next: JobReply): JobReply {
  if ('error' in before) return before;
  if ('error' in next) return next;
  const problems = [...(before.outcome.problems ?? []), ...(next.outcome.problems ?? [])];
  return { outcome: { results: [...before.outcome.results, ...next.outcome.results], ...(problems.length > 0 ? { problems } : {}) } };
}

/** The rules the run's configs switch on, for formats that describe them (SARIF, HTML). */
export async function ruleSummaries(settings: CheckSettings, dirs: Iterable<string>): Promise<RuleSummary[]> {
  const checker = new FileChecker(settings);
  const byId = new Map<string, RuleSummary>();
  for (const dir of new Set(dirs)) {
    const { resolved } = await checker.configFor(dir);
    for (const { rule } of resolved.rules) {
      const { id, description, dimension, defaultSeverity, fixable, docs } = rule.meta;
      if (!byId.has(id)) byId.set(id, { id, description, dimension, defaultSeverity, fixable: fixable === true, ...(docs ? { docs } : {}) });
    }
  }
  return [...byId.values()];
}

/** The results of every file that could be checked, in order. */
export function resultsOf(run: FilesRun): LintResult[] {
  return run.replies.flatMap((reply) => ('outcome' in reply ? reply.outcome.results : []));
}

function statFile(job: FileJob) {
  try {
    return statSync(job.file!);
  } catch (error) {
    throw new InputError(job.display, describeFsError(error));
  }
}

function readBytes(job: FileJob): Uint8Array {
  try {
    return readFileSync(job.file!);
  } catch (error) {
    throw new InputError(job.display, describeFsError(error));
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
