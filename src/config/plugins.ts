import { createRequire } from 'node:module';
import { isAbsolute, join, resolve as resolvePath } from 'node:path';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { AnyRule } from '../engine/rule.js';
import { firstLine } from '../input/errors.js';
import { importModule } from './import-module.js';
import { ConfigError } from './types.js';

const DIMENSIONS = ['empathy', 'positivity', 'ownership', 'clarity', 'trust', 'composure', 'courtesy'];
const SEVERITIES = ['error', 'warning', 'suggestion'];

/**
 * Loads a config's `plugins`: paths (relative to the config's folder) or
 * package names (resolved from it), each a module whose default export is a
 * rule or a list of rules, or which exports a `rules` list. Entries that are
 * rule modules already (from a JavaScript config) are checked and kept.
 */
export async function loadPlugins(
  entries: ReadonlyArray<string | AnyRule>,
  baseDir: string,
  file?: string,
): Promise<AnyRule[]> {
  const loaded = await Promise.all(
    entries.map(async (entry, i) => {
      const key = `plugins[${i}]`;
      if (typeof entry !== 'string') return [checkRule(entry, 'plugin', file, key)];
      const url = resolvePlugin(entry, baseDir, file, key);
      let module: Record<string, unknown>;
      try {
        module = (await importModule(url)) as Record<string, unknown>;
      } catch (error) {
        throw new ConfigError(`Cannot load plugin "${entry}": ${reason(error)}`, file, key);
      }
      return rulesOf(module, entry, file, key);
    }),
  );
  return loaded.flat();
}

function rulesOf(module: Record<string, unknown>, name: string, file: string | undefined, key: string): AnyRule[] {
  const exported = module.default ?? module.rules;
  const inner = (exported as { rules?: unknown } | undefined)?.rules;
  const candidates = Array.isArray(exported) ? exported : Array.isArray(inner) ? inner : exported ? [exported] : [];
  if (candidates.length === 0) {
    throw new ConfigError(`Plugin "${name}" exports no rules (expected a default export or a "rules" list)`, file, key);
  }
  return candidates.map((rule) => checkRule(rule, `plugin "${name}"`, file, key));
}

/** Throws unless `value` has the shape of a RuleModule. */
export function checkRule(value: unknown, from: string, file: string | undefined, key: string): AnyRule {
  const problem = ruleProblem(value);
  if (problem) throw new ConfigError(`${capitalise(from)} is not a rule: ${problem}`, file, key);
  return value as AnyRule;
}

function ruleProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return `expected an object, got ${typeof value}`;
  const rule = value as { meta?: Record<string, unknown>; check?: unknown };
  const meta = rule.meta;
  if (typeof meta !== 'object' || meta === null) return 'missing "meta"';
  const id = typeof meta.id === 'string' && meta.id ? `"${meta.id}" ` : '';
  if (!id) return 'missing "meta.id"';
  if (!DIMENSIONS.includes(meta.dimension as string)) {
    return `${id}has an invalid "meta.dimension" (expected one of: ${DIMENSIONS.join(', ')})`;
  }
  if (typeof meta.description !== 'string') return `${id}is missing "meta.description"`;
  if (!SEVERITIES.includes(meta.defaultSeverity as string)) {
    return `${id}has an invalid "meta.defaultSeverity" (expected one of: ${SEVERITIES.join(', ')})`;
  }
  if (typeof rule.check !== 'function') return `${id}has no "check" function`;
  return undefined;
}

/** A file URL for a plugin entry: a path from `baseDir`, or a package resolved from there. */
function resolvePlugin(entry: string, baseDir: string, file: string | undefined, key: string): string {
  if (entry.startsWith('.') || isAbsolute(entry)) return pathToFileURL(resolvePath(baseDir, entry)).href;
  const require = createRequire(join(baseDir, 'noop.js'));
  try {
    return pathToFileURL(require.resolve(entry)).href;
  } catch (error) {
    // Packages that export only an "import" condition cannot be found by require.resolve.
    const esm = resolveEsmEntry(require, entry);
    if (esm) return pathToFileURL(esm).href;
    throw new ConfigError(`Cannot find plugin "${entry}" from ${baseDir}: ${reason(error)}`, file, key);
  }
}

function resolveEsmEntry(require: NodeJS.Require, name: string): string | undefined {
  const paths = require.resolve.paths(name) ?? [];
  for (const dir of paths) {
    const pkgDir = join(dir, name);
    let pkg: { exports?: unknown; module?: string; main?: string };
    try {
      pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    const target = exportTarget(pkg.exports) ?? pkg.module ?? pkg.main;
    return target ? join(pkgDir, target) : undefined;
  }
  return undefined;
}

function exportTarget(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (typeof exports !== 'object' || exports === null) return undefined;
  const map = exports as Record<string, unknown>;
  const root = '.' in map ? map['.'] : map;
  if (typeof root === 'string') return root;
  if (typeof root !== 'object' || root === null) return undefined;
  const conditions = root as Record<string, unknown>;
  return exportTarget(conditions.import ?? conditions.node ?? conditions.default);
}

function reason(error: unknown): string {
  return firstLine(error instanceof Error ? error.message : String(error));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
