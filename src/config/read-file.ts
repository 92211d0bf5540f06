import { createRequire } from 'node:module';
import { extname } from 'node:path';
import type * as Cosmiconfig from 'cosmiconfig';
import { describeFsError, firstLine } from '../input/errors.js';
import { PACKAGE_KEY } from './search.js';
import { ConfigError } from './types.js';

const SUPPORTED = new Set(['', '.json', '.yaml', '.yml', '.js', '.cjs', '.mjs']);

/**
 * Reads one config file with cosmiconfig's loaders (YAML for `.tonecheckrc`,
 * `.yaml` and `.yml`; JSON; JavaScript by dynamic import; the "tonecheck"
 * key of package.json). cosmiconfig is imported here, on first use, so runs
 * without a config never load it. An empty file is an empty config.
 */
export async function readConfigFile(file: string): Promise<unknown> {
  const ext = extname(file).toLowerCase();
  if (!SUPPORTED.has(ext)) {
    throw new ConfigError(`Unsupported config format "${ext}" (use JSON, YAML or JavaScript)`, file);
  }
  try {
    const result = await getExplorer().load(file);
    return result?.config ?? {};
  } catch (error) {
    throw new ConfigError(describeLoadError(error, file), file);
  }
}

let explorer: ReturnType<typeof Cosmiconfig.cosmiconfig> | undefined;

/** Forgets config files read so far, for a long-running process (the language server) when one changes. */
export function clearConfigFileCache(): void {
  explorer?.clearCaches();
}

function getExplorer(): NonNullable<typeof explorer> {
  if (!explorer) {
    // Loaded from node_modules on first use (about 20 ms), outside the command's bundle: it
    // imports ES module configs itself, with import().
    const { cosmiconfig } = createRequire(import.meta.url)('cosmiconfig') as typeof Cosmiconfig;
    explorer = cosmiconfig('tonecheck', { packageProp: PACKAGE_KEY, searchStrategy: 'none', cache: true });
  }
  return explorer;
}

function describeLoadError(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EPERM') {
    return `Cannot read config: ${describeFsError(error)}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  // cosmiconfig prefixes "YAML Error in <file>:" and the like; the file is named already.
  const lines = message
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.endsWith(`${file}:`));
  const reason = lines[0] ?? 'unknown error';
  if (error instanceof Error && error.name === 'YAMLException') return `Invalid YAML: ${reason}`;
  if (/JSON/.test(message) && /\.json$|package\.json$/i.test(file)) return `Invalid JSON: ${reason.replace(/^JSONError: /, '')}`;
  return `Cannot load config: ${firstLine(reason)}`;
}
