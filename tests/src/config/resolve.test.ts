import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/resolve.js';
import { ConfigError } from '../../../src/config/types.js';
import { defineRule } from '../../../src/engine/rule.js';

const rule = (id: string, defaultSeverity: 'error' | 'warning' | 'suggestion', defaultOptions = {}) =>
  defineRule({ meta: { id, dimension: 'clarity', description: id, defaultSeverity }, defaultOptions, check() {} });
const builtins = [rule('a', 'warning', { max: 3, keep: true }), rule('b', 'suggestion'), rule('c', 'error')];
const severities = (config: Parameters<typeof resolveConfig>[0]) =>
  Object.fromEntries(resolveConfig(config, { builtins }).rules.map((r) => [r.rule.meta.id, r.severity]));

describe('resolveConfig', () => {
  it('starts from each rule at its default severity (the recommended preset)', () => {
    expect(severities({})).toEqual({ a: 'warning', b: 'suggestion', c: 'error' });
  });

  it('makes every rule one level stricter with the strict preset', () => {
    expect(severities({ extends: 'strict' })).toEqual({ a: 'error', b: 'warning', c: 'error' });
  });

  it('applies the rules section over the presets, with options merged over the defaults', () => {
    const { rules } = resolveConfig({ extends: ['strict'], rules: { a: ['suggestion', { max: 9 }], b: 'off' } }, { builtins });
    expect(rules.map((r) => [r.rule.meta.id, r.severity, r.options])).toEqual([
      ['a', 'suggestion', { max: 9, keep: true }],
      ['c', 'error', {}],
    ]);
  });

  it('adds plugin rules and phrase rules beside the built-in ones', () => {
    const config = {
      plugins: [rule('team/plugin', 'warning')],
      phrases: [{ id: 'team/kindly', entries: [{ avoid: 'kindly', use: ['please'] }] }],
    };
    expect(Object.keys(severities(config))).toEqual(['a', 'b', 'c', 'team/plugin', 'team/kindly']);
  });

  it.each([
    [{ rules: { nope: 'error' } }, 'rules.nope', /Unknown rule "nope"/],
    [{ rules: { a: 'high' } }, 'rules.a', /Invalid severity "high"/],
    [{ rules: { a: ['warning', 3] } }, 'rules.a[1]', /options must be an object/],
    [{ extends: 'lenient' }, 'extends', /Unknown preset "lenient"/],
    [{ plugins: [rule('a', 'warning')] }, 'plugins[0]', /defined twice/],
  ])('names the file and key of a problem (%#)', (config, key, message) => {
    try {
      resolveConfig(config as never, { builtins, file: '.tonecheckrc' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect(error).toMatchObject({ file: '.tonecheckrc', key });
      expect((error as Error).message).toMatch(message);
    }
  });
});
