import type { Diagnostic } from '../types.js';

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
}

export interface FormatOptions {
  /** Emit ANSI colours. Formatters never look at the terminal themselves. */
  color: boolean;
  tool: { name: string; version: string };
  /** Columns an excerpt may take before it is cut around the flagged span. Default 100. */
  width?: number;
  /** How to apply safe fixes, when the command offers it (e.g. "run again with --fix"). */
  fixHint?: string;
}

/** A pure function from results to the text written to stdout. */
export type Formatter = (results: readonly LintResult[], options: FormatOptions) => string;
