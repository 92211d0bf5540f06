import { readFileSync } from 'node:fs';
import { decodeBytes } from './decode.js';
import { describeFsError, InputError } from './errors.js';
import { readerFor } from './readers.js';
import type { Source } from './source.js';

/**
 * Reads one file into the Sources to check. `displayPath` is how the file is
 * named in output. Throws InputError (one line, no stack) when the file
 * cannot be read or is binary.
 */
export async function readSources(file: string, displayPath = file): Promise<Source[]> {
  let bytes: Uint8Array;
  try {
    // Synchronous: drafts are small, and a promise per file costs more than the read itself.
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(displayPath, describeFsError(error));
  }
  return sourcesFromBytes(displayPath, bytes);
}

/** Sources from bytes already read (stdin, or a file read elsewhere). */
export function sourcesFromBytes(displayPath: string, bytes: Uint8Array): Source[] {
  return readerFor(displayPath).read(displayPath, decodeText(displayPath, bytes));
}

/** Decodes bytes to text; throws InputError for binary content. */
export function decodeText(displayPath: string, bytes: Uint8Array): string {
  const decoded = decodeBytes(bytes);
  if (decoded.binary) throw new InputError(displayPath, 'binary file, not checked');
  return decoded.text;
}
