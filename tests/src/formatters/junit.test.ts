import { describe, expect, it } from 'vitest';
import { junit } from '../../../src/formatters/junit.js';
import { RESULTS, TOOL } from './fixtures.js';

describe('junit', () => {
  const xml = junit(RESULTS, { color: false, tool: TOOL });

  it('writes a test suite per checked text with totals', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="tonecheck" tests="3" failures="2" errors="0">\n')).toBe(true);
    expect(xml).toContain('<testsuite name="replies/late.txt" tests="2" failures="2" errors="0" skipped="0">');
    expect(xml).toContain('<testsuite name="replies/fine.txt" tests="1" failures="0" errors="0" skipped="0">');
    expect(xml).toContain('<testcase name="tone" classname="replies/fine.txt" />');
    expect(xml.endsWith('</testsuites>\n')).toBe(true);
  });

  it('makes each error or warning a failing case with the flagged text, the better wording and the reason', () => {
    expect(xml).toContain(
      [
        '    <testcase name="4:2 acme/no-kindly" classname="replies/late.txt">',
        '      <failure message="&quot;Kindly&quot; reads as stiff." type="error">replies/late.txt:4:2: error &quot;Kindly&quot; reads as stiff. [acme/no-kindly]',
        'Flagged: &quot;Kindly&quot;',
        'Try: &quot;Please&quot;',
        'Why: Plain requests sound warmer.</failure>',
        '    </testcase>',
      ].join('\n'),
    );
  });

  it('keeps suggestions as passing cases with their advice as output', () => {
    const [first] = RESULTS;
    const note = { ...first!, suggestionCount: 1, warningCount: 0, errorCount: 0, diagnostics: [{ ...first!.diagnostics[0]!, severity: 'suggestion' as const }] };
    const out = junit([note], { color: false, tool: TOOL });
    expect(out).toContain('tests="1" failures="0"');
    expect(out).toContain('<system-out>replies/late.txt:3:12: suggestion This blames the customer.');
    expect(out).not.toContain('<failure');
  });
});
