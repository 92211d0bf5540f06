import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Scalar } from 'yaml';
import { alignValue, type Unescape } from '../align.js';
import { InputError } from '../errors.js';
import { TextBuilder, type OffsetMap } from '../offset-map.js';
import { encodeJsonString, type Encode } from '../origin.js';
import { MAX_NESTING, TOO_DEEP, type DataNode } from './tree.js';

/** Parses YAML into a DataNode, with every scalar's range in the file; InputError names the first error's place. */
export function parseYaml(text: string, path: string): DataNode {
  const doc = parseDocument(text, { uniqueKeys: false });
  const error = doc.errors[0];
  if (error) {
    const where = error.linePos?.[0];
    const at = where ? ` at ${where.line}:${where.col}` : '';
    const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(path, `malformed YAML${at}: ${lowerFirst(what)}`);
  }
  return convert(doc.contents, text, path, 0);
}

function convert(node: YamlNode | null | undefined, text: string, path: string, depth: number): DataNode {
  if ((isMap(node) || isSeq(node)) && depth >= MAX_NESTING) throw new InputError(path, TOO_DEEP);
  if (isMap(node)) {
    return {
      kind: 'object',
      entries: node.items.map((pair) => {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        return [key, convert(pair.value as YamlNode | null, text, path, depth + 1)] as const;
      }),
    };
  }
  if (isSeq(node)) return { kind: 'array', items: node.items.map((item) => convert(item as YamlNode | null, text, path, depth + 1)) };
  if (isScalar(node) && typeof node.value === 'string' && node.range) {
    const scalar = node as Scalar<string>;
    const [start, end] = node.range;
    let map: OffsetMap | undefined;
    return {
      kind: 'string',
      value: scalar.value,
      place: { range: { start, end }, map: () => (map ??= scalarMap(scalar, text, start, end)), encode: encoderFor(scalar.type) },
    };
  }
  if (isScalar(node)) {
    const value = node.value;
    return { kind: 'scalar', value: typeof value === 'number' || typeof value === 'boolean' ? value : null };
  }
  return { kind: 'scalar', value: null };
}

function scalarMap(scalar: Scalar<string>, text: string, start: number, end: number): OffsetMap {
  const builder = new TextBuilder();
  const unescape = scalar.type === 'QUOTE_DOUBLE' ? unescapeDouble : scalar.type === 'QUOTE_SINGLE' ? unescapeSingle : undefined;
  alignValue(builder, scalar.value, text, start, end, unescape);
  return builder.build().map;
}

const DOUBLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"',
  '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

const unescapeDouble: Unescape = (raw, at) => {
  if (raw[at] !== '\\') return undefined;
  const c = raw[at + 1] ?? '';
  const hex = HEX_LENGTH[c];
  if (hex) return { length: 2 + hex, text: String.fromCodePoint(parseInt(raw.slice(at + 2, at + 2 + hex), 16)) };
  if (c === '\n' || c === '\r') {
    // A line continuation: the break and the next line's indentation vanish.
    let end = at + 2 + (c === '\r' && raw[at + 2] === '\n' ? 1 : 0);
    while (raw[end] === ' ' || raw[end] === '\t') end++;
    return { length: end - at, text: '' };
  }
  const text = DOUBLE_ESCAPES[c];
  return text === undefined ? undefined : { length: 2, text };
};

const unescapeSingle: Unescape = (raw, at) => (raw[at] === "'" && raw[at + 1] === "'" ? { length: 2, text: "'" } : undefined);

/** Replacement text in the scalar's own style; line breaks only where the style keeps them simply. */
function encoderFor(type: Scalar['type']): Encode {
  switch (type) {
    case 'QUOTE_DOUBLE':
      return (text) => encodeJsonString(text);
    case 'QUOTE_SINGLE':
      return (text) => (/[\r\n]/.test(text) ? undefined : text.replace(/'/g, "''"));
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      return (text) => (/[\r\n]/.test(text) ? undefined : text);
    default:
      // A plain scalar ends at ": " or " #", and cannot hold a line break.
      return (text) => (/[\r\n]|: | #/.test(text) ? undefined : text);
  }
}

function lowerFirst(message: string): string {
  return /^[A-Z][a-z]/.test(message) ? message.charAt(0).toLowerCase() + message.slice(1) : message;
}
