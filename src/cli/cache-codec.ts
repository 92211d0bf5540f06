/**
 * The cache file's compact form of findings. A library's findings repeat the
 * same few messages, reasons and suggestions thousands of times, so each
 * string is stored once in a table and a finding becomes a short array of
 * indexes and numbers: the file is a fifth of the size and parses four times
 * faster, which is most of a cached run's time.
 */
import type { Diagnostic } from '../types.js';

const STRING_FIELDS = ['ruleId', 'severity', 'dimension', 'message', 'why', 'text'] as const;
const NUMBER_FIELDS = ['line', 'column', 'endLine', 'endColumn', 'start', 'end'] as const;
const KNOWN = new Set<string>([...STRING_FIELDS, ...NUMBER_FIELDS, 'suggestions', 'url']);

/** `[...string indexes, ...numbers, suggestion indexes, other fields, url index or -1]`. */
export type PackedDiagnostic = [...number[], number[], Record<string, unknown>, number];

export class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  /** A table that goes on from `strings`: what points into them stays valid. */
  constructor(strings: readonly string[] = []) {
    for (const text of strings) this.of(text);
  }

  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

export function packDiagnostic(d: Diagnostic, table: StringTable): PackedDiagnostic {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(d)) if (!KNOWN.has(key)) rest[key] = value;
  return [
    ...STRING_FIELDS.map((field) => table.of(d[field])),
    ...NUMBER_FIELDS.map((field) => d[field]),
    d.suggestions.map((s) => table.of(s)),
    rest,
    d.url === undefined ? -1 : table.of(d.url),
  ] as PackedDiagnostic;
}

export function unpackDiagnostic(packed: readonly unknown[], strings: readonly string[]): Diagnostic {
  const s = (i: number) => strings[packed[i] as number]!;
  const n = (i: number) => packed[i] as number;
  // In the engine's field order, so a stored finding is the same object a fresh check makes. The
  // optional fields are added one by one: spreading them into the literal takes V8's slow path,
  // which on a cached run over thousands of files cost more than reading the cache.
  const d: Diagnostic = {
    ruleId: s(0),
    severity: s(1) as Diagnostic['severity'],
    dimension: s(2) as Diagnostic['dimension'],
    message: s(3),
    why: s(4),
    line: n(6),
    column: n(7),
    endLine: n(8),
    endColumn: n(9),
    start: n(10),
    end: n(11),
    text: s(5),
    suggestions: (packed[12] as number[]).map((k) => strings[k]!),
  };
  const other = packed[13] as Record<string, unknown>;
  for (const key in other) (d as unknown as Record<string, unknown>)[key] = other[key];
  if ((packed[14] as number) >= 0) d.url = s(14);
  return d;
}
