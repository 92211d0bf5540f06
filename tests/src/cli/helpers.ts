import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'bin/tonecheck.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  cwd?: string;
  /** Bytes or text piped to stdin; stdin is closed empty otherwise. */
  input?: string | Uint8Array;
  env?: Record<string, string | undefined>;
}

/** Runs the built binary the way a user does, with colour variables cleared unless given. */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined };
  Object.assign(env, options.env);
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A throw-away project folder (with .git, so config search stops in it) holding `files`. */
export function makeProject(files: Record<string, string | Uint8Array>): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'tonecheck-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A plugin rule for tests: flags every "per my last email", so findings do not
 * depend on which built-in rules exist.
 */
export const TEST_PLUGIN = `
export default {
  meta: { id: 'test/per-my-last', dimension: 'composure', description: 'Flags "per my last email".', defaultSeverity: 'error' },
  defaultOptions: {},
  check(context) {
    const text = context.draft.text;
    const phrase = /per my last email/gi;
    for (let m = phrase.exec(text); m; m = phrase.exec(text)) {
      context.report({
        start: m.index,
        end: m.index + m[0].length,
        message: 'This reads as a reproach.',
        why: 'Pointing back at an earlier message implies the reader failed to read it.',
        suggestions: ['As I mentioned', 'To recap'],
      });
    }
  },
};
`;

let builtins: Promise<string[]> | undefined;

/** Ids of the built-in rules, from `tonecheck rules --format json`. */
export function builtinRuleIds(): Promise<string[]> {
  builtins ??= runCli(['rules', '--format', 'json', '--no-config']).then((run) => {
    const listed = JSON.parse(run.stdout) as { rules: Array<{ id: string; origin: string }> };
    return listed.rules.filter((r) => r.origin === 'built-in').map((r) => r.id);
  });
  return builtins;
}

/** A JSON config (valid YAML too) with the test plugin, every built-in rule off, and `extra` merged in. */
export async function isolatedConfig(extra: { rules?: Record<string, unknown>; phrases?: unknown[] } = {}): Promise<string> {
  const rules: Record<string, unknown> = {};
  for (const id of await builtinRuleIds()) rules[id] = 'off';
  return JSON.stringify({ plugins: ['./plugin.mjs'], rules: { ...rules, ...extra.rules }, phrases: extra.phrases ?? [] }, null, 2);
}
