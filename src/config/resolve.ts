import type { ActiveRule, ResolvedConfig } from '../engine/check.js';
import type { AnyRule } from '../engine/rule.js';
import { createPhraseRule } from '../kinds/phrase.js';
import type { SeveritySetting } from '../types.js';
import { PRESETS } from './presets.js';
import { checkRuleOptions } from './rule-options.js';
import { ConfigError, type Config, type RuleSetting } from './types.js';

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'suggestion', 'off'];

export interface ResolveOptions {
  /** The built-in rules; plugins and phrase rules are added to them. */
  builtins: readonly AnyRule[];
  /** The config file the settings came from, for error messages. */
  file?: string;
}

/**
 * Turns a user's config into the list of rules to run: presets first, then the
 * `rules` section, with plugins and phrase rules joining the built-in ones.
 * Pure; throws ConfigError naming the file and key of the first problem.
 */
export function resolveConfig(config: Config, options: ResolveOptions): ResolvedConfig {
  const { file } = options;
  const known = new Map<string, AnyRule>();
  const add = (rule: AnyRule, key: string) => {
    if (known.has(rule.meta.id)) throw new ConfigError(`Rule id "${rule.meta.id}" is defined twice`, file, key);
    known.set(rule.meta.id, rule);
  };
  options.builtins.forEach((rule) => add(rule, 'rules'));
  (config.plugins ?? []).forEach((plugin, i) => {
    if (typeof plugin === 'string') {
      throw new ConfigError(`Plugin "${plugin}" must be loaded before it is resolved`, file, `plugins[${i}]`);
    }
    add(plugin, `plugins[${i}]`);
  });
  (config.phrases ?? []).forEach((phrases, i) => add(createPhraseRule(phrases), `phrases[${i}]`));

  const presetNames = config.extends === undefined ? ['recommended'] : [config.extends].flat();
  const settings = new Map<string, { severity: SeveritySetting; options: Record<string, unknown> }>();
  for (const rule of known.values()) {
    settings.set(rule.meta.id, { severity: rule.meta.defaultSeverity, options: { ...rule.defaultOptions } });
  }
  presetNames.forEach((name, i) => {
    const preset = PRESETS[name];
    if (!preset) {
      const key = Array.isArray(config.extends) ? `extends[${i}]` : 'extends';
      throw new ConfigError(`Unknown preset "${name}" (expected one of: ${Object.keys(PRESETS).join(', ')})`, file, key);
    }
    for (const rule of known.values()) {
      const setting = settings.get(rule.meta.id)!;
      setting.severity = preset.severity(rule);
      Object.assign(setting.options, preset.options?.[rule.meta.id]);
    }
  });

  for (const [id, value] of Object.entries(config.rules ?? {})) {
    const setting = settings.get(id);
    if (!setting) throw new ConfigError(`Unknown rule "${id}"${didYouMean(id, known)}`, file, `rules.${id}`);
    const [severity, ruleOptions] = parseRuleSetting(value, file, `rules.${id}`);
    checkRuleOptions(known.get(id)!, ruleOptions, file, `rules.${id}[1]`);
    setting.severity = severity;
    Object.assign(setting.options, ruleOptions);
  }

  const rules: ActiveRule[] = [];
  for (const [id, setting] of settings) {
    if (setting.severity === 'off') continue;
    rules.push({ rule: known.get(id)!, severity: setting.severity, options: setting.options });
  }
  return { rules, knownRuleIds: [...known.keys()] };
}

function parseRuleSetting(
  value: RuleSetting,
  file: string | undefined,
  key: string,
): [SeveritySetting, Record<string, unknown>] {
  const [severity, ruleOptions] = Array.isArray(value) ? value : [value];
  if (!SEVERITIES.includes(severity as SeveritySetting)) {
    throw new ConfigError(
      `Invalid severity ${JSON.stringify(severity)} (expected one of: ${SEVERITIES.join(', ')})`,
      file,
      key,
    );
  }
  if (ruleOptions !== undefined && (typeof ruleOptions !== 'object' || ruleOptions === null || Array.isArray(ruleOptions))) {
    throw new ConfigError('Rule options must be an object', file, `${key}[1]`);
  }
  return [severity as SeveritySetting, ruleOptions ?? {}];
}

function didYouMean(id: string, known: ReadonlyMap<string, AnyRule>): string {
  const close = [...known.keys()].find((k) => k.includes(id) || id.includes(k));
  return close ? ` (did you mean "${close}"?)` : '';
}
