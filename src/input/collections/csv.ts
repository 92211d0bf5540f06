import { LineIndex } from '../../document/lines.js';
import { InputError } from '../errors.js';
import { TextBuilder, type OffsetMap } from '../offset-map.js';
import type { Encode } from '../origin.js';
import type { DataNode } from './tree.js';

/**
 * CSV as RFC 4180 reads it (quoted fields with "" escapes and line breaks
 * inside, CRLF or LF rows), scanned by hand because the CSV parsers at hand
 * give values but not where each field sits in the file, and every finding
 * must point into it. The first row names the columns; each later row
 * becomes an object keyed by them. The delimiter is the one of `,` `;` tab
 * `|` that the header row uses most (spreadsheets in many locales write `;`).
 */
export function parseCsv(text: string, path: string): DataNode {
  const delimiter = sniffDelimiter(text);
  const rows = scan(text, delimiter, path);
  const header = rows.shift();
  if (!header) throw new InputError(path, 'empty CSV file: expected a header row naming the columns');
  const names = header.map((field) => field.value.trim());
  return {
    kind: 'array',
    items: rows.map((row) => ({
      kind: 'object' as const,
      entries: row.flatMap((field, i) => (names[i] ? [[names[i]!, stringNode(text, field)] as const] : [])),
    })),
  };
}

interface Field {
  value: string;
  start: number;
  end: number;
  quoted: boolean;
}

function scan(text: string, delimiter: string, path: string): Field[][] {
  const rows: Field[][] = [];
  let row: Field[] = [];
  let i = 0;
  const n = text.length;
  const endRow = () => {
    if (!(row.length === 1 && row[0]!.value === '' && !row[0]!.quoted)) rows.push(row);
    row = [];
  };
  while (i <= n) {
    const start = i;
    let value = '';
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        if (i >= n) throw new InputError(path, `malformed CSV at ${place(text, start)}: a quoted field is never closed`);
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      if (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
        throw new InputError(path, `malformed CSV at ${place(text, i)}: unexpected text after a closing quote`);
      }
    } else {
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
      value = text.slice(start, i);
    }
    row.push({ value, start, end: i, quoted });
    if (i >= n) {
      endRow();
      break;
    }
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    endRow();
    if (i >= n) break;
  }
  return rows;
}

function stringNode(text: string, field: Field): DataNode {
  let map: OffsetMap | undefined;
  const encode: Encode = field.quoted
    ? (replacement) => replacement.replace(/"/g, '""')
    : (replacement) => (/[",;\t|\r\n]/.test(replacement) ? undefined : replacement);
  return {
    kind: 'string',
    value: field.value,
    place: { range: { start: field.start, end: field.end }, map: () => (map ??= fieldMap(text, field)), encode },
  };
}

/** A quoted field's value maps past the quotes, with each `""` mapped to its `"`. */
function fieldMap(text: string, field: Field): OffsetMap {
  const builder = new TextBuilder();
  if (!field.quoted) {
    builder.verbatim(field.value, field.start);
    return builder.build().map;
  }
  let run = field.start + 1;
  const last = field.end - 1;
  for (let i = run; i < last; i++) {
    if (text[i] === '"' && text[i + 1] === '"') {
      if (i > run) builder.verbatim(text.slice(run, i), run);
      builder.decoded('"', i, i + 2);
      i++;
      run = i + 1;
    }
  }
  if (last > run) builder.verbatim(text.slice(run, last), run);
  return builder.build().map;
}

const DELIMITERS = [',', ';', '\t', '|'];

function sniffDelimiter(text: string): string {
  let header = '';
  let inQuotes = false;
  for (const c of text) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    header += c;
  }
  const unquoted = header.replace(/"[^"]*"/g, '');
  let best = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const count = unquoted.split(d).length - 1;
    if (count > most) {
      best = d;
      most = count;
    }
  }
  return best;
}

function place(text: string, offset: number): string {
  const { line, column } = new LineIndex(text).positionAt(offset);
  return `${line}:${column}`;
}
