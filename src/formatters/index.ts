import { loadColors } from './palette.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatOptions, LintResult, RuleSummary } from './types.js';

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
  compact: {
    description: 'one line per finding: file:line:col: severity message [rule]',
    load: async () => (await import('./compact.js')).compact,
  },
  sarif: {
    description: 'SARIF 2.1.0, for GitHub code scanning and other dashboards',
    load: async () => (await import('./sarif.js')).sarif,
  },
  github: {
    description: 'GitHub Actions annotations on the changed lines',
    load: async () => (await import('./github.js')).github,
  },
  junit: {
    description: 'JUnit XML test report, one test suite per draft',
    load: async () => (await import('./junit.js')).junit,
  },
  checkstyle: {
    description: 'Checkstyle XML, for Jenkins, reviewdog and other CI tools',
    load: async () => (await import('./checkstyle.js')).checkstyle,
  },
  html: {
    description: 'a self-contained HTML report with highlights and charts (use with --output-file)',
    load: async () => (await import('./html.js')).html,
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
