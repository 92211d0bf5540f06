// Which built-in rules flag a text: the shared measure behind every task's per-rule flag rates.

/** The ids of the rules that report anything on `text`; with `alarmsOnly`, only warnings and errors count. */
export function flaggingRules(api, text, alarmsOnly = false) {
  return rulesIn(api.checkText(text).diagnostics, alarmsOnly);
}

/** The rule ids among diagnostics; with `alarmsOnly`, only warnings and errors count. */
export function rulesIn(diagnostics, alarmsOnly = false) {
  return new Set(diagnostics.filter((d) => !alarmsOnly || d.severity !== 'suggestion').map((d) => d.ruleId));
}

/**
 * Every built-in rule's share of the texts it reports on, keyed by rule id:
 * `any` at any severity, `alarms` counting warnings and errors only (what fails
 * a CI run; suggestions are advice, such as a long sentence in a polite text).
 * Takes each text's diagnostics, so a task checks every text once.
 */
export function flagRatesOf(api, diagnosticsPerText) {
  const ids = api.builtinRules.map((rule) => rule.meta.id);
  const any = Object.fromEntries(ids.map((id) => [id, 0]));
  const alarms = Object.fromEntries(ids.map((id) => [id, 0]));
  for (const diagnostics of diagnosticsPerText) {
    for (const id of rulesIn(diagnostics)) if (id in any) any[id]++;
    for (const id of rulesIn(diagnostics, true)) if (id in alarms) alarms[id]++;
  }
  const n = diagnosticsPerText.length;
  const rate = (count) => (n === 0 ? 0 : count / n);
  return Object.fromEntries(ids.map((id) => [id, { any: rate(any[id]), alarms: rate(alarms[id]) }]));
}

/** Every built-in rule's share of `texts` it reports on (see flagRatesOf). */
export function flagRates(api, texts) {
  return flagRatesOf(api, texts.map((text) => api.checkText(text).diagnostics));
}

/** A checker that runs only the named rule, configured once (faster than checkText with a config per call). */
export function onlyRule(api, id) {
  const rules = Object.fromEntries(api.builtinRules.map((rule) => [rule.meta.id, rule.meta.id === id ? rule.meta.defaultSeverity : 'off']));
  const resolved = api.resolveConfig({ rules }, { builtins: api.builtinRules });
  return (text) => api.runRules(text, resolved).diagnostics.length > 0;
}

/** Groups rows by their `source` field, in first-seen order. */
export function bySource(rows) {
  const groups = new Map();
  for (const row of rows) {
    if (!groups.has(row.source)) groups.set(row.source, []);
    groups.get(row.source).push(row);
  }
  return groups;
}
