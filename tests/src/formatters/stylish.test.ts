import { describe, expect, it } from 'vitest';
import { getFormatter } from '../../../src/formatters/index.js';
import { stylish } from '../../../src/formatters/stylish.js';
import { diag, RESULTS, SOURCE, TOOL } from './fixtures.js';

describe('stylish', () => {
  it('prints each finding with the underlined line, suggestions and why, then a summary', () => {
    expect(stylish(RESULTS, { color: false, tool: TOOL })).toBe(
      [
        'replies/late.txt',
        '  3:12  warning  This blames the customer.  blame-free',
        '    As I said, you should have read the guide.',
        '               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        '    try: "the guide covers this"',
        '         "here is the step that helps"',
        '         "let me walk you through it"',
        '    why: Blame puts people on the defensive.',
        '',
        '  4:2   error    "Kindly" reads as stiff.  acme/no-kindly',
        '        Kindly wait.',
        '        ^^^^^^',
        '    try: "Please"',
        '    why: Plain requests sound warmer.',
        '',
        '✖ 2 problems (1 error, 1 warning, 0 suggestions)',
        '  1 of them has a safe fix.',
        '',
      ].join('\n'),
    );
  });

  it('adds the fix hint the command gives, and names collection entries', () => {
    const [first] = RESULTS;
    const output = stylish([{ ...first!, entryId: 'macro-12' }], { color: false, tool: TOOL, fixHint: 'run with --fix' });
    expect(output.split('\n')[0]).toBe('replies/late.txt (entry macro-12)');
    expect(output).toContain('  1 of them has a safe fix: run with --fix\n');
  });

  it('underlines the first line of a span that runs over several lines', () => {
    const start = SOURCE.indexOf('guide.');
    const output = stylish(
      [{ path: 'a.txt', source: SOURCE, diagnostics: [diag({ start, end: start + 14 })], errorCount: 0, warningCount: 1, suggestionCount: 0 }],
      { color: false, tool: TOOL },
    );
    expect(output).toContain('    As I said, you should have read the guide.\n                                        ^^^^^^\n');
  });

  it('keeps a suggestion over several lines inside its quotes, aligned', () => {
    const finding = diag({ start: 0, end: 2, suggestions: ['Best regards,\nAna', 'Thanks again,\r\nAna'] });
    const output = stylish(
      [{ path: 'a.txt', source: SOURCE, diagnostics: [finding], errorCount: 0, warningCount: 1, suggestionCount: 0 }],
      { color: false, tool: TOOL },
    );
    expect(output).toContain(['    try: "Best regards,', '          Ana"', '         "Thanks again,', '          Ana"', ''].join('\n'));
  });

  it('says when there is nothing to report, and prints nothing for no results', () => {
    expect(stylish([RESULTS[1]!], { color: false, tool: TOOL })).toBe('✔ 1 draft checked, no problems\n');
    expect(stylish([], { color: false, tool: TOOL })).toBe('');
  });

  it('colours only when asked, once the registry has loaded colours', async () => {
    const format = await getFormatter('stylish');
    expect(format(RESULTS, { color: true, tool: TOOL })).toMatch(/\u001b\[31merror/);
    expect(format(RESULTS, { color: false, tool: TOOL })).not.toMatch(/\u001b\[/);
  });
});

describe('formatter registry', () => {
  it('knows stylish and json and rejects other names', async () => {
    expect(await getFormatter('json', { color: false })).toBeTypeOf('function');
    await expect(getFormatter('xml')).rejects.toThrow(
      'Unknown format "xml" (expected one of: stylish, json, compact, sarif, github, junit, checkstyle, html)',
    );
    await expect(getFormatter('toString')).rejects.toThrow('Unknown format');
  });
});

describe('stylish on a draft with a great many findings', () => {
  it('writes more findings than a call takes arguments', () => {
    const many = Array.from({ length: 150_000 }, () => diag({ start: 9, end: 11 }));
    const text = stylish([{ path: 'log.txt', diagnostics: many, errorCount: 0, warningCount: many.length, suggestionCount: 0 }], { color: false, tool: TOOL });
    expect(text).toContain('✖ 150000 problems (0 errors, 150000 warnings, 0 suggestions)');
  });
});

