import { ConfigLoader } from '../config/load.js';
import type { SeveritySetting } from '../types.js';
import { write, type CliIO } from './io.js';
import type { RulesOptions } from './program.js';
import { knownRules, resolveWithOverrides, type RuleOrigin } from './rule-set.js';

interface RuleRow {
  id: string;
  dimension: string;
  defaultSeverity: string;
  /** The severity the config in effect gives it; `off` when switched off. */
  severity: SeveritySetting;
  origin: RuleOrigin;
  fixable: boolean;
  description: string;
  docs?: string;
}

/** `tonecheck rules`: every rule the config in the working folder makes available, and how it is set. */
export async function runRules(options: RulesOptions, io: CliIO): Promise<number> {
  const loader = new ConfigLoader({ cwd: io.cwd, ...(options.config === undefined ? {} : { configFile: options.config }) });
  const loaded = await loader.forDirectory(io.cwd);
  const active = new Map(resolveWithOverrides(loaded, {}).rules.map((a) => [a.rule.meta.id, a.severity]));
  const rows: RuleRow[] = knownRules(loaded).map(({ rule, origin }) => ({
    id: rule.meta.id,
    dimension: rule.meta.dimension,
    defaultSeverity: rule.meta.defaultSeverity,
    severity: active.get(rule.meta.id) ?? 'off',
    origin,
    fixable: rule.meta.fixable === true,
    description: rule.meta.description,
    ...(rule.meta.docs ? { docs: rule.meta.docs } : {}),
  }));
  const text =
    options.format === 'json'
      ? `${JSON.stringify({ version: 1, config: loaded.filepath ?? null, rules: rows }, null, 2)}\n`
      : table(rows, loaded.filepath);
  await write(io.stdout, text);
  return 0;
}

function table(rows: readonly RuleRow[], configFile: string | undefined): string {
  const head = { id: 'rule', dimension: 'dimension', defaultSeverity: 'default', severity: 'set to', origin: 'from' };
  const columns = ['id', 'dimension', 'defaultSeverity', 'severity', 'origin'] as const;
  const widths = columns.map((c) => Math.max(head[c].length, ...rows.map((r) => r[c].length)));
  const line = (cells: readonly string[], last: string) =>
    `${cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}  ${last}`.trimEnd();
  const out = [
    line(columns.map((c) => head[c]), 'description'),
    ...rows.map((r) => line(columns.map((c) => r[c]), r.description)),
    '',
    configFile ? `Settings from ${configFile}.` : 'No config file found; defaults apply.',
  ];
  return `${out.join('\n')}\n`;
}
