/**
 * The customer's side on the command line: --context feeding the customer
 * rules and the scorecard, the scorecard under the stylish report and in
 * JSON, --min-score and --no-scorecard.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

const THREAD = join('examples', 'threads', 'angry-double-charge');
const customer = join(THREAD, 'customer.txt');
const bad = join(THREAD, 'reply-bad.txt');
const good = join(THREAD, 'reply-good.txt');
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'docs/json-output.schema.json'), 'utf8')));

interface Output {
  results: Array<{
    diagnostics: Array<{ ruleId: string; message: string; dimension: string }>;
    scorecard?: { overall: number; dimensions: Record<string, number> };
    customer?: { emotions: Array<{ emotion: string; strength: number; cues: string[] }>; questions: unknown[] };
  }>;
}

async function json(args: string[], input?: string): Promise<Output> {
  const run = await runCli(['--no-config', '--format', 'json', ...args], input === undefined ? {} : { input });
  expect(run.stderr).toBe('');
  const output = JSON.parse(run.stdout) as Output;
  expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
  return output;
}

describe('--context', () => {
  it('reports a reply to an angry customer that never acknowledges it, in their words, with a low empathy score', async () => {
    const run = await runCli(['--no-config', '--no-color', bad, '--context', customer]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The customer sounds angry ("furious", "This is the THIRD time", "nobody has replied")');
    expect(run.stdout).toMatch(/^ {2}customer {4}angry \(strong\): "furious"/m);
    const empathy = Number(/^ {2}empathy +(\d+) /m.exec(run.stdout)?.[1]);
    expect(empathy).toBeLessThan(60);
  });

  it('passes the well-written reply with a high score', async () => {
    const run = await runCli(['--no-config', '--no-color', good, '--context', customer]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✔ 1 draft checked, no problems');
    expect(Number(/^ {2}overall +(\d+) /m.exec(run.stdout)?.[1])).toBeGreaterThanOrEqual(85);
    expect(Number(/^ {2}empathy +(\d+) /m.exec(run.stdout)?.[1])).toBeGreaterThanOrEqual(90);
  });

  it('reads the customer from stdin with "-" when the draft is a file', async () => {
    const output = await json([bad, '--context', '-'], readFileSync(join(ROOT, customer), 'utf8'));
    expect(output.results[0]!.customer!.emotions[0]).toMatchObject({ emotion: 'anger', strength: 3 });
  });

  it('writes the scorecard and the customer reading into the JSON report', async () => {
    const output = await json([bad, '--context', customer]);
    const [result] = output.results;
    expect(Object.keys(result!.scorecard!.dimensions)).toEqual([
      'empathy', 'positivity', 'ownership', 'clarity', 'trust', 'composure', 'courtesy',
    ]);
    expect(result!.customer!.emotions.map((e) => e.emotion)).toEqual(['anger', 'frustration']);
    expect(result!.customer!.emotions[0]!.cues).toContain('furious');
    expect(result!.diagnostics.map((d) => d.ruleId)).toEqual(['acknowledge-feelings', 'meet-the-need']);
  });

  it('leaves the customer out of a draft that has no customer message', async () => {
    const output = await json([join('examples', 'drafts', 'confused-customer-good.txt')]);
    expect(output.results[0]!.customer).toBeUndefined();
    expect(output.results[0]!.scorecard!.overall).toBeGreaterThan(0);
  });
});

describe('--min-score', () => {
  it('fails a draft below the overall threshold, naming it on stderr', async () => {
    const run = await runCli(['--no-config', '--no-color', bad, '--context', customer, '--min-score', '90']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^tonecheck: examples\/threads\/angry-double-charge\/reply-bad.txt: overall score \d+ is below --min-score 90\n$/);
  });

  it('takes dimension=N, repeatedly', async () => {
    const args = ['--no-config', '--no-color', '--context', customer, '--min-score', '70', '--min-score', 'empathy=80'];
    const failing = await runCli([...args, bad]);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/empathy score \d+ is below --min-score empathy=80/);
    expect(failing.stderr).not.toMatch(/overall score/);
    const passing = await runCli([...args, good]);
    expect(passing.code).toBe(0);
    expect(passing.stderr).toBe('');
  });

  it('passes by a draft with nothing to score, and prints no scorecard for it', async () => {
    const empty = await runCli(['--no-config', '--no-color', '--min-score', '90', '--stdin-filename', 'empty.txt'], { input: '\n  \n' });
    expect(empty.code).toBe(0);
    expect(empty.stderr).toBe('');
    expect(empty.stdout).toBe('✔ 1 draft checked, no problems\n');
  });

  it('rejects an unknown dimension or a score out of range', async () => {
    const unknown = await runCli(['--no-config', bad, '--min-score', 'kindness=50']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown dimension "kindness"/);
    const range = await runCli(['--no-config', bad, '--min-score', '120']);
    expect(range.code).toBe(2);
    expect(range.stderr).toMatch(/expected a score from 0 to 100/);
  });
});

describe('--no-scorecard', () => {
  it('leaves the scorecard out of both reports but still gates on it', async () => {
    const stylish = await runCli(['--no-config', '--no-color', bad, '--context', customer, '--no-scorecard']);
    expect(stylish.stdout).not.toMatch(/overall|empathy {3}/);
    expect(stylish.stdout).toContain('acknowledge-feelings');
    const output = await json([bad, '--context', customer, '--no-scorecard']);
    expect(output.results[0]!.scorecard).toBeUndefined();
    expect(output.results[0]!.customer).toBeDefined();
    const gated = await runCli(['--no-config', bad, '--context', customer, '--no-scorecard', '--min-score', '95']);
    expect(gated.code).toBe(1);
  });
});
