import type { Severity } from '../types.js';
import { escapeXml, resultName } from './markup.js';
import type { Formatter } from './types.js';

const SEVERITIES: Record<Severity, string> = { error: 'error', warning: 'warning', suggestion: 'info' };

/**
 * Checkstyle XML, which Jenkins (Warnings Next Generation), GitLab code
 * quality converters, reviewdog and SonarQube importers read: one `<file>`
 * per checked text, one `<error>` per finding.
 */
export const checkstyle: Formatter = (results) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const result of results) {
    out.push(`  <file name="${escapeXml(resultName(result))}">`);
    for (const d of result.diagnostics) {
      const attributes = [
        `line="${d.line}"`,
        `column="${d.column}"`,
        `severity="${SEVERITIES[d.severity]}"`,
        `message="${escapeXml(`${d.message} (${d.ruleId})`)}"`,
        `source="${escapeXml(`tonecheck.${d.ruleId}`)}"`,
      ];
      out.push(`    <error ${attributes.join(' ')} />`);
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return `${out.join('\n')}\n`;
};
