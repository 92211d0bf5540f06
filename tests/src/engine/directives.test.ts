import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/document/draft.js';
import { runRules, type ResolvedConfig } from '../../../src/engine/check.js';
import { parseDirectives } from '../../../src/engine/directives.js';
import { defineRule } from '../../../src/engine/rule.js';

/** Two rules, each flagging every occurrence of its word. */
const wordRule = (id: string, word: string) =>
  defineRule({
    meta: { id, dimension: 'clarity', description: id, defaultSeverity: 'warning' },
    defaultOptions: {},
    check(context) {
      for (const w of context.draft.words) if (w.normal === word) context.report({ start: w.start, end: w.end, message: id, why: 'w' });
    },
  });
const CONFIG: ResolvedConfig = {
  rules: [
    { rule: wordRule('alpha', 'alpha'), severity: 'warning', options: {} },
    { rule: wordRule('beta', 'beta'), severity: 'warning', options: {} },
  ],
  knownRuleIds: ['alpha', 'beta', 'gamma'],
};
const flagged = (text: string) => runRules(text, CONFIG).diagnostics.map((d) => `${d.ruleId}@${d.line}`);

describe('directives', () => {
  it('finds directives in Liquid, Handlebars, Mustache and HTML comments', () => {
    const text = [
      '{% comment %} tonecheck-disable alpha {% endcomment %}',
      '{% # tonecheck-enable alpha %}',
      '{{! tonecheck-disable-next-line beta, alpha }}',
      '{{!-- tonecheck-enable -- back to normal --}}',
      '<!-- tonecheck-disable -->',
      '{{! an ordinary comment }}',
    ].join('\n');
    expect(parseDirectives(buildDraft(text)).map((d) => [d.kind, d.rules])).toEqual([
      ['disable', ['alpha']],
      ['enable', ['alpha']],
      ['disable-next-line', ['beta', 'alpha']],
      ['enable', []],
      ['disable', []],
    ]);
  });

  it('disables and enables rules from the comment on', () => {
    const text = 'alpha beta\n{{! tonecheck-disable alpha }}\nalpha beta\n{{! tonecheck-enable alpha }}\nalpha beta';
    expect(flagged(text)).toEqual(['alpha@1', 'beta@1', 'beta@3', 'alpha@5', 'beta@5']);
  });

  it('disables everything, then enables one rule again', () => {
    const text = '{% comment %}tonecheck-disable{% endcomment %}\nalpha beta\n{% comment %}tonecheck-enable beta{% endcomment %}\nalpha beta';
    expect(flagged(text)).toEqual(['beta@4']);
  });

  it('disables the next line with text, past blank lines', () => {
    const text = '<!-- tonecheck-disable-next-line alpha -->\n\nalpha beta\nalpha beta';
    expect(flagged(text)).toEqual(['beta@3', 'alpha@4', 'beta@4']);
  });

  it('reports a directive that names an unknown rule, with the closest known id', () => {
    const [problem, ...rest] = runRules('Hi,\n\n{{! tonecheck-disable-next-line alhpa }}\nalpha', CONFIG).diagnostics;
    expect(problem).toMatchObject({
      ruleId: 'directive',
      severity: 'warning',
      line: 3,
      column: 1,
      message: 'Unknown rule "alhpa" in a tonecheck-disable-next-line comment.',
      suggestions: ['alpha'],
    });
    // A rule that is known but switched off is not unknown; the misspelt one silences nothing.
    expect(rest.map((d) => d.ruleId)).toEqual(['alpha']);
    expect(flagged('{{! tonecheck-disable gamma }}\nalpha')).toEqual(['alpha@2']);
  });

  it('ignores directives in quoted text', () => {
    expect(flagged('alpha\n\nOn Mon, Sam wrote:\n> {{! tonecheck-disable }}\n> alpha')).toEqual(['alpha@1']);
  });
});
