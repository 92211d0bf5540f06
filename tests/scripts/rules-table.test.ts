import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/index.js';
import { END, renderRulesTable, replaceRulesTable, START } from '../../scripts/rules-table.mjs';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('README rules table', () => {
  it('is up to date with the rules (run `npm run rules-table` to refresh it)', () => {
    expect(replaceRulesTable(readme, renderRulesTable(builtinRules))).toBe(readme);
  });

  it('lists every built-in rule with a link to its docs', () => {
    const table = renderRulesTable(builtinRules);
    for (const rule of builtinRules) expect(table).toContain(`[\`${rule.meta.id}\`](rules/${rule.meta.id}/README.md)`);
    expect(table.split('\n')).toHaveLength(builtinRules.length + 2);
  });

  it('replaces only the text between the markers', () => {
    const text = `before\n${START}\nold\n${END}\nafter`;
    expect(replaceRulesTable(text, 'new')).toBe(`before\n${START}\nnew\n${END}\nafter`);
    expect(() => replaceRulesTable('no markers', 'x')).toThrow(/markers/);
  });
});
