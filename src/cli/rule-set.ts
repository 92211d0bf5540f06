import { resolveConfig } from '../config/resolve.js';
import type { LoadedConfig } from '../config/load.js';
import { ConfigError, type RuleSetting } from '../config/types.js';
import type { ResolvedConfig } from '../engine/check.js';
import type { AnyRule } from '../engine/rule.js';
import { createPhraseRule } from '../kinds/phrase.js';
import type { SeveritySetting } from '../types.js';
import { builtinRules } from '../../rules/index.js';

export type RuleOrigin = 'built-in' | 'plugin' | 'phrases';

export interface KnownRule {
  rule: AnyRule;
  origin: RuleOrigin;
}

/** Every rule a config makes available, switched on or not, in registry order. */
export function knownRules(loaded: LoadedConfig): KnownRule[] {
  const { config } = loaded;
  return withFile(loaded, () => [
    ...builtinRules.map((rule) => ({ rule, origin: 'built-in' as const })),
    ...(config.plugins ?? []).map((rule) => ({ rule, origin: 'plugin' as const })),
    ...(config.phrases ?? []).map((phrases) => ({ rule: createPhraseRule(phrases), origin: 'phrases' as const })),
  ]);
}

/**
 * The active rules for a loaded config with the command line's --rule
 * settings on top. A --rule naming no known rule is an error of its own, so
 * it is not blamed on the config file.
 */
export function resolveWithOverrides(
  loaded: LoadedConfig,
  overrides: Readonly<Record<string, SeveritySetting>>,
): ResolvedConfig {
  const ids = Object.keys(overrides);
  if (ids.length > 0) {
    const known = new Set(knownRules(loaded).map((k) => k.rule.meta.id));
    const unknown = ids.find((id) => !known.has(id));
    if (unknown !== undefined) {
      throw new ConfigError(`Unknown rule "${unknown}" (run "tonecheck rules" to list them)`, undefined, '--rule');
    }
  }
  const rules: Record<string, RuleSetting> = { ...loaded.config.rules };
  for (const [id, severity] of Object.entries(overrides)) {
    // Keep the options the config gives the rule; the command line only changes its severity.
    const current = rules[id];
    rules[id] = Array.isArray(current) && current[1] ? [severity, current[1]] : severity;
  }
  return withFile(loaded, () => resolveConfig({ ...loaded.config, rules }, { builtins: builtinRules, file: loaded.filepath }));
}

/** Names the config file in errors raised by code that does not know it (phrase rules). */
function withFile<T>(loaded: LoadedConfig, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ConfigError && error.file === undefined && error.key !== '--rule' && loaded.filepath) {
      throw new ConfigError(error.message, loaded.filepath, error.key);
    }
    throw error;
  }
}
