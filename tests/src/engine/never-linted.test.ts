/**
 * The guarantee behind every rule: quoted customer text and signatures are
 * never linted, and placeholders are never flagged or edited. Checked over
 * whole emails with every built-in rule switched on as strictly as it goes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules, checkText, type Config } from '../../../src/index.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'emails');
const examples = join(import.meta.dirname, '..', '..', '..', 'examples', 'drafts');
const files = [
  ...readdirSync(fixtures).map((f) => join(fixtures, f)),
  ...readdirSync(examples).map((f) => join(examples, f)),
];

/** Every rule at its strictest: errors, and every optional check of clarity switched on. */
const strictest: Config = {
  extends: 'strict',
  rules: Object.fromEntries(
    builtinRules.map((rule) => [
      rule.meta.id,
      rule.meta.id === 'clarity'
        ? ['error', { checks: { passive: true, weasel: true, adverb: true, tooWordy: true, cliches: true, eprime: true } }]
        : 'error',
    ]),
  ),
};

describe.each(files)('%s', (file) => {
  const text = readFileSync(file, 'utf8');
  const { diagnostics, draft } = checkText(text, { config: strictest });
  const unlinted = draft.regions.filter((r) => r.kind === 'quoted' || r.kind === 'signature');

  it('reports nothing in quoted text or the signature', () => {
    for (const d of diagnostics) {
      for (const region of unlinted) {
        expect(d.end <= region.start || d.start >= region.end, `${d.ruleId} "${d.text}" in ${region.kind}`).toBe(true);
      }
    }
  });

  it('never flags a placeholder or starts or ends inside one', () => {
    for (const d of diagnostics) {
      for (const p of draft.placeholders) {
        const inside = (offset: number) => offset > p.start && offset < p.end;
        expect(inside(d.start) || inside(d.end), `${d.ruleId} "${d.text}" cuts ${p.text}`).toBe(false);
        expect(d.start >= p.start && d.end <= p.end, `${d.ruleId} flags ${p.text}`).toBe(false);
      }
    }
  });

  it('never offers a fix that edits a placeholder, quoted text or the signature', () => {
    for (const d of diagnostics) {
      if (!d.fix) continue;
      const { start, end } = d.fix;
      for (const p of draft.placeholders) expect(end <= p.start || start >= p.end, `${d.ruleId} fix edits ${p.text}`).toBe(true);
      for (const region of unlinted) expect(end <= region.start || start >= region.end, `${d.ruleId} fix edits ${region.kind}`).toBe(true);
    }
  });

  it('points every diagnostic at its text', () => {
    for (const d of diagnostics) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(draft.positionAt(d.start)).toEqual({ line: d.line, column: d.column });
      expect(draft.positionAt(d.end)).toEqual({ line: d.endLine, column: d.endColumn });
    }
  });
});

describe('the strictest config', () => {
  it('does find problems in the replies themselves, so the checks above are not vacuous', () => {
    const text = readFileSync(join(examples, 'angry-customer-bad.txt'), 'utf8');
    expect(checkText(text, { config: strictest }).diagnostics.length).toBeGreaterThan(5);
  });
});

describe('the quoted thread still counts as context', () => {
  it('reads the customer text from a Gmail thread', () => {
    const text = readFileSync(join(fixtures, 'gmail-thread.txt'), 'utf8');
    expect(checkText(text).draft.customerText).toContain('failed to send the right headset');
  });
});
