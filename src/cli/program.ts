import * as Commander from 'commander';
import { describeFormatter, formatterNames } from '../formatters/index.js';
import { parseConcurrency, type Concurrency } from './pool.js';
import type { SeveritySetting } from '../types.js';
import { parseMinScore, type MinScore } from './min-score.js';

export interface CheckOptions {
  format: string;
  quiet?: boolean;
  maxWarnings?: number;
  /** A path, or `false` for --no-config. */
  config?: string | false;
  rule?: Record<string, SeveritySetting>;
  color?: boolean;
  context?: string;
  stdinFilename?: string;
  /** --min-score: thresholds on the overall score or a dimension's. */
  minScore?: MinScore[];
  /** False with --no-scorecard. */
  scorecard?: boolean;
  /** --fix: write safe fixes back to the files. */
  fix?: boolean;
  /** --fix-dry-run: compute the fixed text without writing it. */
  fixDryRun?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: Concurrency;
  outputFile?: string;
}

export interface RulesOptions {
  format: string;
  config?: string | false;
}

export type Invocation =
  | { command: 'check'; paths: string[]; options: CheckOptions }
  | { command: 'rules'; options: RulesOptions }
  | { command: 'lsp' };

const { Command, InvalidArgumentError, Option } = Commander;
export const { CommanderError } = Commander;

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'suggestion', 'off'];

const EXAMPLES = `
Examples:
  $ tonecheck reply.txt                      check one draft
  $ tonecheck replies/                       check every draft in a folder
  $ pbpaste | tonecheck                      check a draft from stdin
  $ tonecheck reply.txt --context ticket.txt weigh a reply against the customer's message
  $ tonecheck replies/ --max-warnings 0      fail on any warning (CI)
  $ tonecheck replies/ --min-score 70 --min-score empathy=60
  $ tonecheck replies/ --format json > tone.json
  $ tonecheck --rule blame-free:error reply.txt
  $ tonecheck rules                          list the rules and their settings
  $ tonecheck replies/ --fix                 apply the safe fixes
  $ pbpaste | tonecheck --fix-dry-run        print the draft with the safe fixes applied
  $ tonecheck replies/ --cache --format sarif -o tone.sarif
  $ tonecheck lsp                            language server for editors

Config is read from .tonecheckrc (JSON or YAML), .tonecheckrc.{json,yaml,yml,js,cjs,mjs},
tonecheck.config.{js,cjs,mjs} or the "tonecheck" key of package.json, looked for from each
draft's folder up to the project root (the nearest folder with .git or package.json).

Exit codes: 0 no errors and warnings within --max-warnings; 1 errors, or more warnings than
--max-warnings; 2 bad usage, config or input.`;

/** Builds the command line; the chosen command and its options are handed to `onInvoke`. */
export function buildProgram(version: string, onInvoke: (invocation: Invocation) => void): Commander.Command {
  const program = new Command('tonecheck')
    .description(
      'Checks the tone of customer-support replies: where a draft will hurt the conversation, why, and what to write instead.',
    )
    .argument('[paths...]', 'drafts, folders or glob patterns to check; "-" or none reads stdin')
    .addOption(formatOption())
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit with 1 when there are more than n warnings', parseCount)
    .option('-c, --config <path>', 'use this config file instead of searching for one')
    .option('--no-config', 'ignore config files; use the defaults')
    .option('--rule <id:severity>', 'set a rule\'s severity (error, warning, suggestion, off); repeatable', collectRule)
    .option('--color', 'force colours')
    .option('--no-color', 'never use colours (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--context <file>', 'the customer\'s message the draft answers ("-" for stdin)')
    .option('--stdin-filename <name>', 'name for the draft read from stdin, in output and for finding its config')
    .option('--min-score <[dimension=]n>', 'exit with 1 when a draft scores below n overall (or on a dimension); repeatable', collectMinScore)
    .option('--no-scorecard', 'leave the tone scorecard out of the report')
    .option('--fix', 'apply the safe fixes to the files (suggestions are never applied)')
    .option('--fix-dry-run', 'work out the safe fixes without writing them; with stdin, print the fixed draft')
    .option('-o, --output-file <path>', 'write the report to a file instead of stdout')
    .option('--cache', 'keep results between runs and check only the drafts that changed')
    .option('--cache-location <path>', 'the cache file, or a folder for it (default: .tonecheckcache)')
    .option('--concurrency <n|auto|off>', 'worker threads for big runs (default: auto, one per core)', concurrencyValue)
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', () => formatsHelp() + EXAMPLES)
    .showSuggestionAfterError(true)
    // Options after "rules" belong to it: `tonecheck rules --config x` reads x.
    .enablePositionalOptions()
    .action((paths: string[], options: CheckOptions) => onInvoke({ command: 'check', paths, options }));

  program
    .command('rules')
    .description('list every rule: built-in, from plugins and from phrase lists, with its settings')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('-c, --config <path>', 'use this config file instead of searching for one')
    .option('--no-config', 'ignore config files; use the defaults')
    .helpOption('-h, --help', 'show this help')
    .action((options: RulesOptions) => onInvoke({ command: 'rules', options }));

  program
    .command('lsp')
    .description('run the language server on stdin and stdout, for editors')
    .option('--stdio', 'talk over stdin and stdout (the default; accepted for editors that pass it)')
    .helpOption('-h, --help', 'show this help')
    .action(() => onInvoke({ command: 'lsp' }));

  return program;
}

function formatOption(): Commander.Option {
  return new Option('-f, --format <name>', 'output format').choices(formatterNames).default('stylish');
}

/** One line per output format, for the help. */
function formatsHelp(): string {
  const width = Math.max(...formatterNames.map((name) => name.length));
  return `\nFormats:\n${formatterNames.map((name) => `  ${name.padEnd(width)}  ${describeFormatter(name)}`).join('\n')}\n`;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || n < -1) {
    throw new InvalidArgumentError('expected a whole number of warnings (or -1 for no limit)');
  }
  return n;
}

function concurrencyValue(value: string): Concurrency {
  const parsed = parseConcurrency(value);
  if (parsed === undefined) throw new InvalidArgumentError('expected a number of workers, auto or off');
  return parsed;
}

function collectMinScore(value: string, previous: MinScore[] = []): MinScore[] {
  try {
    return [...previous, parseMinScore(value)];
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function collectRule(value: string, previous: Record<string, SeveritySetting> = {}): Record<string, SeveritySetting> {
  const at = value.lastIndexOf(':');
  const id = value.slice(0, at).trim();
  const severity = value.slice(at + 1).trim() as SeveritySetting;
  if (at <= 0 || !id) throw new InvalidArgumentError('expected id:severity, e.g. blame-free:error');
  if (!SEVERITIES.includes(severity)) {
    throw new InvalidArgumentError(`invalid severity "${severity}" (expected ${SEVERITIES.join(', ')})`);
  }
  return { ...previous, [id]: severity };
}
