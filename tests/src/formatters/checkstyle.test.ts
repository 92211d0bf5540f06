import { describe, expect, it } from 'vitest';
import { checkstyle } from '../../../src/formatters/checkstyle.js';
import { RESULTS, TOOL } from './fixtures.js';

describe('checkstyle', () => {
  it('writes a file element per checked text and an error element per finding', () => {
    expect(checkstyle(RESULTS, { color: true, tool: TOOL })).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="replies/late.txt">',
        '    <error line="3" column="12" severity="warning" message="This blames the customer. (blame-free)" source="tonecheck.blame-free" />',
        '    <error line="4" column="2" severity="error" message="&quot;Kindly&quot; reads as stiff. (acme/no-kindly)" source="tonecheck.acme/no-kindly" />',
        '  </file>',
        '  <file name="replies/fine.txt">',
        '  </file>',
        '</checkstyle>',
        '',
      ].join('\n'),
    );
  });

  it('maps suggestions to info and escapes markup and control characters', () => {
    const [first] = RESULTS;
    const odd = {
      ...first!,
      entryId: '<3>',
      diagnostics: [{ ...first!.diagnostics[0]!, severity: 'suggestion' as const, message: 'a & b <c>\u0007' }],
    };
    const xml = checkstyle([odd], { color: false, tool: TOOL });
    expect(xml).toContain('<file name="replies/late.txt#&lt;3&gt;">');
    expect(xml).toContain('severity="info" message="a &amp; b &lt;c&gt; (blame-free)"');
  });
});
