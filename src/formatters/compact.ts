import { resultName } from './markup.js';
import type { Formatter } from './types.js';

/**
 * One finding per line, `file:line:col: severity message [rule]`, the shape
 * compilers print and editors' error lists (Vim's errorformat, Emacs'
 * compilation mode) already understand. Never coloured.
 */
export const compact: Formatter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    const name = resultName(result);
    for (const d of result.diagnostics) {
      lines.push(`${name}:${d.line}:${d.column}: ${d.severity} ${oneLine(d.message)} [${d.ruleId}]`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
