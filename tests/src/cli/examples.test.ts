import { readdirSync } from 'node:fs';
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

describe('examples/drafts', () => {
  const drafts = readdirSync(join(ROOT, 'examples', 'drafts'));

  it.each(drafts.filter((name) => name.endsWith('-bad.txt')))('%s: annotated findings with rewrites and reasons', async (name) => {
    const { stdout, code } = await runCli(['--no-color', join('examples', 'drafts', name)], { cwd: ROOT });
    expect(stdout).toMatch(/^✖ \d+ problems? \(\d+ errors?, \d+ warnings?, /m);
    expect(stdout).toMatch(/^\s+\^+$/m);
    expect(stdout).toMatch(/^\s+try: /m);
    expect(stdout).toMatch(/^\s+why: /m);
    expect(code).not.toBe(2);
  });

  it.each(drafts.filter((name) => name.endsWith('-good.txt')))('%s: no warning or error, exit code 0', async (name) => {
    const { stdout, code } = await runCli(['--format', 'json', join('examples', 'drafts', name)], { cwd: ROOT });
    const [result] = JSON.parse(stdout).results;
    expect(result.errorCount + result.warningCount).toBe(0);
    expect(code).toBe(0);
  });
});
