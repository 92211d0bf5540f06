import { buildDraft, type Draft } from '../document/draft.js';
import { LINTED_REGIONS } from '../document/regions.js';
import type { Diagnostic, Edit, RegionKind, RuleReport, Severity } from '../types.js';
import { applyDirectives } from './directives.js';
import { byPosition } from './order.js';
import type { AnyRule } from './rule.js';
import { readCustomer, type CustomerReading } from '../nlp/emotion/index.js';
import { computeScorecard, type Scorecard } from './scorecard.js';

/** A rule switched on, with its final severity and options. */
export interface ActiveRule {
  rule: AnyRule;
  severity: Severity;
  options: Record<string, unknown>;
}

/** The outcome of configuration: which rules run, and how. */
export interface ResolvedConfig {
  rules: ActiveRule[];
  /** Every rule id the config knows, switched on or not, so a directive naming another is reported. Default: the active ones. */
  knownRuleIds?: readonly string[];
}

export interface RunOptions {
  /** The customer's message, when it is not quoted in the draft. */
  context?: string;
  /** Compute the scorecard (default true); `false` saves the time when nobody reads it. */
  scorecard?: boolean;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  suggestionCount: number;
  /** The document model, for callers that want regions or positions; not serialised. */
  draft: Draft;
  /** 0–100 per tone dimension and overall (docs/scorecard.md); absent when `scorecard: false`, or when the draft has no reply text. */
  scorecard?: Scorecard;
  /** What the customer's message shows (feelings with their cue words, questions); absent without one. */
  customer?: CustomerReading;
}

const DEFAULT_REGIONS: readonly RegionKind[] = ['greeting', 'body', 'closing'];

/** Runs the active rules over one text. Pure: no I/O, no globals. */
export function runRules(text: string, config: ResolvedConfig, options: RunOptions = {}): CheckResult {
  const draft = buildDraft(text, options.context === undefined ? {} : { context: options.context });
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();

  for (const active of config.rules) {
    const { rule } = active;
    const allowed = new Set(rule.meta.regions ?? DEFAULT_REGIONS);
    rule.check({
      draft,
      options: active.options,
      report(report) {
        const diagnostic = toDiagnostic(draft, active, allowed, report);
        if (!diagnostic) return;
        const key = `${diagnostic.ruleId}:${diagnostic.start}:${diagnostic.end}:${diagnostic.message}`;
        if (seen.has(key)) return;
        seen.add(key);
        diagnostics.push(diagnostic);
      },
    });
  }

  diagnostics.sort(byPosition);
  const kept = applyDirectives(draft, diagnostics, config.knownRuleIds ?? config.rules.map((a) => a.rule.meta.id));
  const result: CheckResult = { diagnostics: kept, ...countBySeverity(kept), draft };
  if (draft.customerText.trim()) result.customer = readCustomer(draft.customerText);
  // A draft with no words of its own (empty, or only the quoted thread) has nothing to score.
  if (options.scorecard !== false && draft.sentences.length > 0) result.scorecard = computeScorecard(draft, kept);
  return result;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]) {
  let errorCount = 0;
  let warningCount = 0;
  let suggestionCount = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errorCount++;
    else if (d.severity === 'warning') warningCount++;
    else suggestionCount++;
  }
  return { errorCount, warningCount, suggestionCount };
}

/**
 * Turns a rule's report into a diagnostic, or drops it when it falls outside
 * the regions the rule may speak about, lands in quoted text or a signature,
 * or cuts into a placeholder. Fixes get the same scrutiny.
 */
function toDiagnostic(
  draft: Draft,
  active: ActiveRule,
  allowed: ReadonlySet<RegionKind>,
  report: RuleReport,
): Diagnostic | undefined {
  const { start, end } = report;
  const length = draft.text.length;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start > end) {
    throw new RangeError(
      `Rule "${active.rule.meta.id}" reported an invalid range [${start}, ${end}) for a text of length ${length}.`,
    );
  }
  if (!allowed.has(draft.regionAt(start))) return undefined;
  if (crossesUnlintedRegion(draft, start, end)) return undefined;
  if (cutsPlaceholder(draft, start, end)) return undefined;

  const from = draft.positionAt(start);
  const to = draft.positionAt(end);
  const diagnostic: Diagnostic = {
    ruleId: active.rule.meta.id,
    severity: report.severity ?? active.severity,
    dimension: report.dimension ?? active.rule.meta.dimension,
    message: report.message,
    why: report.why,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    start,
    end,
    text: draft.text.slice(start, end),
    suggestions: report.suggestions ?? [],
  };
  const fix = report.fix && active.rule.meta.fixable ? safeFix(draft, report.fix, allowed) : undefined;
  if (fix) diagnostic.fix = fix;
  if (active.rule.meta.docs) diagnostic.url = active.rule.meta.docs;
  return diagnostic;
}

/** Quoted text and signatures are never linted, so no span may reach into them. */
function crossesUnlintedRegion(draft: Draft, start: number, end: number): boolean {
  for (const region of draft.regions) {
    if (region.start >= Math.max(end, start + 1)) break;
    if (region.end <= start) continue;
    if (!LINTED_REGIONS.has(region.kind)) return true;
  }
  return false;
}

/** A span may contain a whole placeholder (a sentence does), but never start or end inside one. */
function cutsPlaceholder(draft: Draft, start: number, end: number): boolean {
  return draft.placeholders.some(
    (p) => (start > p.start && start < p.end) || (end > p.start && end < p.end) || (start >= p.start && end <= p.end && end > start),
  );
}

function safeFix(draft: Draft, fix: Edit, allowed: ReadonlySet<RegionKind>): Edit | undefined {
  if (fix.start < 0 || fix.end > draft.text.length || fix.start > fix.end) return undefined;
  if (draft.touchesPlaceholder(fix.start, fix.end)) return undefined;
  if (!allowed.has(draft.regionAt(fix.start)) || crossesUnlintedRegion(draft, fix.start, fix.end)) {
    return undefined;
  }
  return { start: fix.start, end: fix.end, text: fix.text };
}
