#!/usr/bin/env node
// node scripts/eval/split.mjs DATA_DIR OUT_DIR
// Splits every task file of DATA_DIR into OUT_DIR/tune and OUT_DIR/check by a hash of each row's
// id (FNV-1a, even or odd), so rules can be tuned on one half and checked on rows never looked at.
// OUT_DIR must be outside the repository: the data is never copied into it.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const [dataDir, outDir] = process.argv.slice(2);
if (!dataDir || !outDir) {
  console.error('usage: node scripts/eval/split.mjs DATA_DIR OUT_DIR');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..', '..');
if (!relative(root, resolve(outDir)).startsWith('..')) {
  console.error('split: OUT_DIR must be outside the repository');
  process.exit(2);
}

/** FNV-1a over the UTF-16 code units of a string. */
export function fnv1a(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash;
}

for (const half of ['tune', 'check']) mkdirSync(join(outDir, half), { recursive: true });
for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.jsonl'))) {
  const halves = { tune: [], check: [] };
  for (const line of readFileSync(join(dataDir, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    halves[fnv1a(String(JSON.parse(line).id)) % 2 ? 'check' : 'tune'].push(line);
  }
  for (const [half, lines] of Object.entries(halves)) writeFileSync(join(outDir, half, file), `${lines.join('\n')}\n`);
  console.log(`${file}: ${halves.tune.length} tune, ${halves.check.length} check`);
}
