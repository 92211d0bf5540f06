import { dirname, resolve } from 'node:path';
import { ConfigLoader, type LoadedConfig } from '../config/load.js';
import { countBySeverity, runRules, type ResolvedConfig } from '../engine/check.js';
import { getFormatter } from '../formatters/index.js';
import type { LintResult } from '../formatters/types.js';
import { InputError } from '../input/errors.js';
import { toFilePositions } from '../input/positions.js';
import { decodeText, readSources, sourcesFromBytes } from '../input/read.js';
import { displayText, type Source } from '../input/source.js';
import { useColor } from './color.js';
import { displayPath, UsageError } from './errors.js';
import { expandTarget } from './files.js';
import { readAll, write, type CliIO } from './io.js';
import type { CheckOptions } from './program.js';
import { resolveWithOverrides } from './rule-set.js';
import { toolVersion } from './version.js';

const STDIN_NAME = '<stdin>';

/** What a run produced: results to format, and the inputs that could not be checked. */
interface Outcome {
  results: LintResult[];
  /** Problems with the input: one stderr line each, exit code 2. */
  inputErrors: string[];
}

/**
 * `tonecheck [paths...]`: checks every draft and writes one report. Files
 * that cannot be read are reported and skipped; the exit code says 2 then.
 * Config problems stop the run (ConfigError propagates to main).
 */
export async function runCheck(paths: readonly string[], options: CheckOptions, io: CliIO): Promise<number> {
  const fromStdin = paths.length === 0 || paths.includes('-');
  if (paths.length === 0 && io.stdin.isTTY) {
    throw new UsageError('no drafts given: name files or folders, or pipe a draft to stdin (see tonecheck --help)');
  }
  if (options.context === '-' && fromStdin) {
    throw new UsageError('--context -: stdin already holds the draft; give the customer\'s message as a file');
  }
  const color = useColor(options.color, io.env, io.stdout);
  const formatter = await getFormatter(options.format, { color });
  const loader = new ConfigLoader({ cwd: io.cwd, ...(options.config === undefined ? {} : { configFile: options.config }) });
  const context = options.context === undefined ? undefined : await readContext(options.context, io);
  const outcome = await checkAll(paths, options, io, loader, context);

  for (const line of outcome.inputErrors) await write(io.stderr, `tonecheck: ${line}\n`);
  const results = options.quiet ? outcome.results.map(errorsOnly) : outcome.results;
  const width = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 100;
  await write(io.stdout, formatter(results, { color, width, tool: { name: 'tonecheck', version: toolVersion() } }));

  if (outcome.inputErrors.length > 0) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const limit = options.maxWarnings ?? -1;
  return errors > 0 || (limit >= 0 && warnings > limit) ? 1 : 0;
}

async function checkAll(
  paths: readonly string[],
  options: CheckOptions,
  io: CliIO,
  loader: ConfigLoader,
  context: string | undefined,
): Promise<Outcome> {
  const outcome: Outcome = { results: [], inputErrors: [] };
  const resolvedByConfig = new Map<LoadedConfig, ResolvedConfig>();
  const check = async (sources: Source[], dir: string) => {
    const loaded = await loader.forDirectory(dir);
    let resolved = resolvedByConfig.get(loaded);
    if (!resolved) {
      resolved = resolveWithOverrides(loaded, options.rule ?? {});
      resolvedByConfig.set(loaded, resolved);
    }
    for (const source of sources) outcome.results.push(checkSource(source, resolved, context));
  };
  const fail = (error: unknown) => {
    if (!(error instanceof InputError)) throw error;
    outcome.inputErrors.push(`${error.path}: ${error.message}`);
  };

  const seen = new Set<string>();
  let stdinDone = false;
  // In the order of the command line; stdin where "-" stands, read once.
  for (const target of paths.length === 0 ? ['-'] : paths) {
    try {
      if (target !== '-') {
        for (const { file, display } of await expandTarget(target, io.cwd, seen)) {
          try {
            await check(await readSources(file, display), dirname(file));
          } catch (error) {
            fail(error);
          }
        }
      } else if (!stdinDone) {
        stdinDone = true;
        const name = options.stdinFilename;
        const named = name === undefined ? undefined : resolve(io.cwd, name);
        const display = named === undefined ? STDIN_NAME : displayPath(named, io.cwd);
        await check(sourcesFromBytes(display, await readAll(io.stdin)), named === undefined ? io.cwd : dirname(named));
      }
    } catch (error) {
      fail(error);
    }
  }
  return outcome;
}

function checkSource(source: Source, resolved: ResolvedConfig, context: string | undefined): LintResult {
  let diagnostics;
  try {
    diagnostics = runRules(source.text, resolved, context === undefined ? {} : { context }).diagnostics;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${source.path}: ${reason}`, { cause: error });
  }
  diagnostics = toFilePositions(source, diagnostics);
  return {
    path: source.path,
    ...(source.entryId === undefined ? {} : { entryId: source.entryId }),
    diagnostics,
    ...countBySeverity(diagnostics),
    source: displayText(source),
  };
}

function errorsOnly(result: LintResult): LintResult {
  const diagnostics = result.diagnostics.filter((d) => d.severity === 'error');
  return { ...result, diagnostics, ...countBySeverity(diagnostics) };
}

/** The customer's message for --context: a file, or stdin when the drafts are files. */
async function readContext(path: string, io: CliIO): Promise<string> {
  if (path === '-') return decodeText('--context -', await readAll(io.stdin));
  const sources = await readSources(resolve(io.cwd, path), path).catch((error: unknown) => {
    if (error instanceof InputError) throw new UsageError(`--context ${error.path}: ${error.message}`);
    throw error;
  });
  return sources.map((s) => s.text).join('\n\n');
}
