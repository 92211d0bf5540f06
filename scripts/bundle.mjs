#!/usr/bin/env node
// Bundles the command line into dist/cli/ (dependencies stay external). Node loads one
// file and a few lazy chunks instead of some fifty modules, which is a good part of a
// cold start. The library (dist/src, dist/rules) is tsc's output, for importers and types.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');
rmSync(outdir, { recursive: true, force: true });
await build({
  // The pool worker is an entry of its own, beside main.js, sharing chunks with it.
  entryPoints: { main: join(root, 'src', 'cli', 'main.ts'), 'pool-worker': join(root, 'src', 'cli', 'pool-worker.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
