/**
 * Whole threads: a customer's message and two replies to it, one that misses
 * what the customer needs and one that meets it. The customer's message is
 * either its own file (as `--context` gives it) or quoted in the replies.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../src/index.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'threads');
const CUSTOMER_RULES = new Set(['acknowledge-feelings', 'answer-questions', 'meet-the-need']);

interface Expectation {
  emotion?: string;
  questions?: number;
  /** The customer-context rules that report on the bad reply, one entry per finding, sorted. */
  bad: string[];
  /** The dimension on which the good reply must clearly beat the bad one. */
  dimension: string;
}

function read(dir: string, name: string): string | undefined {
  const path = join(dir, name);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function check(dir: string, reply: string) {
  const context = read(dir, 'customer.txt');
  return checkText(read(dir, reply)!, context === undefined ? {} : { context });
}

describe.each(readdirSync(FIXTURES))('thread %s', (name) => {
  const dir = join(FIXTURES, name);
  const expected = JSON.parse(read(dir, 'expect.json')!) as Expectation;
  const bad = check(dir, 'bad.txt');
  const good = check(dir, 'good.txt');

  it('reads the customer', () => {
    if (expected.emotion) expect(bad.customer?.emotions[0]?.emotion).toBe(expected.emotion);
    if (expected.questions) expect(bad.customer?.questions).toHaveLength(expected.questions);
    expect(good.customer).toEqual(bad.customer);
  });

  it('reports what the bad reply misses', () => {
    const ours = bad.diagnostics.filter((d) => CUSTOMER_RULES.has(d.ruleId)).map((d) => d.ruleId);
    expect(ours.sort()).toEqual(expected.bad);
  });

  it('finds nothing to say about the good reply', () => {
    const found = good.diagnostics.map((d) => `${d.ruleId}: ${d.message}`);
    expect(found).toEqual([]);
  });

  it('scores the good reply higher, overall and where the bad one failed', () => {
    const dimension = expected.dimension as keyof NonNullable<typeof good.scorecard>['dimensions'];
    expect(good.scorecard!.overall).toBeGreaterThan(bad.scorecard!.overall);
    expect(good.scorecard!.dimensions[dimension]).toBeGreaterThanOrEqual(bad.scorecard!.dimensions[dimension] + 15);
    expect(good.scorecard!.overall).toBeGreaterThanOrEqual(80);
  });
});

describe('examples/threads', () => {
  const examples = join(ROOT, 'examples', 'threads');
  it.each(readdirSync(examples))('%s: the good reply passes and outscores the bad one', (name) => {
    const dir = join(examples, name);
    const context = read(dir, 'customer.txt')!;
    const bad = checkText(read(dir, 'reply-bad.txt')!, { context });
    const good = checkText(read(dir, 'reply-good.txt')!, { context });
    expect(good.diagnostics.map((d) => d.message)).toEqual([]);
    expect(bad.diagnostics.length).toBeGreaterThan(0);
    expect(good.scorecard!.overall).toBeGreaterThan(bad.scorecard!.overall);
  });
});
