import type { Span } from '../../types.js';
import type { OffsetMap } from '../offset-map.js';
import type { Encode } from '../origin.js';

/**
 * A parsed JSON, YAML or CSV file as one shape, so mappings select entries
 * the same way in all three. String values know where they sit in the file.
 */
export type DataNode =
  | { kind: 'object'; entries: ReadonlyArray<readonly [string, DataNode]> }
  | { kind: 'array'; items: readonly DataNode[] }
  | { kind: 'string'; value: string; place: StringPlace }
  | { kind: 'scalar'; value: number | boolean | null };

/**
 * How deep an export may nest. Helpdesk exports are a few levels deep; the parsers and the
 * conversion to DataNode recurse, and a file nested thousands of levels deep would overflow the
 * call stack rather than be reported.
 */
export const MAX_NESTING = 256;

/** The one-line reason for a file nested deeper than MAX_NESTING. */
export const TOO_DEEP = `nested more than ${MAX_NESTING} levels deep, which no helpdesk export is`;

/** Where a string value is in the file, and how its characters map there. */
export interface StringPlace {
  /** The value as written, quotes included. */
  range: Span;
  /** Offsets in the value to offsets in the file. */
  map(): OffsetMap;
  /** Writes replacement text the way this value is stored; undefined when it cannot. */
  encode: Encode;
}

/** The child at an object key or array index. */
export function child(node: DataNode | undefined, key: string): DataNode | undefined {
  if (!node) return undefined;
  if (node.kind === 'object') return node.entries.find(([k]) => k === key)?.[1];
  if (node.kind === 'array' && /^\d+$/.test(key)) return node.items[Number(key)];
  return undefined;
}

/** A string child's value, or the text of a number (ids are often numbers). */
export function scalarText(node: DataNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind === 'string') return node.value;
  if (node.kind === 'scalar' && node.value !== null) return String(node.value);
  return undefined;
}

/**
 * The node at a path: a JSON pointer (`/data/0/body`) or a dotted path
 * (`data.0.body`). The empty path is the node itself.
 */
export function at(node: DataNode | undefined, path: string): DataNode | undefined {
  const keys =
    path === '' || path === '/'
      ? []
      : path.startsWith('/')
        ? path.slice(1).split('/').map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
        : path.split('.');
  let current = node;
  for (const key of keys) current = child(current, key);
  return current;
}

export function isObject(node: DataNode | undefined): node is Extract<DataNode, { kind: 'object' }> {
  return node?.kind === 'object';
}

export function isArray(node: DataNode | undefined): node is Extract<DataNode, { kind: 'array' }> {
  return node?.kind === 'array';
}
