import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { ConfigLoader, type LoadedConfig } from '../config/load.js';
import { looksLikeCollection } from '../input/collections/sniff.js';
import { describeFsError, InputError } from '../input/errors.js';
import { draftExtensions, isCollectionPath } from '../input/readers.js';
import { displayPath } from './errors.js';

export interface TargetFile {
  /** Absolute path, for reading and config lookup. */
  file: string;
  /** How the file is named in output: relative to the working folder. */
  display: string;
  /** Found by a folder scan or a pattern rather than named: a JSON/YAML/CSV file that is not an export is skipped, not an error. */
  discovered: boolean;
}

export interface ExpandOptions {
  /** The config in use for every folder (--config), or false for none (--no-config); default: searched per folder. */
  configFile?: string | false;
}

/** Folders never searched: dependencies and version-control data. Hidden files and folders are skipped too. */
const SKIPPED = ['**/node_modules/**', '**/.git/**', '**/.hg/**', '**/.svn/**', '**/.jj/**', '**/bower_components/**'];
/** JSON and YAML files that are never drafts, whatever they hold. */
const NEVER = /^(?:package(?:-lock)?\.json|npm-shrinkwrap\.json|[jt]sconfig(?:\..*)?\.json|composer\.json|.*\.schema\.json|pnpm-lock\.yaml|pnpm-workspace\.yaml|\.?tonecheckrc.*|tonecheck\.config\..*)$/i;
/** A pattern that itself asks for data files: their matches are read as exports, errors and all. */
const DATA_PATTERN = /\.(?:json|ya?ml|csv)\}?$|\{[^}]*\b(?:json|ya?ml|csv)\b[^}]*\}$/i;
const IGNORE_FILE = '.tonecheckignore';

/**
 * Turns one command-line path into the files to check: a file as is
 * (whatever its extension, never ignored), a folder as the drafts in it
 * (recursively), and a glob pattern, for shells that do not expand them, as
 * its matches. Folders and patterns skip what `.tonecheckignore` (in the
 * working folder) and the config's `ignorePatterns` (relative to the config
 * file) exclude, and JSON/YAML/CSV files that do not look like exports.
 * Results are sorted by path; files already in `seen` are left out. Throws
 * InputError when the path gives nothing to check.
 */
export async function expandTarget(
  target: string,
  cwd: string,
  seen = new Set<string>(),
  options: ExpandOptions = {},
): Promise<TargetFile[]> {
  const filter = new FileFilter(cwd, options.configFile);
  const files: TargetFile[] = [];
  for (const { file, discovered } of await filesOf(target, resolve(cwd, target), cwd, filter)) {
    if (seen.has(file)) continue;
    seen.add(file);
    files.push({ file, display: displayPath(file, cwd), discovered });
  }
  return files;
}

async function filesOf(target: string, absolute: string, cwd: string, filter: FileFilter): Promise<Array<{ file: string; discovered: boolean }>> {
  let stats;
  try {
    // Synchronous: one call per target, and node:fs/promises would load a dozen more built-in modules at every start.
    stats = statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const tinyglobby = code === 'ENOENT' ? await import('tinyglobby') : undefined;
    if (!tinyglobby?.isDynamicPattern(target)) throw new InputError(target, describeFsError(error));
    const matches = await tinyglobby.glob(target, { cwd, ignore: SKIPPED, onlyFiles: true, expandDirectories: false });
    const asked = DATA_PATTERN.test(target);
    const kept = await filter.keep(sorted(matches).map((m) => resolve(cwd, m)), !asked);
    if (kept.length === 0) throw new InputError(target, matches.length === 0 ? 'no files match this pattern' : 'every file it matches is ignored or not a draft');
    return kept.map((file) => ({ file, discovered: !asked }));
  }
  if (!stats.isDirectory()) return [{ file: absolute, discovered: false }];
  const { glob } = await import('tinyglobby');
  const extensions = new Set(draftExtensions());
  const all = await glob('**/*', { cwd: absolute, ignore: SKIPPED, onlyFiles: true, followSymbolicLinks: false });
  const candidates = sorted(all.filter((f) => extensions.has(extname(f).toLowerCase()))).map((f) => resolve(absolute, f));
  const found = await filter.keep(candidates, true);
  if (found.length === 0) throw new InputError(target, `no drafts to check (looked for ${draftExtensions().join(' ')})`);
  return found.map((file) => ({ file, discovered: true }));
}

/** The ignore files and patterns in force, and the test that keeps data files to those that look like exports. */
class FileFilter {
  private readonly loader: ConfigLoader | undefined;
  private readonly byConfig = new Map<LoadedConfig, Promise<Ignore | undefined>>();
  private local: Promise<Ignore | undefined> | undefined;

  constructor(
    private readonly cwd: string,
    configFile: string | false | undefined,
  ) {
    this.loader = configFile === false ? undefined : new ConfigLoader({ cwd, ...(configFile === undefined ? {} : { configFile }) });
  }

  /** The files that are neither ignored nor, when `sniff`, data files that look like no export. */
  async keep(files: readonly string[], sniff: boolean): Promise<string[]> {
    const kept: string[] = [];
    for (const file of files) {
      if (isCollectionPath(file) && NEVER.test(basename(file))) continue;
      if (await this.ignored(file)) continue;
      if (sniff && isCollectionPath(file) && !(await this.collection(file))) continue;
      kept.push(file);
    }
    return kept;
  }

  private async ignored(file: string): Promise<boolean> {
    this.local ??= readIgnoreFile(resolve(this.cwd, IGNORE_FILE));
    if (matches(await this.local, this.cwd, file)) return true;
    if (!this.loader) return false;
    const loaded = await this.loader.forDirectory(dirname(file));
    const patterns = loaded.config.ignorePatterns;
    if (!patterns?.length || !loaded.filepath) return false;
    let ig = this.byConfig.get(loaded);
    if (!ig) {
      ig = makeIgnore(patterns);
      this.byConfig.set(loaded, ig);
    }
    return matches(await ig, dirname(loaded.filepath), file);
  }

  /** A data file joins a folder scan when a `collections` glob names it or it looks like an export. */
  private async collection(file: string): Promise<boolean> {
    if (this.loader) {
      const { collectionsFor } = await import('./collections.js');
      if (collectionsFor(await this.loader.forDirectory(dirname(file)), file).length > 0) return true;
    }
    const head = readHead(file);
    // An unreadable file is kept, so that reading it reports the problem.
    return head === undefined || looksLikeCollection(file, head);
  }
}

async function readIgnoreFile(path: string): Promise<Ignore | undefined> {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return makeIgnore([text]);
}

async function makeIgnore(patterns: readonly string[]): Promise<Ignore> {
  const { default: ignore } = await import('ignore');
  return ignore().add([...patterns]);
}

/** Whether `file` is ignored by patterns written relative to `base`; files outside `base` never are. */
function matches(ig: Ignore | undefined, base: string, file: string): boolean {
  if (!ig) return false;
  const rel = relative(base, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  return ig.ignores(sep === '/' ? rel : rel.split(sep).join('/'));
}

/** The first 64 KB, enough to tell an export from other JSON. */
function readHead(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(65536);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Code-unit order, the same on every machine and locale. */
function sorted(paths: string[]): string[] {
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
