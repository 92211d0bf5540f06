import type { Diagnostic, Severity } from '../types.js';
import type { Formatter, LintResult } from './types.js';

/** GitHub's annotation levels; suggestions become notices, which never fail a check. */
const LEVELS: Record<Severity, string> = { error: 'error', warning: 'warning', suggestion: 'notice' };

/**
 * GitHub Actions workflow commands (`::warning file=…,line=…::message`): each
 * finding becomes an annotation on the pull request's diff, with its exact
 * span, the rule as title, and the better wording and the reason in the body.
 */
export const github: Formatter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const d of result.diagnostics) lines.push(annotation(result, d));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

function annotation(result: LintResult, d: Diagnostic): string {
  const title = result.entryId === undefined ? d.ruleId : `${d.ruleId} (entry ${result.entryId})`;
  const properties = [
    `file=${property(result.path)}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `endLine=${d.endLine}`,
    `endColumn=${d.endColumn}`,
    `title=${property(title)}`,
  ];
  const body = [d.message];
  if (d.suggestions.length > 0) body.push(`Try: ${d.suggestions.map((s) => `"${s}"`).join(' or ')}`);
  if (d.why) body.push(`Why: ${d.why}`);
  return `::${LEVELS[d.severity]} ${properties.join(',')}::${data(body.join('\n'))}`;
}

/** The escaping GitHub's runner undoes in a command's message. */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values escape the separators as well. */
function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
