/**
 * Checks the options a config gives a rule against the rule's defaults: every
 * option a rule takes has a default in `defaultOptions`, and a value of
 * another kind would be ignored or misread by the rule. A misspelt option
 * ("maxgrade") or a value of the wrong kind ("8" for a number) is then one
 * line naming the key, instead of a setting that silently does nothing.
 */
import type { AnyRule } from '../engine/rule.js';
import { typeName } from './describe-value.js';
import { ConfigError } from './types.js';

/** Throws ConfigError naming `key` (`rules.clarity[1]`) and the option when `options` do not fit `rule`. */
export function checkRuleOptions(rule: AnyRule, options: Record<string, unknown>, file: string | undefined, key: string): void {
  const defaults = (rule.defaultOptions ?? {}) as Record<string, unknown>;
  const names = Object.keys(defaults);
  for (const [name, value] of Object.entries(options)) {
    if (!Object.hasOwn(defaults, name)) {
      const takes = names.length === 0 ? 'it takes no options' : `expected one of: ${names.join(', ')}`;
      throw new ConfigError(`unknown option "${name}" for ${rule.meta.id} (${takes})`, file, `${key}.${name}`);
    }
    const expected = kindOf(defaults[name]);
    if (expected && !expected.fits(value)) {
      throw new ConfigError(`expected ${expected.name}, got ${typeName(value)}`, file, `${key}.${name}`);
    }
    // A list of words with something else in it: name the item.
    const items: unknown[] = expected?.textItems && Array.isArray(value) ? value : [];
    const item = items.findIndex((v) => !isText(v));
    if (item >= 0) throw new ConfigError(`expected text, got ${typeName(items[item])}`, file, `${key}.${name}[${item}]`);
  }
}

interface Kind {
  name: string;
  fits(value: unknown): boolean;
  /** A list whose items must be text. */
  textItems?: boolean;
}

const isText = (value: unknown) => typeof value === 'string';

/** What a default says about the values that may replace it; undefined when it says nothing. */
function kindOf(example: unknown): Kind | undefined {
  switch (typeof example) {
    case 'number':
      return { name: 'a number', fits: (v) => typeof v === 'number' && Number.isFinite(v) };
    case 'boolean':
      return { name: 'true or false', fits: (v) => typeof v === 'boolean' };
    case 'string':
      return { name: 'text', fits: isText };
    case 'object':
      if (example === null) return undefined;
      // The lists rules take are of words, ids or phrases; an empty default is one of them.
      if (Array.isArray(example)) {
        return { name: 'a list', fits: Array.isArray, textItems: example.every(isText) };
      }
      return { name: 'an object', fits: (v) => typeof v === 'object' && v !== null && !Array.isArray(v) };
    default:
      return undefined;
  }
}
