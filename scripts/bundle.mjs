#!/usr/bin/env node
// Bundles the command line into dist/cli/ and writes its V8 code cache:
//   tonecheck.cjs           the command and everything it needs on its common paths, one file
//   tonecheck.code-cache    the code compiled during a run over examples/drafts (src/cli/boot.ts)
//   pattern-analyses.txt    the built-in phrase patterns, parsed and analysed in that run
//   boot.cjs                the small loader of the bundle, for bin/ (CommonJS, see below)
//   pool-worker.js          the same loader as an ES module, for the worker pool
// Node then reads one file and skips most parsing and compiling, which is most of a cold
// start. The library (dist/src, dist/rules) is tsc's output, for importers and types.
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Writable, Readable } from 'node:stream';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');
rmSync(outdir, { recursive: true, force: true });

/**
 * commander loads node:child_process up front, for subcommands that are programs of their own;
 * tonecheck has none, and loading it costs about 4 ms at every start. commander gets a stand-in
 * that loads it on first use.
 */
function lazyChildProcess() {
  return {
    name: 'lazy-child-process',
    setup(build) {
      build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
        /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
        contents: "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });",
        loader: 'js',
      }));
    },
  };
}

/** A CommonJS file for Node 20 in dist/cli, with `import.meta.url` made from its file name. */
const commonJs = {
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "var importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
};

await build({
  ...commonJs,
  entryPoints: { tonecheck: join(root, 'src', 'cli', 'entry.ts') },
  // Loaded from node_modules: packages off the common paths (the worker pool, which finds its
  // own files; the language server; the YAML collection parser), and cosmiconfig, which loads
  // ES module configs with import() (not available inside the bundle, see src/cli/boot.ts).
  external: ['tinypool', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', 'yaml', 'cosmiconfig'],
  plugins: [lazyChildProcess()],
  // Less to read and hash at every start; names are kept, so stack traces still read.
  minifyWhitespace: true,
  minifySyntax: true,
});

// esbuild's ASCII output leaves regular expression literals as they are written ("’", "–").
// One such character makes Node read the whole bundle as a two-byte string: twice the memory
// and several milliseconds more at every start. The same character as an escape means the same
// in a string, a template or a regular expression (whose source text is never read here).
const bundle = join(outdir, 'tonecheck.cjs');
writeFileSync(bundle, readFileSync(bundle, 'utf8').replace(/[^\x00-\x7F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

// bin/tonecheck.js is CommonJS and requires the loader: an ES module entry costs Node its ES
// module loader at every start, and an ES module facade for each built-in module it imports.
await build({ ...commonJs, entryPoints: { boot: join(root, 'src', 'cli', 'boot.ts') } });
// The pool's workers are loaded by tinypool as ES modules.
await build({
  entryPoints: { 'pool-worker': join(root, 'src', 'cli', 'pool-thread.ts') },
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});

// The start-up caches: run the command over the examples in this process, then save what V8
// compiled and the patterns' analyses.
const examples = join(root, 'examples');
if (existsSync(examples)) {
  const { loadCommand, saveStartupCaches } = createRequire(import.meta.url)(join(outdir, 'boot.cjs'));
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  const runs = [
    [join(examples, 'drafts')],
    [join(examples, 'drafts'), '--format', 'json'],
  ];
  for (const argv of runs) {
    await loadCommand().main({ argv, stdin: Readable.from([]), stdout: sink(), stderr: sink(), cwd: root, env: {} });
  }
  saveStartupCaches();
}
