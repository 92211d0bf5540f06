import type { Diagnostic } from '../types.js';
import { escapeXml, resultName } from './markup.js';
import type { Formatter, LintResult } from './types.js';

/**
 * JUnit XML, the test-report format every CI shows (GitLab's test report,
 * Jenkins, Azure Pipelines, CircleCI): a test suite per checked text, a test
 * case per finding. Errors and warnings are failures; suggestions never fail
 * a run, so they are passing cases whose advice is in the case's output. A
 * text with no findings is one passing case.
 */
export const junit: Formatter = (results) => {
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const result of results) {
    const cases = result.diagnostics.length === 0 ? [passing(result)] : result.diagnostics.map((d) => testCase(result, d));
    const failed = result.diagnostics.filter((d) => d.severity !== 'suggestion').length;
    tests += cases.length;
    failures += failed;
    suites.push(
      `  <testsuite name="${escapeXml(resultName(result))}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">`,
      ...cases,
      '  </testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="tonecheck" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

function passing(result: LintResult): string {
  return `    <testcase name="tone" classname="${escapeXml(resultName(result))}" />`;
}

function testCase(result: LintResult, d: Diagnostic): string {
  const name = escapeXml(`${d.line}:${d.column} ${d.ruleId}`);
  const open = `    <testcase name="${name}" classname="${escapeXml(resultName(result))}">`;
  const detail = escapeXml(details(result, d));
  if (d.severity === 'suggestion') return `${open}\n      <system-out>${detail}</system-out>\n    </testcase>`;
  const message = escapeXml(d.message);
  return `${open}\n      <failure message="${message}" type="${d.severity}">${detail}</failure>\n    </testcase>`;
}

function details(result: LintResult, d: Diagnostic): string {
  const lines = [`${resultName(result)}:${d.line}:${d.column}: ${d.severity} ${d.message} [${d.ruleId}]`, `Flagged: "${d.text}"`];
  if (d.suggestions.length > 0) lines.push(`Try: ${d.suggestions.map((s) => `"${s}"`).join(' or ')}`);
  if (d.why) lines.push(`Why: ${d.why}`);
  return lines.join('\n');
}
