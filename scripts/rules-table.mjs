#!/usr/bin/env node
// The README's rules table, generated from the built-in rules' metadata.
//   npm run rules-table            rewrite the table in README.md
//   npm run rules-table -- --check exit 1 when README.md is stale
// tests/scripts/rules-table.test.ts runs the same check, so a stale table fails CI.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const START = '<!-- rules:start -->';
export const END = '<!-- rules:end -->';

/** A Markdown table of the rules: id (linked to its docs), dimension, default severity, fixable, description. */
export function renderRulesTable(rules) {
  const rows = rules.map(({ meta }) => {
    const fixable = meta.fixable ? 'yes' : '';
    const cell = (text) => text.replace(/\|/g, '\\|');
    return `| [\`${meta.id}\`](rules/${meta.id}/README.md) | ${meta.dimension} | ${meta.defaultSeverity} | ${fixable} | ${cell(meta.description)} |`;
  });
  return ['| rule | dimension | default | fixable | what it checks |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The README with the text between the markers replaced by `table`; throws when a marker is missing. */
export function replaceRulesTable(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`README.md needs ${START} and ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

async function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const readmePath = join(root, 'README.md');
  const { builtinRules } = await import(pathToFileURL(join(root, 'dist', 'src', 'index.js')).href);
  const readme = readFileSync(readmePath, 'utf8');
  const updated = replaceRulesTable(readme, renderRulesTable(builtinRules));
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md rules table is stale: run `npm run rules-table`');
      process.exitCode = 1;
    }
    return;
  }
  if (updated !== readme) writeFileSync(readmePath, updated);
  console.log(updated === readme ? 'README.md rules table is up to date' : 'README.md rules table updated');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
