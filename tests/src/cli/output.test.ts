import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedConfig, makeProject, ROOT, runCli, TEST_PLUGIN } from './helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'docs/json-output.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

describe('JSON output and the rules listing', () => {
  let project: ReturnType<typeof makeProject>;
  beforeAll(async () => {
    const config = await isolatedConfig({
      phrases: [
        {
          id: 'team-words',
          dimension: 'clarity',
          why: 'Customers know the names they see in the app.',
          entries: [{ avoid: 'ticket ID', use: ['reference number'] }],
        },
      ],
    });
    project = makeProject({
      '.tonecheckrc.json': config,
      'plugin.mjs': TEST_PLUGIN,
      'a.txt': 'Hi Lee,\n\nPer my last email, your ticket ID is below.\n\nThanks,\nAna\n',
      'b.txt': 'Hi Lee,\n\nAll sorted now.\n\nThanks,\nAna\n',
    });
  });
  afterAll(() => project.cleanup());

  it('matches docs/json-output.schema.json, with exact positions', async () => {
    const { stdout, code } = await runCli(['a.txt', 'b.txt', '--format', 'json'], { cwd: project.dir });
    expect(code).toBe(1);
    const output = JSON.parse(stdout);
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(output).toMatchObject({ version: 1, tool: { name: 'tonecheck' }, errorCount: 1, warningCount: 1 });
    const [a, b] = output.results;
    expect(b).toEqual({
      path: 'b.txt',
      diagnostics: [],
      errorCount: 0,
      warningCount: 0,
      suggestionCount: 0,
      scorecard: { overall: expect.any(Number), dimensions: expect.any(Object) },
    });
    expect(a.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['test/per-my-last', 'team-words']);
    expect(a.diagnostics[1]).toMatchObject({
      severity: 'warning',
      dimension: 'clarity',
      line: 3,
      column: 25,
      endLine: 3,
      endColumn: 34,
      start: 33,
      end: 42,
      text: 'ticket ID',
      suggestions: ['reference number'],
    });
  });

  it('lists built-in, plugin and phrase rules with their settings', async () => {
    const listed = await runCli(['rules', '--format', 'json'], { cwd: project.dir });
    expect(listed.code).toBe(0);
    const { rules, config } = JSON.parse(listed.stdout);
    expect(config).toBe(join(project.dir, '.tonecheckrc.json'));
    expect(rules.find((r: { id: string }) => r.id === 'test/per-my-last')).toEqual({
      id: 'test/per-my-last',
      dimension: 'composure',
      defaultSeverity: 'error',
      severity: 'error',
      origin: 'plugin',
      fixable: false,
      description: 'Flags "per my last email".',
    });
    expect(rules.find((r: { id: string }) => r.id === 'team-words')).toMatchObject({ origin: 'phrases', severity: 'warning' });
    for (const rule of rules.filter((r: { origin: string }) => r.origin === 'built-in')) expect(rule.severity).toBe('off');

    const table = await runCli(['rules'], { cwd: project.dir });
    const lines = table.stdout.split('\n');
    expect(lines[0]).toMatch(/^rule +dimension +default +set to +from +description$/);
    expect(lines.find((l) => l.startsWith('test/per-my-last'))).toMatch(
      /^test\/per-my-last +composure +error +error +plugin +Flags "per my last email"\.$/,
    );
    expect(table.stdout).toContain(`Settings from ${join(project.dir, '.tonecheckrc.json')}.`);

    const defaults = await runCli(['rules', '--no-config'], { cwd: project.dir });
    expect(defaults.stdout).not.toContain('test/per-my-last');
    expect(defaults.stdout).toContain('No config file found; defaults apply.');
  });

  it('colours only when asked or on a terminal, honouring NO_COLOR and FORCE_COLOR', async () => {
    const ansi = /\u001b\[/;
    const run = (args: string[], env: Record<string, string> = {}) => runCli(['a.txt', ...args], { cwd: project.dir, env });
    expect((await run([])).stdout).not.toMatch(ansi);
    expect((await run(['--color'])).stdout).toMatch(ansi);
    expect((await run([], { FORCE_COLOR: '1' })).stdout).toMatch(ansi);
    expect((await run([], { FORCE_COLOR: '0' })).stdout).not.toMatch(ansi);
    expect((await run(['--no-color'], { FORCE_COLOR: '1' })).stdout).not.toMatch(ansi);
    expect((await run(['--format', 'json', '--color'])).stdout).not.toMatch(ansi);
  });
});
