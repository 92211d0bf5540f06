/**
 * Bytes to text, the way an editor opens a file: a byte-order mark is
 * dropped (so columns count from after it), UTF-16 files marked as such are
 * read as UTF-16, and invalid UTF-8 becomes U+FFFD instead of failing, one
 * replacement per bad sequence, so offsets after it stay in step with what
 * the editor shows. Binary files are refused rather than checked as prose.
 */

const SAMPLE_BYTES = 8192;
/** Share of control bytes above which a file is treated as binary. */
const CONTROL_SHARE = 0.1;

export type Decoded = { binary: false; text: string } | { binary: true };

export function decodeBytes(bytes: Uint8Array): Decoded {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { binary: false, text: new TextDecoder(utf16).decode(bytes) };
  if (looksBinary(bytes)) return { binary: true };
  // ignoreBOM: false means the decoder drops a leading UTF-8 byte-order mark.
  return { binary: false, text: new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes) };
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * A NUL byte, or many control bytes, in the first 8 KB. Tab, line feed,
 * vertical tab, form feed, carriage return and escape are ordinary in text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 9 || (b > 13 && b < 32 && b !== 27)) || b === 127) control++;
  }
  return length > 0 && control / length > CONTROL_SHARE;
}
