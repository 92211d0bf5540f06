import { isAbsolute, relative } from 'node:path';
import type { ConfigError } from '../config/types.js';

/** Bad arguments: reported as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `.tonecheckrc.yaml: rules.blame-free: invalid severity "high" (...)`, with the file relative to `cwd`. */
export function describeConfigError(error: ConfigError, cwd: string): string {
  const parts: string[] = [];
  if (error.file) parts.push(displayPath(error.file, cwd));
  if (error.key) parts.push(error.key);
  parts.push(lowerFirst(error.message));
  return parts.join(': ');
}

export function displayPath(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  return rel === '' ? file : isAbsolute(rel) ? file : rel;
}

/** "Unknown rule" → "unknown rule", but "JSON ..." stays. */
function lowerFirst(message: string): string {
  return /^[A-Z][a-z]/.test(message) ? message.charAt(0).toLowerCase() + message.slice(1) : message;
}
