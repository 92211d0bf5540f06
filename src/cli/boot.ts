/**
 * Starts the command from its bundle with V8's code cache, so a cold start
 * skips parsing and compiling the code the last build saw running. Node 22
 * has `module.enableCompileCache()` for this; Node 20 has only the
 * `cachedData` of `vm.Script`, used here the way v8-compile-cache uses it
 * for CommonJS. The cache is written by the build (scripts/bundle.mjs) after
 * a run over the examples; a cache from another Node version is rejected by
 * V8 and the bundle is compiled as usual. Packages that load ES modules
 * themselves (cosmiconfig, for `.mjs` configs) stay outside the bundle.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type * as Entry from './entry.js';

export type Command = typeof Entry;

const here = dirname(fileURLToPath(import.meta.url));
const BUNDLE = join(here, 'tonecheck.cjs');
const CODE_CACHE = join(here, 'tonecheck.code-cache');
const PATTERNS = join(here, 'pattern-analyses.txt');

let loaded: { command: Command; script: Script } | undefined;

/** The command's bundle, evaluated once per thread. */
export function loadCommand(): Command {
  if (loaded) return loaded.command;
  // The build writes the bundle in ASCII (scripts/bundle.mjs): read as Latin-1, it needs no decoding.
  const source = readFileSync(BUNDLE, 'latin1');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    // Built without a cache: V8 compiles as it goes.
  }
  // The CommonJS wrapper, on the bundle's first line so stack traces keep its line numbers.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const module = { exports: {} as Command };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, here);
  // V8 cannot serve import() in a script compiled from a cache: this module does it instead.
  module.exports.setImporter((specifier) => import(specifier));
  // The built-in phrase patterns, parsed and analysed by the build: reading that is faster than parsing them.
  try {
    module.exports.preloadPatternAnalyses(readFileSync(PATTERNS, 'utf8'));
  } catch {
    // Built without it: patterns are analysed as they are first searched for.
  }
  loaded = { command: module.exports, script };
  return loaded.command;
}

/**
 * Saves the code compiled so far in this thread as the bundle's code cache,
 * and the analyses of the phrase patterns searched for so far. Called by the
 * build after a run over the examples, so both hold what a real run needs.
 */
export function saveStartupCaches(): void {
  if (!loaded) throw new Error('saveStartupCaches: the command has not been loaded');
  writeFileSync(PATTERNS, loaded.command.exportPatternAnalyses());
  writeFileSync(CODE_CACHE, loaded.script.createCachedData());
}
