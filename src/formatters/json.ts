import type { Diagnostic } from '../types.js';
import { customerData, scorecardData } from './scorecard-data.js';
import type { FormatOptions, Formatter, LintResult } from './types.js';

/** Version of the JSON contract; bumped only for changes that break readers (docs/json-output.md). */
export const JSON_OUTPUT_VERSION = 1;

/** Characters (or bytes) of finished lines handed out at a time by jsonChunks. */
const CHUNK = 1 << 16;

/** The JSON of results stored by an earlier run, without their path (see storedJson). */
const storedBodies = new WeakMap<LintResult, Uint8Array>();

/**
 * Marks `result` as one whose JSON line, but for its path, is `body` (UTF-8,
 * as jsonBody made it): the report copies those bytes rather than
 * serialising the result again. The cache does this for the results it
 * stores or gives back. A result made from this one (another path, fewer
 * findings) is a new object, and is serialised as usual.
 */
export function storedJson<T extends LintResult>(result: T, body: Uint8Array): T {
  storedBodies.set(result, body);
  return result;
}

/** A result's JSON line without the path, starting with `{`: what storedJson takes back. */
export function jsonBody(r: Omit<LintResult, 'path'>): string {
  return JSON.stringify(result({ ...r, path: '' })).replace(PATH_FIELD, '{');
}

const PATH_FIELD = /^\{"path":"",/;
const encoder = new TextEncoder();

/**
 * Every result and finding as JSON. Fields are picked one by one so the
 * output has a stable order and never more than the documented contract.
 */
export const json: Formatter = Object.assign(
  (results: readonly LintResult[], options: FormatOptions) => {
    const decoder = new TextDecoder();
    return [...jsonChunks(results, options)].map((c) => (typeof c === 'string' ? c : decoder.decode(c))).join('');
  },
  { chunks: jsonChunks },
);

/**
 * The JSON report in pieces. It is compact, one result to a line: a library's
 * report is a third smaller than indented JSON, and a result is one line to
 * grep or diff. Each line is written and dropped rather than kept for one
 * huge string: on thousands of drafts, copying those lines between heap
 * generations cost more than making them.
 */
export function* jsonChunks(results: readonly LintResult[], options: FormatOptions): Generator<string | Uint8Array> {
  let errorCount = 0;
  let warningCount = 0;
  let suggestionCount = 0;
  for (const r of results) {
    errorCount += r.errorCount;
    warningCount += r.warningCount;
    suggestionCount += r.suggestionCount;
  }
  const head = JSON.stringify({ version: JSON_OUTPUT_VERSION, tool: { name: options.tool.name, version: options.tool.version } });
  let chunk = `${head.slice(0, -1)},"results":[`;
  // Stored lines are copied as bytes: the text between them waits in `chunk` and goes out with them.
  let pieces: Array<string | Uint8Array> = [];
  let bytes = 0;
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    const body = storedBodies.get(r);
    if (body === undefined) chunk += `${i === 0 ? '' : ','}\n${JSON.stringify(result(r))}`;
    else {
      pieces.push(`${chunk}${i === 0 ? '' : ','}\n{"path":${JSON.stringify(r.path)},`, body.subarray(1));
      bytes += chunk.length + body.length;
      chunk = '';
    }
    if (chunk.length + bytes >= CHUNK) {
      yield pieces.length === 0 ? chunk : joinBytes([...pieces, chunk]);
      chunk = '';
      pieces = [];
      bytes = 0;
    }
  }
  const tail = `${chunk}${results.length === 0 ? '' : '\n'}],${JSON.stringify({ errorCount, warningCount, suggestionCount }).slice(1)}\n`;
  yield pieces.length === 0 ? tail : joinBytes([...pieces, tail]);
}

/** Text and bytes as one UTF-8 buffer. */
function joinBytes(pieces: ReadonlyArray<string | Uint8Array>): Uint8Array {
  return Buffer.concat(pieces.map((p) => (typeof p === 'string' ? encoder.encode(p) : p)));
}

function result(r: LintResult) {
  return {
    path: r.path,
    ...(r.entryId === undefined ? {} : { entryId: r.entryId }),
    diagnostics: r.diagnostics.map(diagnostic),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    suggestionCount: r.suggestionCount,
    ...(r.output === undefined ? {} : { output: r.output }),
    ...(r.scorecard ? { scorecard: scorecardData(r.scorecard) } : {}),
    ...(r.customer ? { customer: customerData(r.customer) } : {}),
  };
}

function diagnostic(d: Diagnostic) {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    dimension: d.dimension,
    message: d.message,
    why: d.why,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    start: d.start,
    end: d.end,
    text: d.text,
    suggestions: [...d.suggestions],
    ...(d.fix ? { fix: { start: d.fix.start, end: d.fix.end, text: d.fix.text } } : {}),
    ...(d.url === undefined ? {} : { url: d.url }),
  };
}
