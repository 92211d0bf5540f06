/**
 * The shared vocabulary of tonecheck: plain, JSON-serialisable data that flows
 * from the document model through the engine to the formatters.
 */

export type Severity = 'error' | 'warning' | 'suggestion';
export type SeveritySetting = Severity | 'off';

/** Parts of an email. Only greeting, body and closing are linted by default. */
export type RegionKind = 'greeting' | 'body' | 'closing' | 'signature' | 'quoted';

/** The emotional-intelligence dimensions a rule feeds on the scorecard, in scorecard order. */
export const DIMENSIONS = ['empathy', 'positivity', 'ownership', 'clarity', 'trust', 'composure', 'courtesy'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** A half-open span `[start, end)` of UTF-16 code unit offsets into a text. */
export interface Span {
  start: number;
  end: number;
}

/** A 1-based line and column; columns count UTF-16 code units, as ESLint and the LSP do. */
export interface Position {
  line: number;
  column: number;
}

export interface Region extends Span {
  kind: RegionKind;
}

export type PlaceholderSyntax =
  | 'mustache' // {{ name }}, {{{ name }}}, {{! comment }}
  | 'liquid-tag' // {% if %}, {% comment %}…{% endcomment %}
  | 'brace' // {first_name}, ${name}
  | 'bracket' // [Customer Name], [[name]]
  | 'percent' // %FIRSTNAME%
  | 'merge-tag'; // *|FNAME|*

export interface Placeholder extends Span {
  text: string;
  syntax: PlaceholderSyntax;
}

export interface Paragraph extends Span {
  region: RegionKind;
  /** True when the paragraph holds list items ("- x", "1. x", "* x"). */
  isList: boolean;
}

export interface Sentence extends Span {
  text: string;
  paragraph: number;
  region: RegionKind;
  /** Index of the first word of this sentence in `Draft.words`, and one past its last. */
  firstWord: number;
  endWord: number;
}

export interface Word extends Span {
  text: string;
  /** Lower-cased text with curly apostrophes straightened; what phrase matching compares. */
  normal: string;
  sentence: number;
  /** The word is a template placeholder, URL or e-mail address: opaque, never flagged. */
  opaque?: 'placeholder' | 'url' | 'email';
}

/** A suggested edit. Only rules whose meta says `fixable` may attach one as `fix`. */
export interface Edit extends Span {
  text: string;
}

/** What a rule hands to `context.report`. */
export interface RuleReport extends Span {
  message: string;
  /** One line: the emotional-intelligence principle behind the finding. */
  why: string;
  /** Candidate rewrites for the flagged text, best first. Never applied automatically. */
  suggestions?: string[];
  /** A safe replacement that keeps the meaning; applied by `--fix`. */
  fix?: Edit;
  /** Overrides the configured severity for this one report (rarely needed). */
  severity?: Severity;
  /** Overrides the rule's dimension, for a rule whose findings feed several (rarely needed). */
  dimension?: Dimension;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  dimension: Dimension;
  message: string;
  why: string;
  /** 1-based, columns in UTF-16 code units; `end*` is exclusive like the LSP's. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets into the checked text. */
  start: number;
  end: number;
  /** The flagged text, exactly as written. */
  text: string;
  suggestions: string[];
  fix?: Edit;
  /** Link to the rule's documentation. */
  url?: string;
}
