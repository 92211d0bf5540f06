import { lineIndexFor, type LineIndex } from '../document/lines.js';
import type { Diagnostic, Edit, Severity } from '../types.js';
import type { Formatter, LintResult, RuleSummary } from './types.js';

/**
 * SARIF 2.1.0, the format of GitHub code scanning and most static-analysis
 * dashboards: one run, the rules with their description and help, and a
 * result per finding with its exact region (UTF-16 columns, as tonecheck
 * counts them), the flagged text, and the safe fix as a replacement.
 */
export const sarif: Formatter = (results, options) => {
  const rules = ruleTable(results, options.rules ?? []);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.tool.name,
            version: options.tool.version,
            semanticVersion: options.tool.version,
            informationUri: 'https://www.npmjs.com/package/tonecheck',
            rules: rules.map(descriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder tonecheck ran in.' } } },
        results: results.flatMap((result) => {
          const lines = result.source === undefined ? undefined : lineIndexFor(result.source);
          return result.diagnostics.map((d) => sarifResult(result, d, index.get(d.ruleId) ?? -1, lines));
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

const LEVELS: Record<Severity, string> = { error: 'error', warning: 'warning', suggestion: 'note' };

/** The rules that ran, and any rule a finding names that the run did not describe (a format test, a plugin). */
function ruleTable(results: readonly LintResult[], known: readonly RuleSummary[]): RuleSummary[] {
  const byId = new Map<string, RuleSummary>(known.map((r) => [r.id, r]));
  for (const result of results) {
    for (const d of result.diagnostics) {
      if (byId.has(d.ruleId)) continue;
      byId.set(d.ruleId, {
        id: d.ruleId,
        description: d.message,
        dimension: d.dimension,
        defaultSeverity: d.severity,
        ...(d.url ? { docs: d.url } : {}),
      });
    }
  }
  return [...byId.values()];
}

function descriptor(rule: RuleSummary) {
  const feeds = `It feeds the ${rule.dimension} dimension of the tone scorecard.`;
  const text = [rule.description, feeds];
  const markdown = [`**${rule.description}**`, feeds];
  if (rule.fixable) {
    text.push('Some findings have a safe fix: run tonecheck with --fix.');
    markdown.push('Some findings have a safe fix: run `tonecheck --fix`.');
  }
  if (rule.docs) {
    text.push(`Documentation: ${rule.docs}`);
    markdown.push(isUrl(rule.docs) ? `[Rule documentation](${rule.docs})` : `Documentation: \`${rule.docs}\``);
  }
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} ${feeds}` },
    ...(rule.docs && isUrl(rule.docs) ? { helpUri: rule.docs } : {}),
    help: { text: text.join('\n\n'), markdown: markdown.join('\n\n') },
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
    properties: {
      tags: ['tone', rule.dimension],
      dimension: rule.dimension,
      fixable: rule.fixable === true,
    },
  };
}

function sarifResult(result: LintResult, d: Diagnostic, ruleIndex: number, lines: LineIndex | undefined) {
  const artifactLocation = location(result.path);
  const parts = [d.message];
  if (d.suggestions.length > 0) parts.push(`Try: ${d.suggestions.map((s) => `"${s}"`).join(' or ')}.`);
  if (d.why) parts.push(`Why: ${d.why}`);
  const message = parts.join(' ');
  return {
    ruleId: d.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVELS[d.severity],
    message: { text: message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: {
            startLine: d.line,
            startColumn: d.column,
            endLine: d.endLine,
            endColumn: d.endColumn,
            charOffset: d.start,
            charLength: d.end - d.start,
            snippet: { text: d.text },
          },
        },
        ...(result.entryId === undefined ? {} : { logicalLocations: [{ name: result.entryId, kind: 'object' }] }),
      },
    ],
    ...(d.fix ? { fixes: [fix(artifactLocation, d.fix, lines)] } : {}),
    properties: {
      dimension: d.dimension,
      severity: d.severity,
      why: d.why,
      suggestions: [...d.suggestions],
      ...(result.entryId === undefined ? {} : { entryId: result.entryId }),
    },
  };
}

function fix(artifactLocation: ReturnType<typeof location>, edit: Edit, lines: LineIndex | undefined) {
  const region: Record<string, number> = { charOffset: edit.start, charLength: edit.end - edit.start };
  if (lines) {
    const from = lines.positionAt(edit.start);
    const to = lines.positionAt(edit.end);
    Object.assign(region, { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column });
  }
  return {
    description: { text: edit.text === '' ? 'Remove the flagged words.' : `Replace with "${edit.text}".` },
    artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region, insertedContent: { text: edit.text } }] }],
  };
}

/** A relative path is a URI reference against the folder the run started in; an absolute one a file URI. */
function location(path: string): { uri: string; uriBaseId?: string } {
  const slashed = path.replace(/\\/g, '/');
  const uri = slashed
    .split('/')
    .map((segment, i) => (i === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/');
  if (slashed.startsWith('/')) return { uri: `file://${uri}` };
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${uri}` };
  return { uri, uriBaseId: '%SRCROOT%' };
}

function isUrl(text: string): boolean {
  return /^https?:\/\//.test(text);
}

/** `blame-free` → `BlameFree`, `acme/no-kindly` → `AcmeNoKindly`: SARIF's rule name convention. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
