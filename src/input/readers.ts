import { extname } from 'node:path';
import type { CollectionMapping } from './collections/mapping.js';
import type { InputError } from './errors.js';
import type { Source } from './source.js';

/** How a file is to be read, beyond its bytes. */
export interface ReadOptions {
  /**
   * Collection mappings from the `collections` config section whose glob
   * matches this file, in config order; tried before the built-in ones.
   */
  collections?: readonly CollectionMapping[];
  /**
   * The file was found by a folder scan rather than named: a JSON, YAML or
   * CSV file that looks like no known export is skipped quietly (a
   * package.json is not a draft), instead of being an error.
   */
  discovered?: boolean;
}

/** What reading one file gave: the texts to check, and problems with parts of it (one entry of an export). */
export interface ReadResult {
  sources: Source[];
  problems: InputError[];
}

export interface ReadInput {
  /** The file as shown to the user. */
  path: string;
  /** The file's text, decoded as an editor would (BOM dropped, invalid UTF-8 as U+FFFD). */
  text: string;
  /** The file's bytes, for formats that decode themselves (e-mail). */
  bytes: Uint8Array;
  options: ReadOptions;
}

/**
 * A reader turns a file into the Sources to check. One reader per format; a
 * format that extracts text sets `Source.origin` so positions map back into
 * the file. Readers throw InputError for a file that cannot be read at all.
 */
export interface Reader {
  name: string;
  read(input: ReadInput): ReadResult | Promise<ReadResult>;
}

interface ReaderEntry {
  name: string;
  /** Lower-case extensions, with the dot. */
  extensions: readonly string[];
  /** Collection formats join folder scans only when they look like an export or match a `collections` glob. */
  collection: boolean;
  /** Loaded on first use, so a run over text files never loads a Markdown, HTML or MIME parser. */
  load(): Promise<Reader>;
}

export const plainText: Reader = {
  name: 'text',
  read: ({ path, text }) => ({ sources: [{ path, text }], problems: [] }),
};

const READERS: readonly ReaderEntry[] = [
  { name: 'text', extensions: ['.txt', '.text'], collection: false, load: async () => plainText },
  { name: 'markdown', extensions: ['.md', '.markdown', '.mdown', '.mkd'], collection: false, load: async () => (await import('./markdown.js')).markdownReader },
  { name: 'html', extensions: ['.html', '.htm'], collection: false, load: async () => (await import('./html-reader.js')).htmlReader },
  { name: 'email', extensions: ['.eml'], collection: false, load: async () => (await import('./eml.js')).emlReader },
  { name: 'json', extensions: ['.json'], collection: true, load: async () => (await import('./collections/read.js')).jsonReader },
  { name: 'yaml', extensions: ['.yaml', '.yml'], collection: true, load: async () => (await import('./collections/read.js')).yamlReader },
  { name: 'csv', extensions: ['.csv'], collection: true, load: async () => (await import('./collections/read.js')).csvReader },
];

function entryFor(path: string): ReaderEntry | undefined {
  const ext = extname(path).toLowerCase();
  return READERS.find((reader) => reader.extensions.includes(ext));
}

/** The format of a path by its extension; unknown extensions are read as plain text. */
export function formatOf(path: string): string {
  return entryFor(path)?.name ?? 'text';
}

/** The reader for a path; a file named explicitly is read as plain text whatever its extension. */
export async function readerFor(path: string): Promise<Reader> {
  const entry = entryFor(path);
  return entry ? entry.load() : plainText;
}

/** Extensions a folder is searched for. */
export function draftExtensions(): string[] {
  return READERS.flatMap((reader) => reader.extensions);
}

/** True for formats that hold several drafts (JSON, YAML, CSV exports). */
export function isCollectionPath(path: string): boolean {
  return entryFor(path)?.collection === true;
}
