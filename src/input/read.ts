import { readFileSync } from 'node:fs';
import { decodeBytes } from './decode.js';
import { describeFsError, InputError } from './errors.js';
import { readerFor, type ReadOptions, type ReadResult } from './readers.js';
import type { Source } from './source.js';

export type { ReadOptions, ReadResult } from './readers.js';

/**
 * Reads one file into the Sources to check, and the problems with parts of
 * it (an entry of an export without a body). `displayPath` is how the file is
 * named in output. Throws InputError (one line, no stack) when the file
 * cannot be read at all.
 */
export async function readInput(file: string, displayPath = file, options: ReadOptions = {}): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    // Synchronous: drafts are small, and a promise per file costs more than the read itself.
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(displayPath, describeFsError(error));
  }
  return inputFromBytes(displayPath, bytes, options);
}

/**
 * The Sources in bytes already read (stdin, or a file read elsewhere). Pure:
 * no file system or process, so a worker thread can call it. The format comes
 * from `displayPath`'s extension; its parser is loaded on first use.
 */
export async function inputFromBytes(displayPath: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const text = decodeText(displayPath, bytes);
  const reader = await readerFor(displayPath);
  return reader.read({ path: displayPath, text, bytes, options });
}

/** Like readInput, for callers that want the sources only: a problem with any part of the file is thrown. */
export async function readSources(file: string, displayPath = file, options: ReadOptions = {}): Promise<Source[]> {
  return sourcesOrThrow(await readInput(file, displayPath, options));
}

/** Like inputFromBytes, for callers that want the sources only. */
export async function sourcesFromBytes(displayPath: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<Source[]> {
  return sourcesOrThrow(await inputFromBytes(displayPath, bytes, options));
}

function sourcesOrThrow(result: ReadResult): Source[] {
  if (result.problems.length > 0) throw result.problems[0]!;
  return result.sources;
}

/** Decodes bytes to text; throws InputError for binary content. */
export function decodeText(displayPath: string, bytes: Uint8Array): string {
  const decoded = decodeBytes(bytes);
  if (decoded.binary) throw new InputError(displayPath, 'binary file, not checked');
  return decoded.text;
}
