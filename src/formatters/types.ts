import type { Scorecard } from '../engine/scorecard.js';
import type { CustomerReading } from '../nlp/emotion/index.js';
import type { Diagnostic, Dimension, Severity } from '../types.js';

/** The findings for one checked text: a file, or one entry of a collection file. */
export interface LintResult {
  /** As shown to the user: relative to the working folder, or the stdin name. */
  path: string;
  /** The entry of a collection file (a JSON or CSV export); absent for a whole file. */
  entryId?: string;
  /** Sorted by position; positions point into the file the user opened. */
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  suggestionCount: number;
  /** The text the positions refer to, for excerpts. Formatters never serialise it. */
  source?: string;
  /** The text with the safe fixes applied, when the run computed it (`--fix-dry-run`). */
  output?: string;
  /** 0–100 per tone dimension and overall (docs/scorecard.md); absent with --no-scorecard. */
  scorecard?: Scorecard;
  /** What the customer's message shows: feelings with their cue words, and questions. Absent without one. */
  customer?: CustomerReading;
}

/** What a report may say about a rule beyond its findings: SARIF's rule metadata, the HTML report's legend. */
export interface RuleSummary {
  id: string;
  description: string;
  dimension: Dimension;
  defaultSeverity: Severity;
  fixable?: boolean;
  /** Documentation URL or path. */
  docs?: string;
}

export interface FormatOptions {
  /** Emit ANSI colours. Formatters never look at the terminal themselves. */
  color: boolean;
  tool: { name: string; version: string };
  /** Columns an excerpt may take before it is cut around the flagged span. Default 100. */
  width?: number;
  /** How to apply safe fixes, when the command offers it (e.g. "run again with --fix"). */
  fixHint?: string;
  /** The rules that ran, for formats that describe them; formats fall back to the findings alone. */
  rules?: readonly RuleSummary[];
}

/** A pure function from results to the text written to stdout. */
export type Formatter = ((results: readonly LintResult[], options: FormatOptions) => string) & {
  /**
   * The same text in pieces, written one after another: a report on a big
   * library need not be held as one string. For formats that can stream.
   * A piece may be bytes (UTF-8), copied as they are.
   */
  chunks?: (results: readonly LintResult[], options: FormatOptions) => Iterable<string | Uint8Array>;
};
