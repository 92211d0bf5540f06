import { describe, expect, it } from 'vitest';
import { github } from '../../../src/formatters/github.js';
import { RESULTS, TOOL } from './fixtures.js';

describe('github', () => {
  const lines = github(RESULTS, { color: false, tool: TOOL }).trimEnd().split('\n');

  it('writes one workflow command per finding with the exact span and the rule as title', () => {
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::warning file=replies\/late\.txt,line=3,col=12,endLine=3,endColumn=42,title=blame-free::/);
    expect(lines[1]).toMatch(/^::error file=replies\/late\.txt,line=4,col=2,endLine=4,endColumn=8,title=acme\/no-kindly::/);
  });

  it('puts the better wording and the reason in the body, with line breaks escaped', () => {
    expect(lines[1]!.split('::')[2]).toBe('"Kindly" reads as stiff.%0ATry: "Please"%0AWhy: Plain requests sound warmer.');
  });

  it('makes suggestions notices, which never fail a check', () => {
    const [first] = RESULTS;
    const note = { ...first!, diagnostics: [{ ...first!.diagnostics[0]!, severity: 'suggestion' as const }] };
    expect(github([note], { color: false, tool: TOOL })).toMatch(/^::notice /);
  });

  it('escapes the characters that would end a property or the message', () => {
    const [first] = RESULTS;
    const odd = {
      ...first!,
      path: 'a,b:c%.txt',
      entryId: '7',
      diagnostics: [{ ...first!.diagnostics[0]!, message: '100% sure\r\nnext', suggestions: [], why: '' }],
    };
    expect(github([odd], { color: false, tool: TOOL })).toBe(
      '::warning file=a%2Cb%3Ac%25.txt,line=3,col=12,endLine=3,endColumn=42,title=blame-free (entry 7)::100%25 sure%0D%0Anext\n',
    );
  });
});
