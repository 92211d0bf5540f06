import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AnyRule } from '../engine/rule.js';
import { readConfigFile } from './read-file.js';
import { ConfigSearch } from './search.js';
import type { Config } from './types.js';

/** A config ready for `checkText` or `resolveConfig`: plugins are loaded rule modules. */
export interface LoadedConfig {
  config: Omit<Config, 'plugins'> & { plugins?: AnyRule[] };
  /** The file it came from; absent when no config file applies (defaults). */
  filepath?: string;
}

export interface LoadConfigOptions {
  /** Folder that relative paths are resolved from. Default: `process.cwd()`. */
  cwd?: string;
  /** Search for the config that applies to this file or folder. Default: `cwd`. */
  searchFrom?: string;
  /** Load exactly this config file instead of searching. */
  configFile?: string;
}

/**
 * Finds and loads the config that applies to a file or folder (see
 * ConfigSearch for where it looks), or loads `configFile`. Validates it and
 * loads its plugins. Throws ConfigError naming the file and key of a problem.
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const cwd = options.cwd ?? process.cwd();
  if (options.configFile !== undefined) {
    return new ConfigLoader({ cwd, configFile: options.configFile }).forDirectory(cwd);
  }
  const from = resolve(cwd, options.searchFrom ?? '.');
  const dir = statSync(from, { throwIfNoEntry: false })?.isDirectory() ? from : dirname(from);
  return new ConfigLoader({ cwd }).forDirectory(dir);
}

export interface ConfigLoaderOptions {
  cwd: string;
  /** A config file to use for every folder, or `false` for defaults only. */
  configFile?: string | false;
}

/** Loads configs per folder for a run over many files; each file and folder is read once. */
export class ConfigLoader {
  private readonly search = new ConfigSearch();
  private readonly byFile = new Map<string, Promise<LoadedConfig>>();

  constructor(private readonly options: ConfigLoaderOptions) {}

  /** The config for files in `dir` (an absolute folder). */
  forDirectory(dir: string): Promise<LoadedConfig> {
    const { configFile, cwd } = this.options;
    if (configFile === false) return Promise.resolve({ config: {} });
    const file = configFile === undefined ? this.search.find(dir) : resolve(cwd, configFile);
    if (file === undefined) return Promise.resolve({ config: {} });
    let loaded = this.byFile.get(file);
    if (!loaded) {
      loaded = loadFile(file);
      this.byFile.set(file, loaded);
    }
    return loaded;
  }
}

/** Validation and plugin loading are imported on first use: runs without a config never pay for them. */
async function loadFile(file: string): Promise<LoadedConfig> {
  const raw = await readConfigFile(file);
  const { validateConfig } = await import('./schema.js');
  validateConfig(raw, file);
  const { plugins, ...rest } = raw as Config;
  const config: LoadedConfig['config'] = rest;
  if (plugins) {
    const { loadPlugins } = await import('./plugins.js');
    config.plugins = await loadPlugins(plugins, dirname(file), file);
  }
  return { config, filepath: file };
}
