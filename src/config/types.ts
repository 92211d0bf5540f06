import type { AnyRule } from '../engine/rule.js';
import type { Dimension, SeveritySetting } from '../types.js';

/** `"warning"`, `["warning"]` or `["warning", { ...options }]`, as in ESLint. */
export type RuleSetting =
  | SeveritySetting
  | [SeveritySetting]
  | [SeveritySetting, Record<string, unknown>];

/** One team phrase: what to avoid, what to write instead, and why. */
export interface PhraseEntry {
  avoid: string | string[];
  use?: string[];
  why?: string;
  message?: string;
}

/** A rule written as data in the config's `phrases` section. */
export interface PhraseRuleConfig {
  id: string;
  description?: string;
  severity?: SeveritySetting;
  dimension?: Dimension;
  why?: string;
  entries: PhraseEntry[];
}

/** The configuration a user writes (in `.tonecheckrc` and friends) or passes to the API. */
export interface Config {
  /** Built-in presets: `recommended` (the default) or `strict`. */
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  /** Rule modules; in a config file, paths or package names resolved by the loader. */
  plugins?: Array<string | AnyRule>;
  phrases?: PhraseRuleConfig[];
  /** Files and folders to skip, in gitignore syntax. */
  ignorePatterns?: string[];
  /** Files that hold many drafts (JSON, YAML, CSV), and where each entry's parts are. */
  collections?: CollectionConfig[];
}

/** One `collections` mapping; paths are JSON pointers (`/data/items`) or dotted paths (`data.items`). */
export interface CollectionConfig {
  /** Files it applies to, relative to the config file's folder. */
  glob: string | string[];
  /** The list (or object) of entries; default: the whole file. */
  entries?: string;
  id?: string;
  title?: string;
  body: string;
  /** How the body is read; `auto` reads it as HTML when it has tags. */
  format?: 'auto' | 'text' | 'html' | 'markdown';
}

/** A configuration problem; `file` and `key` say where. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly key?: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}
