import { at, isArray, isObject, scalarText, type DataNode } from './tree.js';

/** How an entry's body is read. `auto`: as HTML when it holds HTML tags, else as plain text. */
export type BodyFormat = 'auto' | 'text' | 'html' | 'markdown';

/**
 * A mapping from the `collections` config section: which part of a file
 * holds the entries, and which field of an entry is its id, title and body.
 * Paths are JSON pointers (`/data/items`) or dotted paths (`data.items`);
 * for CSV they are column names.
 */
export interface CollectionMapping {
  /** For messages: `collections[0]` and the config file it came from. */
  name: string;
  /** The list (or object) of entries; default: the whole file. Not used for CSV. */
  entries?: string;
  id?: string;
  title?: string;
  body: string;
  format?: BodyFormat;
}

/** One entry selected from a collection file. */
export interface Entry {
  /** 1-based position in the collection, the entry's name when it has no id or title. */
  position: number;
  id?: string;
  title?: string;
  /** The body's node; undefined when the entry has none (reported for config mappings). */
  body: DataNode | undefined;
  /** The path the body was looked for at, for messages. */
  bodyPath: string;
  format: BodyFormat;
}

/** A way to find the entries of a collection file; undefined when it does not apply to the file. */
export interface Selector {
  /** Named in messages: "Zendesk macros", "collections[0] in .tonecheckrc.yaml". */
  name: string;
  /** Mappings from the config report a body that is missing; built-in ones skip such entries (a macro that only sets fields). */
  strict: boolean;
  select(root: DataNode): Entry[] | undefined;
}

/** A config mapping as a Selector; throws a message when its `entries` path selects nothing. */
export function configSelector(mapping: CollectionMapping): Selector {
  return {
    name: mapping.name,
    strict: true,
    select(root) {
      const where = mapping.entries ?? '';
      const list = at(root, where);
      const items = entryNodes(list);
      if (!items) {
        throw new MappingError(
          `${mapping.name}: "entries" ${where === '' ? '(the whole file)' : `"${where}"`} selected nothing: expected a list or an object of entries`,
        );
      }
      return items.map(([key, node], i) => ({
        position: i + 1,
        ...named('id', scalarText(mapping.id === undefined ? undefined : at(node, mapping.id)) ?? (isObject(list) ? key : undefined)),
        ...named('title', scalarText(mapping.title === undefined ? undefined : at(node, mapping.title))),
        body: at(node, mapping.body),
        bodyPath: mapping.body,
        format: mapping.format ?? 'auto',
      }));
    },
  };
}

/** A mapping that matched the file but found no entries in it. */
export class MappingError extends Error {
  override name = 'MappingError';
}

/** The entries of a list, or of an object whose values are all objects (keyed by name). */
export function entryNodes(node: DataNode | undefined): Array<readonly [string, DataNode]> | undefined {
  if (isArray(node)) return node.items.map((item, i) => [String(i), item] as const);
  if (isObject(node) && node.entries.length > 0 && node.entries.every(([, value]) => isObject(value))) return [...node.entries];
  return undefined;
}

function named<K extends 'id' | 'title'>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined || value.trim() === '' ? {} : ({ [key]: value.trim() } as Partial<Record<K, string>>);
}
