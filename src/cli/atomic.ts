import { createRequire } from 'node:module';

type WriteFileAtomic = (file: string, data: string | Uint8Array, options?: { fsync?: boolean }) => Promise<void>;

let writer: WriteFileAtomic | undefined;

/**
 * Writes a file so that it is either the old file or the new one, never half
 * of each: a temporary file in the same folder, renamed over the target.
 * The target's permissions and owner are kept, and a symbolic link is
 * followed so the link stays a link. Loaded on first use.
 */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  writer ??= createRequire(import.meta.url)('write-file-atomic') as WriteFileAtomic;
  await writer(file, data);
}
