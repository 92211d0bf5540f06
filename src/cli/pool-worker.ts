/**
 * A pool worker: checks batches of files with the same code as a serial run.
 * Errors travel back as data, since a thrown error loses its class on the
 * way between threads.
 */
import { FileChecker, type CheckSettings, type FileJob } from './check-file.js';
import { toWire, type WireError } from './wire-error.js';
import { toWireOutcome, type WireOutcome } from './wire-outcome.js';

export interface Batch {
  /** Identifies the run's settings, so a worker builds its checker once. */
  runId: string;
  settings: CheckSettings;
  jobs: FileJob[];
}

export type WireReply = { outcome: WireOutcome } | { error: WireError };

let checker: { runId: string; instance: FileChecker } | undefined;

export default async function checkBatch(batch: Batch): Promise<WireReply[]> {
  if (checker?.runId !== batch.runId) checker = { runId: batch.runId, instance: new FileChecker(batch.settings) };
  const replies: WireReply[] = [];
  for (const job of batch.jobs) {
    try {
      replies.push({ outcome: toWireOutcome(await checker.instance.check(job)) });
    } catch (error) {
      replies.push({ error: toWire(error) });
    }
  }
  return replies;
}
