/**
 * Every rule README's examples are executable: a ```text invalid block must
 * be reported by that rule, a ```text valid block must not.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/index.js';

const rulesDir = join(import.meta.dirname, '..', '..', 'rules');
const FENCE = /^```text (valid|invalid)[ \t]*\r?\n([\s\S]*?)^```[ \t]*$/gm;

const ruleIds = readdirSync(rulesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(rulesDir, entry.name, 'README.md')))
  .map((entry) => entry.name);

describe('rule README examples', () => {
  it('finds the rule docs', () => {
    expect(ruleIds).toEqual(expect.arrayContaining(['positive-language', 'validate-feelings', 'blame-free', 'clarity']));
  });

  for (const id of ruleIds) {
    const readme = readFileSync(join(rulesDir, id, 'README.md'), 'utf8');
    const examples = [...readme.matchAll(FENCE)].map((m) => ({ kind: m[1]!, text: m[2]!.replace(/\r?\n$/, '') }));

    describe(id, () => {
      it('has both valid and invalid examples', () => {
        expect(examples.some((e) => e.kind === 'valid')).toBe(true);
        expect(examples.some((e) => e.kind === 'invalid')).toBe(true);
      });

      examples.forEach((example, i) => {
        it(`${example.kind} example ${i + 1}: ${JSON.stringify(example.text.slice(0, 50))}`, () => {
          const reported = checkText(example.text).diagnostics.filter((d) => d.ruleId === id);
          const summary = reported.map((d) => `${d.line}:${d.column} [${d.text}] ${d.message}`).join('\n');
          if (example.kind === 'invalid') expect(reported.length, 'the rule should report this example').toBeGreaterThan(0);
          else expect(reported, `the rule should stay quiet, but reported:\n${summary}`).toEqual([]);
        });
      });
    });
  }
});
