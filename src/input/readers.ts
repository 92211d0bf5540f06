import { extname } from 'node:path';
import type { Source } from './source.js';

/**
 * A reader turns a file's decoded text into the Sources to check. One reader
 * per format; a format that extracts text (Markdown, HTML, e-mail, JSON
 * collections) sets `Source.origin` so positions map back into the file.
 */
export interface Reader {
  name: string;
  /** Lower-case extensions, with the dot, that folders are searched for. */
  extensions: readonly string[];
  read(path: string, text: string): Source[];
}

const plainText: Reader = {
  name: 'text',
  extensions: ['.txt', '.text', '.md', '.markdown', '.eml', '.html', '.htm'],
  read: (path, text) => [{ path, text }],
};

/** Readers by precedence; the first whose extensions match wins. */
const READERS: readonly Reader[] = [plainText];

/** The reader for a path; files named explicitly are read as plain text whatever their extension. */
export function readerFor(path: string): Reader {
  const ext = extname(path).toLowerCase();
  return READERS.find((reader) => reader.extensions.includes(ext)) ?? plainText;
}

/** Extensions a folder is searched for. */
export function draftExtensions(): string[] {
  return READERS.flatMap((reader) => reader.extensions);
}
