import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describeFsError } from '../input/errors.js';
import { writeAtomic } from './atomic.js';
import { UsageError } from './errors.js';

/**
 * --output-file: the report goes to a file instead of stdout, written
 * atomically so a CI step never uploads half a report. Missing folders are
 * made; a path that cannot be written is a usage error (one line, exit 2).
 */
export async function writeOutputFile(path: string, report: Iterable<string | Uint8Array>, cwd: string): Promise<void> {
  const file = resolve(cwd, path);
  const bytes = Buffer.concat([...report].map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece)));
  try {
    mkdirSync(dirname(file), { recursive: true });
    await writeAtomic(file, bytes);
  } catch (error) {
    throw new UsageError(`--output-file ${path}: ${describeFsError(error)}`);
  }
}
