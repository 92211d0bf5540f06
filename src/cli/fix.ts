/**
 * Writing safe fixes back. Nothing a user wrote may be lost: the file is
 * written in the encoding it had (byte-order mark included), only when its
 * bytes read back exactly as they were (a file with invalid UTF-8 would have
 * its bad bytes replaced, so it is left alone), only when it has not
 * changed since it was checked, and atomically, keeping its permissions.
 */
import { readFileSync } from 'node:fs';
import { writeAtomic } from './atomic.js';

/** `write`: --fix writes files back; `dry-run`: --fix-dry-run computes the fixed text only. */
export type FixMode = 'write' | 'dry-run';

type Encoding = { name: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: Uint8Array };

const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
const UTF16LE_BOM = Uint8Array.of(0xff, 0xfe);
const UTF16BE_BOM = Uint8Array.of(0xfe, 0xff);

/** The encoding the reader decoded `bytes` with (see src/input/decode.ts). */
function encodingOf(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return { name: 'utf-16le', bom: UTF16LE_BOM };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name: 'utf-16be', bom: UTF16BE_BOM };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name: 'utf-8', bom: UTF8_BOM };
  return { name: 'utf-8', bom: new Uint8Array(0) };
}

function encode(text: string, encoding: Encoding): Uint8Array {
  let body: Buffer;
  if (encoding.name === 'utf-8') body = Buffer.from(text, 'utf8');
  else {
    body = Buffer.from(text, 'utf16le');
    if (encoding.name === 'utf-16be') body.swap16();
  }
  return Buffer.concat([encoding.bom, body]);
}

export type Encoded = { bytes: Uint8Array } | { refused: string };

/**
 * The bytes of `fixed` in the encoding `original` had, or why the file
 * cannot be rewritten without changing something nobody asked to change.
 */
export function encodeLike(original: Uint8Array, originalText: string, fixed: string): Encoded {
  const encoding = encodingOf(original);
  if (!Buffer.from(encode(originalText, encoding)).equals(original)) {
    return { refused: `not valid ${encoding.name.toUpperCase()} text; rewriting it would change bytes that were not flagged` };
  }
  return { bytes: encode(fixed, encoding) };
}

/**
 * Writes the fixed text over `file` if the file still holds `original`.
 * Returns the bytes written, or the reason it did not write.
 */
export async function writeFix(
  file: string,
  original: Uint8Array,
  originalText: string,
  fixed: string,
): Promise<{ written: Uint8Array } | { refused: string }> {
  const encoded = encodeLike(original, originalText, fixed);
  if ('refused' in encoded) return encoded;
  let current: Buffer;
  try {
    current = readFileSync(file);
  } catch {
    return { refused: 'the file went away while it was being checked' };
  }
  if (!current.equals(original)) return { refused: 'the file changed while it was being checked; run again' };
  await writeAtomic(file, encoded.bytes);
  return { written: encoded.bytes };
}
