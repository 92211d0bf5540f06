import { dirname, resolve } from 'node:path';
import { countBySeverity, runRules, type ResolvedConfig } from '../engine/check.js';
import { getFormatter } from '../formatters/index.js';
import type { FormatOptions, LintResult, RuleSummary } from '../formatters/types.js';
import { InputError } from '../input/errors.js';
import { toFilePositions } from '../input/positions.js';
import { decodeText, readSources } from '../input/read.js';
import { displayText, type Source } from '../input/source.js';
import type { CheckSettings, FileJob } from './check-file.js';
import { useColor } from './color.js';
import { belowMinScores } from './min-score.js';
import { displayPath, UsageError } from './errors.js';
import { expandTarget } from './files.js';
import type { FixMode } from './fix.js';
import { readAll, write, type CliIO } from './io.js';
import { writeOutputFile } from './output-file.js';
import type { CheckOptions } from './program.js';
import { Progress, wantsProgress } from './progress.js';
import { checkFiles, ruleSummaries } from './run-files.js';
import { toolVersion } from './version.js';

const STDIN_NAME = '<stdin>';

/** What a run produced: results to format, and the inputs that could not be checked. */
interface Outcome {
  results: LintResult[];
  /** Problems with the input: one stderr line each, exit code 2. */
  inputErrors: string[];
  /** Things worth knowing that are not errors (fixes applied or refused): one stderr line each. */
  notices: string[];
  /** The rules that ran, for formats that describe them. */
  rules?: RuleSummary[];
  /** The draft read from stdin, with safe fixes applied on --fix-dry-run. */
  stdinText?: string;
}

/** Formats that describe the rules that ran, not only the ones that reported. */
const FORMATS_WITH_RULES = new Set(['sarif', 'html']);

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
  const fix = fixMode(options, fromStdin);
  // A report written to a file is coloured only when asked for.
  const color = options.outputFile === undefined ? useColor(options.color, io.env, io.stdout) : options.color === true;
  const formatter = await getFormatter(options.format, { color });
  const context = options.context === undefined ? undefined : await readContext(options.context, io);
  const outcome = await checkAll(paths, options, io, context, fix);

  for (const line of outcome.inputErrors) await write(io.stderr, `tonecheck: ${line}\n`);
  for (const line of outcome.notices) await write(io.stderr, `tonecheck: ${line}\n`);
  const checked = options.quiet ? outcome.results.map(errorsOnly) : outcome.results;
  const results = options.scorecard === false ? checked.map(withoutScorecard) : checked;
  const width = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 100;
  // An editor piping a draft through --fix-dry-run gets the draft back, fixed.
  const onlyStdin = paths.length === 0 || paths.every((p) => p === '-');
  const formatOptions: FormatOptions = {
    color,
    width,
    tool: { name: 'tonecheck', version: toolVersion() },
    ...(fix === undefined ? { fixHint: fromStdin ? 'run again with --fix-dry-run for the fixed draft' : 'run again with --fix to apply them' } : {}),
    ...(outcome.rules ? { rules: outcome.rules } : {}),
  };
  const report: Iterable<string | Uint8Array> =
    fix === 'dry-run' && onlyStdin && options.format === 'stylish' && outcome.stdinText !== undefined
      ? [outcome.stdinText]
      : (formatter.chunks?.(results, formatOptions) ?? [formatter(results, formatOptions)]);
  if (options.outputFile === undefined) for (const piece of report) await write(io.stdout, piece);
  else await writeOutputFile(options.outputFile, report, io.cwd);
  const belowMin = belowMinScores(outcome.results, options.minScore ?? []);
  for (const line of belowMin) await write(io.stderr, `tonecheck: ${line}\n`);

  if (outcome.inputErrors.length > 0) return 2;
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const limit = options.maxWarnings ?? -1;
  return errors > 0 || (limit >= 0 && warnings > limit) || belowMin.length > 0 ? 1 : 0;
}

async function checkAll(
  paths: readonly string[],
  options: CheckOptions,
  io: CliIO,
  context: string | undefined,
  fix: FixMode | undefined,
): Promise<Outcome> {
  const outcome: Outcome = { results: [], inputErrors: [], notices: [] };
  // Files to check, and input errors where they occurred, in the order of the command line.
  const entries: Array<FileJob | string> = [];
  const seen = new Set<string>();
  let stdinDone = false;
  // In the order of the command line; stdin where "-" stands, read once.
  for (const target of paths.length === 0 ? ['-'] : paths) {
    try {
      if (target !== '-') {
        const expandOptions = options.config === undefined ? {} : { configFile: options.config };
        for (const { file, display, discovered } of await expandTarget(target, io.cwd, seen, expandOptions)) {
          entries.push({ file, display, dir: dirname(file), discovered });
        }
      } else if (!stdinDone) {
        stdinDone = true;
        const name = options.stdinFilename;
        const named = name === undefined ? undefined : resolve(io.cwd, name);
        const display = named === undefined ? STDIN_NAME : displayPath(named, io.cwd);
        entries.push({ display, dir: named === undefined ? io.cwd : dirname(named), bytes: await readAll(io.stdin) });
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      entries.push(`${error.path}: ${error.message}`);
    }
  }

  const jobs = entries.filter((entry): entry is FileJob => typeof entry !== 'string');
  const settings: CheckSettings = {
    cwd: io.cwd,
    ...(options.config === undefined ? {} : { configFile: options.config }),
    ...(options.rule === undefined ? {} : { rule: options.rule }),
    ...(context === undefined ? {} : { context }),
    ...(fix === undefined ? {} : { fix }),
  };
  const progress = wantsProgress(io, options.format, options.outputFile) ? new Progress(io.stderr, jobs.length) : undefined;
  const run = await checkFiles(jobs, settings, {
    ...(options.cache ? { cache: options.cacheLocation ?? '' } : {}),
    concurrency: options.concurrency ?? 'auto',
    version: toolVersion(),
    ...(progress ? { progress } : {}),
  }).finally(() => progress?.finish());
  if (FORMATS_WITH_RULES.has(options.format)) outcome.rules = await ruleSummaries(settings, jobs.map((job) => job.dir));
  outcome.notices = run.notices;

  let next = 0;
  for (const entry of entries) {
    if (typeof entry === 'string') {
      outcome.inputErrors.push(entry);
      continue;
    }
    const reply = run.replies[next++]!;
    if ('error' in reply) {
      if (!(reply.error instanceof InputError)) throw reply.error;
      outcome.inputErrors.push(`${reply.error.path}: ${reply.error.message}`);
      continue;
    }
    const { results, fixed, problems } = reply.outcome;
    if (problems) outcome.inputErrors.push(...problems);
    if (fix === 'dry-run' && fixed) for (const result of results) result.output = fixed.text;
    outcome.results.push(...results);
    if (entry.file === undefined && entry.bytes) outcome.stdinText = fixed?.text ?? decodeText(entry.display, entry.bytes);
  }
  if (fix === 'write' && run.fixed > 0 && options.format === 'stylish') {
    outcome.notices.push(`applied ${run.fixed} safe ${run.fixed === 1 ? 'fix' : 'fixes'} in ${run.fixedFiles} ${run.fixedFiles === 1 ? 'file' : 'files'}`);
  }
  return outcome;
}

/** Checks one source with a resolved config; positions are moved into the file the source came from. */
export function checkSource(source: Source, resolved: ResolvedConfig, context: string | undefined): LintResult {
  let checked;
  try {
    checked = runRules(source.text, resolved, context === undefined ? {} : { context });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${source.path}: ${reason}`, { cause: error });
  }
  const diagnostics = toFilePositions(source, checked.diagnostics);
  return {
    path: source.path,
    ...(source.entryId === undefined ? {} : { entryId: source.entryId }),
    diagnostics,
    ...countBySeverity(diagnostics),
    source: displayText(source),
    // A subject line is checked for its wording; a scorecard is for a whole reply.
    ...(checked.scorecard && !source.fragment ? { scorecard: checked.scorecard } : {}),
    ...(checked.customer ? { customer: checked.customer } : {}),
  };
}

/** --fix writes files back, --fix-dry-run only computes the fixed text; stdin cannot be written back. */
function fixMode(options: CheckOptions, fromStdin: boolean): FixMode | undefined {
  if (options.fix && options.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (options.fix && fromStdin) {
    throw new UsageError('--fix cannot write a draft read from stdin; use --fix-dry-run to print it fixed');
  }
  return options.fix ? 'write' : options.fixDryRun ? 'dry-run' : undefined;
}

/** --no-scorecard: the report leaves the scorecard out (--min-score still reads it). */
function withoutScorecard({ scorecard: _hidden, ...result }: LintResult): LintResult {
  return result;
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
