import { ConfigError } from '../config/types.js';
import { firstLine, InputError } from '../input/errors.js';
import { describeConfigError, UsageError } from './errors.js';
import { write, type CliIO } from './io.js';
import { buildProgram, CommanderError, type Invocation } from './program.js';
import { toolVersion } from './version.js';

export type { CliIO } from './io.js';

/**
 * The tonecheck command. Returns the exit code and never exits the process:
 * 0 nothing at or above the failing level, 1 errors or too many warnings,
 * 2 bad usage, config or input. Every user error is one line on stderr.
 */
export async function main(io: CliIO): Promise<number> {
  const fail = async (line: string) => {
    await write(io.stderr, `tonecheck: ${line}\n`);
    return 2;
  };
  // A reader that goes away early (`tonecheck dir | head`) is not a crash.
  io.stdout.on?.('error', () => undefined);

  let invocation: Invocation | undefined;
  const program = buildProgram(toolVersion(), (chosen) => {
    invocation = chosen;
  });
  const commands = [program, ...program.commands];
  for (const command of commands) {
    command.exitOverride().configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, writeErr) => writeErr(`tonecheck: ${usageLine(text)}\n`),
    });
  }

  try {
    await program.parseAsync([...io.argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    throw error;
  }
  if (!invocation) return 0;

  try {
    // Loaded here so --help and --version do not load the engine and the rules.
    if (invocation.command === 'rules') {
      const { runRules } = await import('./rules-command.js');
      return await runRules(invocation.options, io);
    }
    if (invocation.command === 'lsp') {
      const { runLanguageServer } = await import('../lsp/server.js');
      return await runLanguageServer(io);
    }
    const { runCheck } = await import('./check.js');
    return await runCheck(invocation.paths, invocation.options, io);
  } catch (error) {
    if (error instanceof ConfigError) return fail(describeConfigError(error, io.cwd));
    if (error instanceof UsageError) return fail(error.message);
    if (error instanceof InputError) return fail(`${error.path}: ${error.message}`);
    if (io.env.TONECHECK_DEBUG && error instanceof Error) await write(io.stderr, `${error.stack}\n`);
    const reason = firstLine(error instanceof Error ? error.message : String(error));
    return fail(`internal error: ${reason} (please report this with the command you ran)`);
  }
}

/** Commander's "error: unknown option '--x'\n(Did you mean --y?)" as one line, with a pointer to help. */
function usageLine(text: string): string {
  const line = text
    .replace(/^error:\s*/i, '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ')
    .replace('(Did you mean', '(did you mean');
  return `${line} (see tonecheck --help)`;
}
