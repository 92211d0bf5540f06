import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { sarif } from '../../../src/formatters/sarif.js';
import type { RuleSummary } from '../../../src/formatters/types.js';
import { ROOT, runCli } from '../cli/helpers.js';
import { RESULTS, TOOL } from './fixtures.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/** The official OASIS SARIF 2.1.0 schema, vendored in tests/fixtures. */
function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const RULES: RuleSummary[] = [
  { id: 'blame-free', description: 'Never blame the customer.', dimension: 'ownership', defaultSeverity: 'warning', docs: 'https://example.org/blame-free' },
  { id: 'clarity', description: 'Short, plain sentences.', dimension: 'clarity', defaultSeverity: 'suggestion', fixable: true, docs: 'rules/clarity/README.md' },
];

describe('sarif', () => {
  let validate: ValidateFunction;
  beforeAll(() => {
    validate = sarifValidator();
  });
  const log = JSON.parse(sarif(RESULTS, { color: true, tool: TOOL, rules: RULES }));
  const run = log.runs[0];

  it('is valid SARIF 2.1.0 by the official schema, and the schema does reject a broken log', () => {
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'fatal', message: { text: 'm' } }] }] })).toBe(false);
    expect(validate({ runs: [] })).toBe(false);
  });

  it('describes every rule that ran and every rule a finding names, with help text', () => {
    expect(run.tool.driver).toMatchObject({ name: 'tonecheck', version: '9.9.9', semanticVersion: '9.9.9' });
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(['blame-free', 'clarity', 'acme/no-kindly']);
    const [blame, clarity, kindly] = run.tool.driver.rules;
    expect(blame).toMatchObject({
      name: 'BlameFree',
      shortDescription: { text: 'Never blame the customer.' },
      helpUri: 'https://example.org/blame-free',
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['tone', 'ownership'] },
    });
    expect(blame.help.markdown).toContain('[Rule documentation](https://example.org/blame-free)');
    expect(clarity.helpUri).toBeUndefined();
    expect(clarity.help.text).toContain('Documentation: rules/clarity/README.md');
    expect(clarity.defaultConfiguration.level).toBe('note');
    expect(kindly.shortDescription.text).toBe('"Kindly" reads as stiff.');
  });

  it('gives each finding its rule index, level, exact UTF-16 region, the better wording and the reason', () => {
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.results).toHaveLength(2);
    const [blame, kindly] = run.results;
    expect(blame).toMatchObject({ ruleId: 'blame-free', ruleIndex: 0, level: 'warning' });
    expect(blame.message.text).toBe(
      'This blames the customer. Try: "the guide covers this" or "here is the step that helps" or "let me walk you through it" or "fourth". Why: Blame puts people on the defensive.',
    );
    expect(blame.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'replies/late.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 42, charOffset: 20, charLength: 30, snippet: { text: 'you should have read the guide' } },
    });
    expect(kindly).toMatchObject({ ruleIndex: 2, level: 'error' });
  });

  it('offers a safe fix as a replacement, and nothing for suggestions', () => {
    const [blame, kindly] = run.results;
    expect(blame.fixes).toBeUndefined();
    expect(kindly.fixes).toEqual([
      {
        description: { text: 'Replace with "Please".' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'replies/late.txt', uriBaseId: '%SRCROOT%' },
            replacements: [
              { deletedRegion: { charOffset: 53, charLength: 6, startLine: 4, startColumn: 2, endLine: 4, endColumn: 8 }, insertedContent: { text: 'Please' } },
            ],
          },
        ],
      },
    ]);
  });

  it('encodes paths as URI references and names collection entries', () => {
    const [first] = RESULTS;
    const odd = { ...first!, path: 'my replies/50% off.txt', entryId: 'refund' };
    const absolute = { ...first!, path: '/srv/replies/a b.txt' };
    const other = JSON.parse(sarif([odd, absolute], { color: false, tool: TOOL }));
    expect(validate(other), JSON.stringify(validate.errors)).toBe(true);
    const [a, , b] = other.runs[0].results;
    expect(a.locations[0].physicalLocation.artifactLocation.uri).toBe('my%20replies/50%25%20off.txt');
    expect(a.locations[0].logicalLocations).toEqual([{ name: 'refund', kind: 'object' }]);
    expect(a.properties.entryId).toBe('refund');
    expect(b.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///srv/replies/a%20b.txt' });
  });

  it('validates for the examples, with regions matching the JSON output', async () => {
    const [asSarif, asJson] = await Promise.all([
      runCli(['--format', 'sarif', '--no-config', 'examples/drafts']),
      runCli(['--format', 'json', '--no-config', 'examples/drafts']),
    ]);
    expect(asSarif.stderr).toBe('');
    const fromExamples = JSON.parse(asSarif.stdout);
    expect(validate(fromExamples), JSON.stringify(validate.errors)).toBe(true);
    const expected = (JSON.parse(asJson.stdout).results as Array<{ path: string; diagnostics: Array<Record<string, number | string>> }>).flatMap(
      (r) => r.diagnostics.map((d) => [r.path, d.ruleId, d.line, d.column, d.endLine, d.endColumn]),
    );
    const actual = (fromExamples.runs[0].results as Array<Record<string, any>>).map((r) => {
      const { artifactLocation, region } = r.locations[0].physicalLocation;
      return [artifactLocation.uri, r.ruleId, region.startLine, region.startColumn, region.endLine, region.endColumn];
    });
    expect(expected.length).toBeGreaterThan(5);
    expect(actual).toEqual(expected);
  });
});
