import { describe, expect, it } from 'vitest';
import { builtinRules, checkText, resolveConfig, runRules } from '../../../src/index.js';
import { bySource, flagRates, flaggingRules, onlyRule } from '../../../scripts/eval/tasks/rule-flags.mjs';

const api = { checkText, builtinRules, resolveConfig, runRules };

describe('rule flag rates', () => {
  it('names the rules that report on a text, and only alarms when asked', () => {
    const text = 'Unfortunately, you should have checked the address. To resolve the issue you need to clear the cache via the admin console, re-provision the integration by regenerating the metadata and re-uploading it, and then re-authenticate every affected endpoint before the next sync.';
    const all = flaggingRules(api, text);
    expect(all).toEqual(new Set(['positive-language', 'blame-free', 'clarity']));
    expect(flaggingRules(api, text, true)).toEqual(new Set(['positive-language', 'blame-free']));
  });

  it('gives every built-in rule a rate at any severity and as alarms', () => {
    const rates = flagRates(api, ['Thanks, the refund went out today.', 'Unfortunately we cannot refund it.']);
    expect(Object.keys(rates)).toEqual(builtinRules.map((r) => r.meta.id));
    expect(rates['positive-language']).toEqual({ any: 0.5, alarms: 0.5 });
    expect(rates['blame-free']).toEqual({ any: 0, alarms: 0 });
  });

  it('checks with one rule alone', () => {
    const flags = onlyRule(api, 'positive-language');
    expect(flags('Unfortunately, you should have checked the address.')).toBe(true);
    expect(flags('You should have checked the address.')).toBe(false);
  });

  it('groups rows by source in first-seen order', () => {
    const groups = bySource([{ source: 'b' }, { source: 'a' }, { source: 'b' }]);
    expect([...groups.keys()]).toEqual(['b', 'a']);
    expect(groups.get('b')).toHaveLength(2);
  });
});
