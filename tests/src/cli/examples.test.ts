import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

interface Finding {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  text: string;
  suggestions: string[];
  fix?: { start: number; end: number; text: string };
}

describe('examples/custom-rules', () => {
  const draft = join('examples', 'custom-rules', 'reply.txt');

  it('loads the plugin (which imports "tonecheck" by name) and the team phrases from the folder config', async () => {
    const { stdout, stderr } = await runCli(['--format', 'json', draft], { cwd: ROOT });
    expect(stderr).toBe('');
    const findings: Finding[] = JSON.parse(stdout).results[0].diagnostics;
    const ours = findings.filter((f) => f.ruleId.startsWith('acme/'));
    expect(ours.map((f) => [f.ruleId, f.severity, f.line, f.column, f.text])).toEqual([
      ['acme/no-kindly', 'warning', 5, 1, 'Kindly'],
      ['acme/product-names', 'suggestion', 5, 45, 'SKU'],
      ['acme/product-names', 'suggestion', 6, 42, 'fulfilment centre'],
    ]);
    expect(ours[0]).toMatchObject({ suggestions: ['Please', 'Could you'], fix: { text: 'Please' } });
    expect(ours[1]!.suggestions).toEqual(['item number']);
  });

  it('lists the example rules next to the built-in ones', async () => {
    const { stdout } = await runCli(['rules', '--config', join('examples', 'custom-rules', '.tonecheckrc.yaml')], { cwd: ROOT });
    expect(stdout).toMatch(/^acme\/no-kindly +courtesy +warning +warning +plugin +Ask with "please"/m);
    expect(stdout).toMatch(/^acme\/product-names +clarity +suggestion +suggestion +phrases +Use the names customers see/m);
  });
});
