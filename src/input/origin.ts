import type { Span } from '../types.js';
import type { OffsetMap } from './offset-map.js';
import type { SourceOrigin } from './source.js';

/** Writes replacement text the way a file stores it, or undefined when it cannot. */
export type Encode = (text: string) => string | undefined;

export interface OriginOptions {
  encode?: Encode;
  range?: Span;
  positions?: 'file' | 'decoded';
}

/** A SourceOrigin backed by an offset map. */
export function mapOrigin(fileText: string, map: OffsetMap, options: OriginOptions = {}): SourceOrigin {
  const origin: SourceOrigin = {
    fileText,
    toFileOffset: (offset, bias) => map.toFile(offset, bias),
    toSourceOffset: (fileOffset) => map.toText(fileOffset),
  };
  if (options.encode) origin.encode = options.encode;
  if (options.range) origin.range = options.range;
  if (options.positions) origin.positions = options.positions;
  return origin;
}

/** Text written into an HTML text node: the characters markup would read as syntax become entities. */
export const encodeHtml: Encode = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text written into Markdown prose: characters that would start emphasis, links, code or HTML are escaped. */
export const encodeMarkdown: Encode = (text) => (text.includes('\n') ? undefined : text.replace(/[\\`*_[\]<>]/g, '\\$&'));

/** Text written inside a JSON string literal. */
export const encodeJsonString: Encode = (text) => JSON.stringify(text).slice(1, -1);

/** Both in turn: an HTML body stored in a JSON field is HTML-escaped, then JSON-escaped. */
export function chain(inner: Encode, outer: Encode | undefined): Encode | undefined {
  if (!outer) return undefined;
  return (text) => {
    const once = inner(text);
    return once === undefined ? undefined : outer(once);
  };
}
