import type { Diagnostic } from '../types.js';
import { customerData, scorecardData } from './scorecard-data.js';
import type { FormatOptions, Formatter, LintResult } from './types.js';

/** Version of the JSON contract; bumped only for changes that break readers (docs/json-output.md). */
export const JSON_OUTPUT_VERSION = 1;

/** Characters of finished lines handed out at a time by jsonChunks. */
const CHUNK = 1 << 16;

/**
 * Every result and finding as JSON. Fields are picked one by one so the
 * output has a stable order and never more than the documented contract.
 */
export const json: Formatter = Object.assign((results: readonly LintResult[], options: FormatOptions) => [...jsonChunks(results, options)].join(''), {
  chunks: jsonChunks,
});

/**
 * The JSON report in pieces. It is compact, one result to a line: a library's
 * report is a third smaller than indented JSON, and a result is one line to
 * grep or diff. Each line is written and dropped rather than kept for one
 * huge string: on thousands of drafts, copying those lines between heap
 * generations cost more than making them.
 */
export function* jsonChunks(results: readonly LintResult[], options: FormatOptions): Generator<string> {
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
  for (let i = 0; i < results.length; i++) {
    chunk += `${i === 0 ? '' : ','}\n${JSON.stringify(result(results[i]!))}`;
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}${results.length === 0 ? '' : '\n'}],${JSON.stringify({ errorCount, warningCount, suggestionCount }).slice(1)}\n`;
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
