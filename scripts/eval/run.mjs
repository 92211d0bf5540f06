#!/usr/bin/env node
// npm run eval -- [--data DIR] [--json FILE] [--task NAME ...]
// Measures tonecheck's judgements against public human-labelled data, read at run time from
// DIR (default ../shared/eval/dev). Nothing from the data is written anywhere but --json.
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { round } from './metrics.mjs';
import { formatTable } from './table.mjs';
import { TASKS } from './tasks/index.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(root, '..', 'shared', 'eval', 'dev') },
    json: { type: 'string' },
    task: { type: 'string', multiple: true },
  },
});

async function readJsonl(file) {
  const rows = [];
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) rows.push(JSON.parse(line));
  return rows;
}

const dataDir = resolve(values.data);
if (!existsSync(dataDir)) {
  console.error(`tonecheck eval: no data folder at ${dataDir}`);
  process.exit(2);
}
const api = await import(join(root, 'dist', 'src', 'index.js'));
const report = { version: 1, data: dataDir, tasks: {} };
const started = performance.now();

for (const task of TASKS) {
  if (values.task && !values.task.includes(task.name)) continue;
  const file = join(dataDir, task.file);
  if (!existsSync(file)) {
    console.log(`\n${task.name}: ${task.file} not found, skipped`);
    continue;
  }
  const t0 = performance.now();
  const result = round(await task.evaluate(await readJsonl(file), api));
  report.tasks[task.name] = result;
  console.log(`\n${task.name}  (${task.file}, ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(formatTable(result));
}

console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (values.json) {
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`report written to ${values.json}`);
}
