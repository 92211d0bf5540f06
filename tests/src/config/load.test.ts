import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigLoader, loadConfig } from '../../../src/config/load.js';
import { ConfigError } from '../../../src/config/types.js';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project folder (a .git marks its root) with the given files. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tonecheck-config-'));
  made.push(dir);
  mkdirSync(join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function configError(run: () => Promise<unknown>): Promise<ConfigError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const RULES = { 'blame-free': 'error' };

describe('loadConfig: file names and formats', () => {
  const cases: Array<[string, string]> = [
    ['.tonecheckrc', 'rules:\n  blame-free: error\n'],
    ['.tonecheckrc', JSON.stringify({ rules: RULES })],
    ['.tonecheckrc.json', JSON.stringify({ rules: RULES })],
    ['.tonecheckrc.yaml', 'rules:\n  blame-free: error\n'],
    ['.tonecheckrc.yml', 'rules: { blame-free: error }\n'],
    ['.tonecheckrc.js', `module.exports = { rules: ${JSON.stringify(RULES)} };`],
    ['.tonecheckrc.cjs', `module.exports = { rules: ${JSON.stringify(RULES)} };`],
    ['.tonecheckrc.mjs', `export default { rules: ${JSON.stringify(RULES)} };`],
    ['tonecheck.config.js', `module.exports = { rules: ${JSON.stringify(RULES)} };`],
    ['tonecheck.config.cjs', `module.exports = { rules: ${JSON.stringify(RULES)} };`],
    ['tonecheck.config.mjs', `export default { rules: ${JSON.stringify(RULES)} };`],
    ['package.json', JSON.stringify({ name: 'replies', tonecheck: { rules: RULES } })],
  ];

  it.each(cases)('reads %s', async (name, content) => {
    const dir = project({ [name]: content });
    expect(await loadConfig({ cwd: dir })).toEqual({ config: { rules: RULES }, filepath: join(dir, name) });
  });

  it('treats an empty file as an empty config', async () => {
    const dir = project({ '.tonecheckrc.yaml': '# nothing yet\n' });
    expect(await loadConfig({ cwd: dir })).toEqual({ config: {}, filepath: join(dir, '.tonecheckrc.yaml') });
  });
});

describe('loadConfig: where it looks', () => {
  it('searches from the file’s folder upward and takes the nearest config', async () => {
    const dir = project({
      '.tonecheckrc.yaml': 'extends: strict\n',
      'team/b/.tonecheckrc.json': '{"extends": "recommended"}',
      'team/a/reply.txt': 'Hi.',
      'team/b/deep/reply.txt': 'Hi.',
    });
    expect((await loadConfig({ cwd: dir, searchFrom: 'team/a/reply.txt' })).config).toEqual({ extends: 'strict' });
    expect((await loadConfig({ cwd: dir, searchFrom: 'team/b/deep' })).config).toEqual({ extends: 'recommended' });
  });

  it('stops at the project root: the nearest folder with .git or package.json', async () => {
    const dir = project({
      '.tonecheckrc.yaml': 'extends: strict\n',
      'nested/package.json': '{"name": "nested"}',
      'nested/replies/reply.txt': 'Hi.',
      'other/.git/HEAD': '',
      'other/reply.txt': 'Hi.',
    });
    expect(await loadConfig({ cwd: dir, searchFrom: 'nested/replies/reply.txt' })).toEqual({ config: {} });
    expect(await loadConfig({ cwd: dir, searchFrom: 'other/reply.txt' })).toEqual({ config: {} });
  });

  it('prefers package.json#tonecheck, and ignores a package.json without that key', async () => {
    const both = project({ 'package.json': '{"tonecheck": {"extends": "strict"}}', '.tonecheckrc': 'extends: recommended' });
    expect((await loadConfig({ cwd: both })).filepath).toBe(join(both, 'package.json'));
    const plain = project({ 'package.json': '{"name": "x"}', '.tonecheckrc': 'extends: recommended' });
    expect((await loadConfig({ cwd: plain })).filepath).toBe(join(plain, '.tonecheckrc'));
  });

  it('loads exactly the --config file, whatever its name', async () => {
    const dir = project({ '.tonecheckrc.yaml': 'extends: strict\n', 'ci/tone.yaml': 'extends: recommended\n' });
    expect(await loadConfig({ cwd: dir, configFile: 'ci/tone.yaml' })).toEqual({
      config: { extends: 'recommended' },
      filepath: join(dir, 'ci/tone.yaml'),
    });
  });

  it('reads each config once per run and answers each folder from a cache', async () => {
    const dir = project({ '.tonecheckrc.yaml': 'extends: strict\n', 'a/x.txt': '', 'b/y.txt': '' });
    const loader = new ConfigLoader({ cwd: dir });
    const first = await loader.forDirectory(join(dir, 'a'));
    rmSync(join(dir, '.tonecheckrc.yaml'));
    expect(await loader.forDirectory(join(dir, 'b'))).toBe(first);
    expect(await new ConfigLoader({ cwd: dir, configFile: false }).forDirectory(dir)).toEqual({ config: {} });
  });
});

describe('loadConfig: errors name the file and the key', () => {
  it('reports malformed YAML and JSON with their position', async () => {
    const yaml = project({ '.tonecheckrc.yaml': 'rules:\n  blame-free: [error\n' });
    const error = await configError(() => loadConfig({ cwd: yaml }));
    expect(error.file).toBe(join(yaml, '.tonecheckrc.yaml'));
    expect(error.message).toMatch(/^Invalid YAML: .+\(\d+:\d+\)$/);
    const json = project({ '.tonecheckrc.json': '{"rules": {,}}' });
    const jsonError = await configError(() => loadConfig({ cwd: json }));
    expect(jsonError.file).toBe(join(json, '.tonecheckrc.json'));
    expect(jsonError.message).toMatch(/^Invalid JSON: /);
    expect(jsonError.message).not.toContain('\n');
  });

  it('reports a JavaScript config that throws, and an unsupported format', async () => {
    const js = project({ 'tonecheck.config.mjs': 'throw new Error("no config today");' });
    expect((await configError(() => loadConfig({ cwd: js }))).message).toBe('Cannot load config: no config today');
    const toml = project({ 'tone.toml': 'x = 1' });
    expect((await configError(() => loadConfig({ cwd: toml, configFile: 'tone.toml' }))).message).toBe(
      'Unsupported config format ".toml" (use JSON, YAML or JavaScript)',
    );
  });

  it('validates against the schema', async () => {
    const dir = project({ '.tonecheckrc.yaml': 'rules:\n  blame-free: high\n' });
    const error = await configError(() => loadConfig({ cwd: dir }));
    expect([error.key, error.message]).toEqual([
      'rules.blame-free',
      'invalid severity "high" (expected error, warning, suggestion, off)',
    ]);
  });
});
