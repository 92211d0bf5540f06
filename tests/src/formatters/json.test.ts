import { describe, expect, it } from 'vitest';
import { json, jsonBody, storedJson } from '../../../src/formatters/json.js';
import { RESULTS, TOOL } from './fixtures.js';

describe('json', () => {
  const output = JSON.parse(json(RESULTS, { color: true, tool: TOOL }));

  it('writes the versioned contract with totals', () => {
    expect(Object.keys(output)).toEqual(['version', 'tool', 'results', 'errorCount', 'warningCount', 'suggestionCount']);
    expect(output).toMatchObject({ version: 1, tool: TOOL, errorCount: 1, warningCount: 1, suggestionCount: 0 });
  });

  it('keeps every diagnostic field in a stable order and leaves the source text out', () => {
    const [late, fine] = output.results;
    expect(Object.keys(late)).toEqual(['path', 'diagnostics', 'errorCount', 'warningCount', 'suggestionCount']);
    expect(fine).toEqual({ path: 'replies/fine.txt', diagnostics: [], errorCount: 0, warningCount: 0, suggestionCount: 0 });
    expect(Object.keys(late.diagnostics[1])).toEqual([
      'ruleId', 'severity', 'dimension', 'message', 'why', 'line', 'column', 'endLine', 'endColumn',
      'start', 'end', 'text', 'suggestions', 'fix',
    ]);
    expect(late.diagnostics[0].suggestions).toHaveLength(4);
    expect(late.diagnostics[1].fix).toEqual({ start: 53, end: 59, text: 'Please' });
  });

  it('never colours and ends with a newline', () => {
    const text = json(RESULTS, { color: true, tool: TOOL });
    expect(text).not.toMatch(/\u001b\[/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is compact, one result to a line', () => {
    const text = json(RESULTS, { color: false, tool: TOOL });
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(RESULTS.length + 2);
    expect(lines[0]).toBe('{"version":1,"tool":{"name":"tonecheck","version":"9.9.9"},"results":[');
    expect(lines.at(-1)).toBe('],"errorCount":1,"warningCount":1,"suggestionCount":0}');
    lines.slice(1, -1).forEach((line, i) => expect(JSON.parse(line.replace(/,$/, ''))).toEqual(output.results[i]));
  });

  it('comes in pieces for a big report, which together are the whole document', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ ...RESULTS[0]!, path: `replies/${i}.txt` }));
    const pieces = [...json.chunks!(many, { color: false, tool: TOOL })];
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(json(many, { color: false, tool: TOOL }));
    expect(JSON.parse(pieces.join('')).results.map((r: { path: string }) => r.path)).toEqual(many.map((r) => r.path));
  });

  it('copies a stored line as bytes, among results it serialises, into the same document', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ ...RESULTS[i % RESULTS.length]!, path: `replies/“${i}”.txt` }));
    const mixed = many.map((r, i) => (i % 3 === 0 ? r : storedJson({ ...r }, new TextEncoder().encode(jsonBody(r)))));
    const pieces = [...json.chunks!(mixed, { color: false, tool: TOOL })];
    expect(pieces.some((piece) => piece instanceof Uint8Array)).toBe(true);
    expect(Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))).toString()).toBe(json(many, { color: false, tool: TOOL }));
    expect(json(mixed, { color: false, tool: TOOL })).toBe(json(many, { color: false, tool: TOOL }));
  });

  it('writes an empty list of results on one line', () => {
    expect(json([], { color: false, tool: TOOL })).toBe(
      '{"version":1,"tool":{"name":"tonecheck","version":"9.9.9"},"results":[],"errorCount":0,"warningCount":0,"suggestionCount":0}\n',
    );
  });

  it('includes entryId and url only when present', () => {
    const [first] = RESULTS;
    const withEntry = JSON.parse(
      json([{ ...first!, entryId: '7', diagnostics: [{ ...first!.diagnostics[0]!, url: 'https://example.org/r' }] }], {
        color: false,
        tool: TOOL,
      }),
    );
    expect(withEntry.results[0].entryId).toBe('7');
    expect(withEntry.results[0].diagnostics[0].url).toBe('https://example.org/r');
  });
});
