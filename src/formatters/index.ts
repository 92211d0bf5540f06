import { loadColors } from './palette.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatOptions, LintResult } from './types.js';

interface FormatterEntry {
  description: string;
  /** The format can colour its output (and needs chalk loaded to do so). */
  colors?: boolean;
  load(): Promise<Formatter>;
}

/**
 * Output formats by name. Each lives in its own module, loaded only when
 * chosen; adding one (sarif, github, junit, ...) is one file and one line here.
 */
const FORMATTERS: Record<string, FormatterEntry> = {
  stylish: {
    description: 'annotated findings with the flagged text, suggestions and why (default)',
    colors: true,
    load: async () => (await import('./stylish.js')).stylish,
  },
  json: {
    description: 'every finding as JSON, for scripts (docs/json-output.md)',
    load: async () => (await import('./json.js')).json,
  },
};

export const formatterNames: readonly string[] = Object.keys(FORMATTERS);

export function describeFormatter(name: string): string | undefined {
  return FORMATTERS[name]?.description;
}

/**
 * The formatter called `name`; throws for an unknown name. Pass
 * `{ color: false }` when the output will not be coloured, to skip loading
 * the colour library; the formatter then prints plain text whatever it is told.
 */
export async function getFormatter(name: string, options: { color?: boolean } = {}): Promise<Formatter> {
  const entry = Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
  if (!entry) throw new Error(`Unknown format "${name}" (expected one of: ${formatterNames.join(', ')})`);
  if (entry.colors && options.color !== false) await loadColors();
  return entry.load();
}
