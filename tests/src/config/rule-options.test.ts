import { describe, expect, it } from 'vitest';
import { checkRuleOptions } from '../../../src/config/rule-options.js';
import { resolveConfig } from '../../../src/config/resolve.js';
import { ConfigError } from '../../../src/config/types.js';
import { defineRule } from '../../../src/engine/rule.js';

const rule = (defaultOptions: Record<string, unknown>) =>
  defineRule({ meta: { id: 'team/rule', dimension: 'clarity', description: 'A rule.', defaultSeverity: 'warning' }, defaultOptions, check() {} });
const clarityLike = rule({ maxGrade: 10, jargon: [], stock: true, checks: {}, label: 'x', pairs: [[1, 2]] });

/** The error's message and key, or undefined when the options fit. */
function problem(options: Record<string, unknown>, checked = clarityLike): [string, string | undefined] | undefined {
  try {
    checkRuleOptions(checked, options, '.tonecheckrc', 'rules.team/rule[1]');
    return undefined;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return [error.message, error.key];
  }
}

describe('rule options from a config', () => {
  it('accepts values of the kind of each default', () => {
    expect(problem({ maxGrade: 8, jargon: ['RMA', 'SLA'], stock: false, checks: { passive: true }, label: 'y', pairs: [] })).toBeUndefined();
    expect(problem({})).toBeUndefined();
  });

  it('names an option the rule does not take, and the ones it does', () => {
    expect(problem({ maxgrade: 8 })).toEqual([
      'unknown option "maxgrade" for team/rule (expected one of: maxGrade, jargon, stock, checks, label, pairs)',
      'rules.team/rule[1].maxgrade',
    ]);
    expect(problem({ max: 1 }, rule({}))?.[0]).toBe('unknown option "max" for team/rule (it takes no options)');
  });

  it.each([
    [{ maxGrade: '8' }, 'expected a number, got string "8"', 'maxGrade'],
    [{ maxGrade: Number.NaN }, 'expected a number, got number NaN', 'maxGrade'],
    [{ stock: 'yes' }, 'expected true or false, got string "yes"', 'stock'],
    [{ jargon: 'RMA' }, 'expected a list, got string "RMA"', 'jargon'],
    [{ jargon: ['RMA', 4] }, 'expected text, got number 4', 'jargon[1]'],
    [{ checks: ['passive'] }, 'expected an object, got a list', 'checks'],
    [{ label: 3 }, 'expected text, got number 3', 'label'],
  ])('reports %j', (options, message, key) => {
    expect(problem(options)).toEqual([message, `rules.team/rule[1].${key}`]);
  });

  it('is applied to the rules section of a config, with the file and key', () => {
    expect(() => resolveConfig({ rules: { 'team/rule': ['warning', { maxGrade: 'high' }] } }, { builtins: [clarityLike], file: '.tonecheckrc' })).toThrow(
      expect.objectContaining({ file: '.tonecheckrc', key: 'rules.team/rule[1].maxGrade' }),
    );
  });
});
