interface Diagnostic {
  ruleId: string;
  severity: string;
}
export interface Api {
  checkText(text: string): { diagnostics: Diagnostic[] };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  runRules(text: string, config: any): { diagnostics: Diagnostic[] };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  resolveConfig(config: any, options: any): unknown;
  builtinRules: Array<{ meta: { id: string; defaultSeverity: string } }>;
}
type Rates = Record<string, { any: number; alarms: number }>;
export declare function flaggingRules(api: Api, text: string, alarmsOnly?: boolean): Set<string>;
export declare function rulesIn(diagnostics: readonly Diagnostic[], alarmsOnly?: boolean): Set<string>;
export declare function flagRatesOf(api: Api, diagnosticsPerText: ReadonlyArray<readonly Diagnostic[]>): Rates;
export declare function flagRates(api: Api, texts: readonly string[]): Rates;
export declare function onlyRule(api: Api, id: string): (text: string) => boolean;
export declare function bySource<T extends { source: string }>(rows: readonly T[]): Map<string, T[]>;
