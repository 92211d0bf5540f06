import { createRequire } from 'node:module';
import type * as JsoncParser from 'jsonc-parser';
import { LineIndex } from '../../document/lines.js';
import { InputError } from '../errors.js';
import { TextBuilder, type OffsetMap } from '../offset-map.js';
import { encodeJsonString } from '../origin.js';
import { MAX_NESTING, TOO_DEEP, type DataNode } from './tree.js';

// jsonc-parser (VS Code's JSON parser) keeps each value's offset; it ships CommonJS, loaded with require.
const jsonc = createRequire(import.meta.url)('jsonc-parser') as typeof JsoncParser;

/** Parses JSON (comments and trailing commas tolerated) into a DataNode; InputError names the first syntax error's place. */
export function parseJson(text: string, path: string): DataNode {
  if (nestsDeeperThan(text, MAX_NESTING)) throw new InputError(path, TOO_DEEP);
  const errors: JsoncParser.ParseError[] = [];
  const root = jsonc.parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const where = first ? new LineIndex(text).positionAt(first.offset) : { line: 1, column: 1 };
    const what = first ? describe(jsonc.printParseErrorCode(first.error)) : 'no value';
    throw new InputError(path, `malformed JSON at ${where.line}:${where.column}: ${what}`);
  }
  return convert(root, text);
}

function convert(node: JsoncParser.Node, text: string): DataNode {
  switch (node.type) {
    case 'object':
      return {
        kind: 'object',
        entries: (node.children ?? []).flatMap((property) => {
          const [key, value] = property.children ?? [];
          return key && value ? [[String(key.value), convert(value, text)] as const] : [];
        }),
      };
    case 'array':
      return { kind: 'array', items: (node.children ?? []).map((item) => convert(item, text)) };
    case 'string': {
      const range = { start: node.offset, end: node.offset + node.length };
      let map: OffsetMap | undefined;
      return {
        kind: 'string',
        value: String(node.value),
        place: { range, map: () => (map ??= stringMap(text, range.start, range.end)), encode: encodeJsonString },
      };
    }
    default:
      return { kind: 'scalar', value: (node.value ?? null) as number | boolean | null };
  }
}

/** Whether brackets outside strings nest deeper than `limit`: one pass, before the parser recurses. */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Maps a string literal's value onto `text[start, end)` (quotes included): escapes map to their raw characters. */
function stringMap(text: string, start: number, end: number): OffsetMap {
  const builder = new TextBuilder();
  let run = start + 1;
  const flush = (to: number) => {
    if (to > run) builder.verbatim(text.slice(run, to), run);
  };
  for (let i = start + 1; i < end - 1; i++) {
    if (text[i] !== '\\') continue;
    flush(i);
    const c = text[i + 1] ?? '';
    if (c === 'u') {
      builder.decoded(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), i, i + 6);
      i += 5;
    } else {
      builder.decoded(SIMPLE_ESCAPES[c] ?? c, i, i + 2);
      i += 1;
    }
    run = i + 1;
  }
  flush(end - 1);
  return builder.build().map;
}

/** "CloseBraceExpected" → "close brace expected". */
function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
