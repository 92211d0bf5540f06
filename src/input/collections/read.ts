import { InputError } from '../errors.js';
import { chain, encodeMarkdown, mapOrigin } from '../origin.js';
import type { Reader, ReadInput, ReadResult } from '../readers.js';
import type { Source } from '../source.js';
import { hasWords } from '../words.js';
import { BUILTIN_SELECTORS } from './builtin.js';
import { looksLikeCollection } from './sniff.js';
import { configSelector, MappingError, type Entry, type Selector } from './mapping.js';
import type { DataNode } from './tree.js';

type Parse = (text: string, path: string) => DataNode;

/** `.json`: a helpdesk export or a list of canned responses; each entry is its own draft. */
export const jsonReader: Reader = { name: 'json', read: async (input) => readCollection(input, (await import('./json.js')).parseJson) };
/** `.yaml` / `.yml`: the same, written by hand or exported. */
export const yamlReader: Reader = { name: 'yaml', read: async (input) => readCollection(input, (await import('./yaml.js')).parseYaml) };
/** `.csv`: one canned response per row; the header row names the columns. */
export const csvReader: Reader = { name: 'csv', read: async (input) => readCollection(input, (await import('./csv.js')).parseCsv) };


const HTML_TAG = /<\/?(?:p|div|br|span|a|b|strong|i|em|u|ul|ol|li|table|tr|td|h[1-6]|blockquote|font|hr|img)\b[^>]*>/i;

async function readCollection(input: ReadInput, parse: Parse): Promise<ReadResult> {
  const { path, text, options } = input;
  const selectors: Selector[] = [...(options.collections ?? []).map(configSelector), ...BUILTIN_SELECTORS];
  const configured = (options.collections?.length ?? 0) > 0;
  let root: DataNode;
  try {
    root = parse(text, path);
  } catch (error) {
    // A folder scan meets all sorts of JSON; only an export that does not parse is worth a message.
    if (options.discovered && !configured && !looksLikeCollection(path, text.slice(0, 65536))) return { sources: [], problems: [] };
    throw error;
  }

  let entries: Entry[] | undefined;
  let selector: Selector | undefined;
  for (const candidate of selectors) {
    try {
      entries = candidate.select(root);
    } catch (error) {
      if (error instanceof MappingError) throw new InputError(path, error.message);
      throw error;
    }
    if (entries) {
      selector = candidate;
      break;
    }
  }
  if (!entries || !selector) {
    if (options.discovered && !configured) return { sources: [], problems: [] };
    throw new InputError(
      path,
      'not a known export (Zendesk macros, Intercom macros, Freshdesk canned responses, Help Scout saved replies, or a list of entries with a title and a body); describe it in the "collections" config section',
    );
  }
  if (entries.length === 0) throw new InputError(path, `${selector.name}: no entries to check`);

  const result: ReadResult = { sources: [], problems: [] };
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const name = entryName(entry, seen);
    try {
      const source = await entrySource(path, text, entry, name, selector);
      if (source) result.sources.push(source);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      result.problems.push(error);
    }
  }
  if (result.sources.length === 0 && result.problems.length === 0 && selector.strict) {
    throw new InputError(path, `${selector.name}: no entry has a "${entries[0]!.bodyPath}" field`);
  }
  return result;
}

/** The entry's id, else its title, else its position; a repeated name gets its position added. */
function entryName(entry: Entry, seen: Map<string, number>): string {
  const base = entry.id ?? entry.title ?? String(entry.position);
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base} (${entry.position})`;
}

async function entrySource(path: string, fileText: string, entry: Entry, name: string, selector: Selector): Promise<Source | undefined> {
  const where = `${path}#${name}`;
  const body = entry.body;
  if (body === undefined || (body.kind === 'scalar' && body.value === null)) {
    if (selector.strict) throw new InputError(where, `no "${entry.bodyPath}" field to check`);
    return undefined;
  }
  if (body.kind !== 'string') {
    throw new InputError(where, `"${entry.bodyPath}" is ${body.kind === 'scalar' ? `a ${typeof body.value}` : `an ${body.kind}`}, not text`);
  }
  if (body.value.trim() === '') return undefined;

  const { place } = body;
  const format = entry.format === 'auto' ? (HTML_TAG.test(body.value) ? 'html' : 'text') : entry.format;
  const named = { entryId: name, ...(entry.title === undefined ? {} : { entryTitle: entry.title }) };
  if (format === 'html') {
    // Parsers load on first use: an export of plain-text replies never loads them.
    const { htmlSource } = await import('../html-reader.js');
    const source = htmlSource({ path, html: body.value, fileText, outer: place.map(), outerEncode: place.encode, ...named });
    source.origin!.range = place.range;
    return source;
  }
  if (format === 'markdown') {
    const { extractMarkdown } = await import('../markdown.js');
    const { text, map } = extractMarkdown(body.value);
    const encode = chain(encodeMarkdown, place.encode);
    return { path, text, ...named, origin: mapOrigin(fileText, map.then(place.map()), { ...(encode ? { encode } : {}), range: place.range }) };
  }
  if (!hasWords(body.value)) return undefined;
  return { path, text: body.value, ...named, origin: mapOrigin(fileText, place.map(), { encode: place.encode, range: place.range }) };
}
