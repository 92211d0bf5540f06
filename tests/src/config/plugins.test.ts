import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load.js';
import { ConfigError } from '../../../src/config/types.js';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tonecheck-plugins-'));
  made.push(dir);
  mkdirSync(join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const rule = (id: string) =>
  `{ meta: { id: '${id}', dimension: 'courtesy', description: 'd', defaultSeverity: 'warning' }, defaultOptions: {}, check() {} }`;

async function pluginError(dir: string): Promise<string> {
  try {
    await loadConfig({ cwd: dir });
  } catch (error) {
    if (error instanceof ConfigError) return `${error.key}: ${error.message}`;
    throw error;
  }
  return 'loaded';
}

describe('plugins', () => {
  it('loads a default export, a default list and a named rules list, by path from the config folder', async () => {
    const dir = project({
      'config/.tonecheckrc.yaml': 'plugins:\n  - ./one.mjs\n  - ../shared/many.mjs\n  - ./named.mjs\n',
      'config/one.mjs': `export default ${rule('acme/one')};`,
      'shared/many.mjs': `export default [${rule('acme/two')}, ${rule('acme/three')}];`,
      'config/named.mjs': `export const rules = [${rule('acme/four')}];`,
    });
    const { config } = await loadConfig({ cwd: join(dir, 'config') });
    expect(config.plugins!.map((r) => r.meta.id)).toEqual(['acme/one', 'acme/two', 'acme/three', 'acme/four']);
  });

  it('resolves package names from the config folder, including import-only packages', async () => {
    const dir = project({
      '.tonecheckrc.json': '{"plugins": ["tonecheck-plugin-acme", "@acme/tone-rules"]}',
      'node_modules/tonecheck-plugin-acme/package.json': '{"name": "tonecheck-plugin-acme", "main": "index.cjs"}',
      'node_modules/tonecheck-plugin-acme/index.cjs': `module.exports = ${rule('acme/cjs')};`,
      'node_modules/@acme/tone-rules/package.json':
        '{"name": "@acme/tone-rules", "type": "module", "exports": {".": {"import": "./dist/index.js"}}}',
      'node_modules/@acme/tone-rules/dist/index.js': `export const rules = [${rule('acme/esm')}];`,
    });
    const { config } = await loadConfig({ cwd: dir });
    expect(config.plugins!.map((r) => r.meta.id)).toEqual(['acme/cjs', 'acme/esm']);
  });

  it('keeps rule modules given directly by a JavaScript config', async () => {
    const dir = project({ 'tonecheck.config.mjs': `export default { plugins: [${rule('acme/inline')}] };` });
    expect((await loadConfig({ cwd: dir })).config.plugins!.map((r) => r.meta.id)).toEqual(['acme/inline']);
  });

  it('names the plugin that is missing, broken, or not a rule', async () => {
    const missing = project({ '.tonecheckrc.yaml': 'plugins: [./gone.mjs]\n' });
    expect(await pluginError(missing)).toMatch(/^plugins\[0\]: Cannot load plugin "\.\/gone\.mjs": /);
    const unknownPackage = project({ '.tonecheckrc.yaml': 'plugins: [tonecheck-plugin-nowhere]\n' });
    expect(await pluginError(unknownPackage)).toMatch(/^plugins\[0\]: Cannot find plugin "tonecheck-plugin-nowhere" from /);
    const broken = project({ '.tonecheckrc.yaml': 'plugins: [./broken.mjs]\n', 'broken.mjs': 'export default {' });
    expect(await pluginError(broken)).toMatch(/^plugins\[0\]: Cannot load plugin "\.\/broken\.mjs": /);
    const empty = project({ '.tonecheckrc.yaml': 'plugins: [./empty.mjs]\n', 'empty.mjs': 'export const x = 1;' });
    expect(await pluginError(empty)).toBe(
      'plugins[0]: Plugin "./empty.mjs" exports no rules (expected a default export or a "rules" list)',
    );
    const noCheck = project({
      '.tonecheckrc.yaml': 'plugins: [./no-check.mjs]\n',
      'no-check.mjs': `export default { ...${rule('acme/x')}, check: undefined };`,
    });
    expect(await pluginError(noCheck)).toBe('plugins[0]: Plugin "./no-check.mjs" is not a rule: "acme/x" has no "check" function');
    const badDimension = project({
      '.tonecheckrc.yaml': 'plugins: [./dim.mjs]\n',
      'dim.mjs': `const r = ${rule('acme/x')}; r.meta.dimension = 'tone'; export default r;`,
    });
    expect(await pluginError(badDimension)).toMatch(/^plugins\[0\]: Plugin "\.\/dim\.mjs" is not a rule: "acme\/x" has an invalid "meta\.dimension"/);
  });
});
