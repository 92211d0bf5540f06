import type { Draft } from '../document/draft.js';
import type { Dimension, RegionKind, RuleReport, Severity } from '../types.js';

export interface RuleMeta {
  /** Kebab-case id, unique across built-in rules and plugins: `blame-free`, `acme/no-kindly`. */
  id: string;
  /** The scorecard dimension the rule feeds. */
  dimension: Dimension;
  /** One line, for `tonecheck rules` and the docs. */
  description: string;
  defaultSeverity: Severity;
  /** Regions the rule may report in. Default: greeting, body, closing. */
  regions?: RegionKind[];
  /** The engine drops `fix` from reports of rules that do not declare it. */
  fixable?: boolean;
  /** Documentation URL or path. */
  docs?: string;
}

export interface RuleContext<Options> {
  readonly draft: Draft;
  readonly options: Readonly<Options>;
  report(report: RuleReport): void;
}

export interface RuleModule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  defaultOptions: Options;
  check(context: RuleContext<Options>): void;
}

/** Identity helper that gives plugin authors type checking; built-in rules use it too. */
export function defineRule<Options>(rule: RuleModule<Options>): RuleModule<Options> {
  return rule;
}

/** A rule of any options type, as the registry and the engine hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = RuleModule<any>;
