import { InputError } from './errors.js';
import { extractHtml } from './html.js';
import { OffsetMap } from './offset-map.js';
import { encodeHtml, mapOrigin, chain, type Encode } from './origin.js';
import type { Reader } from './readers.js';
import type { Source } from './source.js';
import { hasWords } from './words.js';

/** `.html` / `.htm`: the visible text, positions in the HTML source. */
export const htmlReader: Reader = {
  name: 'html',
  read: ({ path, text }) => ({ sources: [htmlSource({ path, html: text, fileText: text })], problems: [] }),
};

export interface HtmlSourceInput {
  path: string;
  /** The HTML to read. */
  html: string;
  /** The text positions count in; `html` itself unless the HTML was decoded from it. */
  fileText: string;
  /** From offsets in `html` to offsets in `fileText`, when they differ (an HTML body in a JSON field). */
  outer?: OffsetMap;
  /** How text is written into `fileText` around the HTML (JSON escaping); undefined: cannot be. */
  outerEncode?: Encode | null;
  entryId?: string;
  entryTitle?: string;
  positions?: 'file' | 'decoded';
}

/** One Source from HTML. Throws InputError when the HTML shows no words at all. */
export function htmlSource(input: HtmlSourceInput): Source {
  const { text, map } = extractHtml(input.html);
  const where = input.entryId === undefined ? input.path : `${input.path}#${input.entryId}`;
  if (!hasWords(text)) throw new InputError(where, 'no visible text to check (the HTML is only markup)');
  const fileMap = input.outer ? map.then(input.outer) : map;
  const encode = input.outerEncode === null ? undefined : input.outerEncode ? chain(encodeHtml, input.outerEncode) : encodeHtml;
  const source: Source = {
    path: input.path,
    text,
    origin: mapOrigin(input.fileText, fileMap, {
      ...(encode && input.positions !== 'decoded' ? { encode } : {}),
      ...(input.positions ? { positions: input.positions } : {}),
    }),
  };
  if (input.entryId !== undefined) source.entryId = input.entryId;
  if (input.entryTitle !== undefined) source.entryTitle = input.entryTitle;
  return source;
}
