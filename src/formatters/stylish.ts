import { lineIndexFor, type LineIndex } from '../document/lines.js';
import type { Diagnostic, Severity } from '../types.js';
import { excerpt } from './excerpt.js';
import { palette, type Palette } from './palette.js';
import { scorecardSection } from './scorecard-section.js';
import type { Formatter, LintResult } from './types.js';

/** Suggestions shown per finding; the JSON output has them all. */
const MAX_SUGGESTIONS = 3;
const INDENT = '    ';

/**
 * The report a person reads: per file, each finding with its position,
 * severity, message and rule, the line of the draft with the flagged words
 * underlined, better wordings to try, and the principle behind it.
 */
export const stylish: Formatter = (results, options) => {
  const c = palette(options.color);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let suggestions = 0;
  let fixable = 0;

  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    suggestions += result.suggestionCount;
    if (result.diagnostics.length === 0) {
      // A single clean draft still shows how it scores.
      if (results.length === 1 && result.scorecard) out.push(...scoreBlock(result, c, options.width ?? 100), '');
      continue;
    }
    fixable += result.diagnostics.filter((d) => d.fix).length;
    // Appended line by line: a draft with thousands of findings has more lines than a call takes arguments.
    for (const line of fileBlock(result, c, options.width ?? 100)) out.push(line);
    out.push('');
  }

  const problems = errors + warnings + suggestions;
  if (results.length === 0) return '';
  if (problems === 0) {
    const n = results.length;
    out.push(c.green(`✔ ${n} ${n === 1 ? 'draft' : 'drafts'} checked, no problems`));
    return `${out.join('\n')}\n`;
  }
  const colour = errors ? c.red : warnings ? c.yellow : c.cyan;
  const counts = [count(errors, 'error'), count(warnings, 'warning'), count(suggestions, 'suggestion')].join(', ');
  out.push(c.bold(colour(`✖ ${count(problems, 'problem')} (${counts})`)));
  if (fixable) {
    const have = fixable === 1 ? 'has' : 'have';
    out.push(c.dim(`  ${fixable} of them ${have} a safe fix${options.fixHint ? `: ${options.fixHint}` : '.'}`));
  }
  return `${out.join('\n')}\n`;
};

function scoreBlock(result: LintResult, c: Palette, width: number): string[] {
  const header = result.entryId === undefined ? result.path : `${result.path} (entry ${result.entryId})`;
  return [c.underline(header), ...scorecardSection(result.scorecard!, result.customer, c, width)];
}

function fileBlock(result: LintResult, c: Palette, width: number): string[] {
  const lines = result.source === undefined ? undefined : lineIndexFor(result.source);
  const header = result.entryId === undefined ? result.path : `${result.path} (entry ${result.entryId})`;
  const out = [c.underline(header)];
  const positions = result.diagnostics.map((d) => `${d.line}:${d.column}`);
  const posWidth = positions.reduce((most, p) => Math.max(most, p.length), 0);
  const sevWidth = result.diagnostics.reduce((most, d) => Math.max(most, d.severity.length), 0);

  result.diagnostics.forEach((d, i) => {
    if (i > 0) out.push('');
    const severity = paint(c, d.severity)(d.severity.padEnd(sevWidth));
    out.push(`  ${c.dim(positions[i]!.padEnd(posWidth))}  ${severity}  ${d.message}  ${c.dim(d.ruleId)}`);
    if (lines) out.push(...underlined(lines, d, c, width));
    d.suggestions.slice(0, MAX_SUGGESTIONS).forEach((s, k) => {
      // A wording over several lines (a sign-off and a name) keeps its lines inside the quotes.
      const [first, ...rest] = `"${s}"`.split(/\r\n|\r|\n/);
      out.push(`${INDENT}${k === 0 ? c.green('try:') : '    '} ${c.green(first!)}`);
      for (const line of rest) out.push(`${INDENT}      ${c.green(line)}`);
    });
    if (d.why) out.push(`${INDENT}${c.dim('why:')} ${c.dim(d.why)}`);
  });
  if (result.scorecard) out.push('', ...scorecardSection(result.scorecard, result.customer, c, width));
  return out;
}

/** The first line of the span with carets under it; a span over several lines is underlined to its first line's end. */
function underlined(lines: LineIndex, d: Diagnostic, c: Palette, width: number): string[] {
  const index = d.line - 1;
  if (index < 0 || index >= lines.count) return [];
  const text = lines.lineText(index);
  if (text.trim() === '') return [];
  const start = d.column - 1;
  const end = d.endLine === d.line ? d.endColumn - 1 : text.length;
  const shown = excerpt(text, start, end, width - INDENT.length);
  return [`${INDENT}${shown.line}`, `${INDENT}${paint(c, d.severity)(shown.marks)}`];
}

function paint(c: Palette, severity: Severity): (text: string) => string {
  return severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.cyan;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
