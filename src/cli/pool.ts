/**
 * Checking many files on worker threads (tinypool), one per core. Each
 * worker runs the same per-file code as a serial run; replies are put back
 * in the order of the files, so the report is the same byte for byte. The
 * pool library is loaded only when a run is big enough to use it.
 */
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importModule } from '../config/import-module.js';
import type { CheckSettings, FileJob, FileOutcome } from './check-file.js';
import type { Batch, WireReply } from './pool-worker.js';
import type { WireError } from './wire-error.js';
import { fromWireOutcome } from './wire-outcome.js';

export type Reply = { outcome: FileOutcome } | { error: WireError };

/** `--concurrency`: a number of workers, `auto` (one per core, when it pays), or `off`. */
export type Concurrency = number | 'auto' | 'off';

/**
 * Fewer files than this are checked in the command's own thread: starting a
 * worker (loading the rules again) costs about as much as checking a hundred
 * drafts, so a small run would only get slower.
 */
export const MIN_FILES_FOR_POOL = 200;
/** Each worker should get at least this many files, or fewer workers start. */
const MIN_FILES_PER_WORKER = 100;
/** Files sent to a worker at a time: big enough to keep messages few, small enough to share work evenly. */
const MAX_BATCH = 64;

/** Parses `--concurrency`; undefined for a value that is not one. */
export function parseConcurrency(value: string): Concurrency | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'auto' || text === 'off') return text;
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n === 0 ? 'off' : n;
}

/**
 * With `auto`, separate files go to the pool only when they hold at least
 * this much text. On two cores, two busy threads each run well below the
 * speed of one alone, and each worker warms up on its own: a 1 MB library of
 * 1,808 drafts took 5% longer on the pool than on one thread, with a third
 * more CPU time; a 2 MB one of 3,600 drafts took 4% less.
 */
export const MIN_BYTES_FOR_POOL = 1.5 * 1024 * 1024;

/**
 * How many workers to start for `files` files holding about `bytes()` bytes
 * (asked only when the count could use a pool); 0 means check them in this thread.
 */
export function workerCount(concurrency: Concurrency, files: number, bytes: () => number, cores = availableParallelism()): number {
  if (concurrency === 'off' || files < 2) return 0;
  if (concurrency === 'auto') {
    if (files < MIN_FILES_FOR_POOL || cores < 2 || bytes() < MIN_BYTES_FOR_POOL) return 0;
    const workers = Math.min(cores, Math.floor(files / MIN_FILES_PER_WORKER));
    return workers >= 2 ? workers : 0;
  }
  return concurrency >= 2 ? Math.min(concurrency, files) : 0;
}

/**
 * With `auto`, a file at least this big, with several drafts in it (an export), is split among
 * workers. Each worker reads the whole file again and warms up on its own, and two busy threads
 * on a 2-core machine each run slower: a 1.5 MB export of 2,000 drafts took longer split in two
 * than on one thread, a 4.5 MB one a little less.
 */
const MIN_BYTES_TO_SPLIT_AUTO = 4 * 1024 * 1024;
/** With a number of workers asked for, a file at least this big is split. */
const MIN_BYTES_TO_SPLIT = 512 * 1024;
/** Each worker should get at least this much of a split file, or it is split in fewer parts. */
const MIN_BYTES_PER_PART = 256 * 1024;

/**
 * In how many parts to check one collection file of `bytes` bytes: a big
 * helpdesk export holds thousands of drafts, and each worker can read the
 * file and check its own run of them. 1 means the file is not split.
 */
export function partCount(concurrency: Concurrency, bytes: number, cores = availableParallelism()): number {
  if (concurrency === 'off' || bytes < (concurrency === 'auto' ? MIN_BYTES_TO_SPLIT_AUTO : MIN_BYTES_TO_SPLIT)) return 1;
  const workers = concurrency === 'auto' ? cores : concurrency;
  return Math.max(1, Math.min(workers, Math.floor(bytes / MIN_BYTES_PER_PART)));
}

/**
 * Checks `jobs` on `workers` threads and returns one reply per job, in the
 * jobs' order. `onDone` is told how many jobs finished, batch by batch.
 */
export async function checkInPool(
  jobs: readonly FileJob[],
  settings: CheckSettings,
  workers: number,
  onDone?: (count: number) => void,
): Promise<Reply[]> {
  const [{ Tinypool }, v8] = (await Promise.all([importModule('tinypool'), importModule('node:v8')])) as [
    typeof import('tinypool'),
    typeof import('node:v8'),
  ];
  // With a busy thread per core, V8's helper threads for young-generation collection have no idle
  // core to run on and only slow the other threads down: each thread collects its own, for the
  // length of the run. (Read at every collection, so safe to change while running.)
  v8.setFlagsFromString('--no-parallel-scavenge');
  const pool = new Tinypool({ filename: workerFile(), minThreads: workers, maxThreads: workers });
  const runId = `${process.pid}-${Date.now()}-${Math.random()}`;
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(jobs.length / (workers * 8))));
  const replies: Reply[] = new Array(jobs.length);
  try {
    const batches: Promise<void>[] = [];
    for (let start = 0; start < jobs.length; start += size) {
      // Bytes already read (for the cache) go along in buffers of their own: a file's Buffer is
      // often a slice of a shared 8 KB pool, which would be copied whole.
      const buffers: ArrayBuffer[] = [];
      const slice = jobs.slice(start, start + size).map((job) => {
        if (!job.bytes) return job;
        const bytes = new Uint8Array(job.bytes);
        buffers.push(bytes.buffer);
        return { ...job, bytes };
      });
      const batch: Batch = { runId, settings, jobs: slice };
      batches.push(
        pool.run(batch, { transferList: buffers }).then((answers: WireReply[]) => {
          answers.forEach((reply, k) => (replies[start + k] = 'error' in reply ? reply : { outcome: fromWireOutcome(reply.outcome) }));
          // A file checked in parts counts once, with its first part.
          onDone?.(slice.filter((job) => !job.part || job.part.index === 0).length);
        }),
      );
    }
    await Promise.all(batches);
  } finally {
    await pool.destroy();
    v8.setFlagsFromString('--parallel-scavenge');
  }
  return replies;
}

/** The worker module beside the command's bundle (scripts/bundle.mjs). */
function workerFile(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'pool-worker.js');
}
