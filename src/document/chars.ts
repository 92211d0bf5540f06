/**
 * Letters, combining marks and digits of the scripts support replies are
 * written in, as the body of a character class. Spelled out rather than
 * `[\p{L}\p{N}\p{M}]`: Unicode property classes cost milliseconds to compile
 * on every start, and start-up time is what a person waiting on a check notices.
 */
export const WORD_CHARS =
  'A-Za-z0-9\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0300-\\u036F\\u0370-\\u03FF' +
  '\\u0400-\\u052F\\u0531-\\u0587\\u0590-\\u05FF\\u0600-\\u06FF\\u0900-\\u0DFF\\u0E00-\\u0EFF\\u10A0-\\u10FF' +
  '\\u1E00-\\u1FFF\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7AF';

/** Splits text into lower-case words, apostrophes kept: "We're" → "we're". */
const NON_WORD = new RegExp(`[^${WORD_CHARS}']+`);

export function lowerWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘ʼ]/g, "'").split(NON_WORD).filter(Boolean);
}
