/**
 * Checks a config against config.schema.json and turns the first problem
 * into one line naming the key. The schema is compiled ahead of time
 * (scripts/build-config-validator.mjs): loading and compiling ajv at start-up
 * costs about 100 ms, the generated validator under 1 ms.
 */
import { show, typeName } from './describe-value.js';
import { ConfigError } from './types.js';
import generatedValidate from './validate-config.generated.js';

interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

type Validate = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
const validate = generatedValidate as Validate;

/** Throws ConfigError naming `file` and the offending key when `value` is not a valid config. */
export function validateConfig(value: unknown, file?: string): void {
  if (validate(value)) return;
  const errors = validate.errors ?? [];
  // A failed anyOf says more than its first branch; an if/then failure adds nothing to the error inside it.
  const error = errors.find((e) => e.keyword === 'anyOf') ?? errors.find((e) => e.keyword !== 'if') ?? errors[0];
  if (!error) throw new ConfigError('Invalid configuration', file);
  const [key, message] = describe(error, value);
  throw new ConfigError(message, file, key || undefined);
}

function describe(error: SchemaError, root: unknown): [string, string] {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const value = valueAt(root, segments);
  const key = formatKey(segments);
  const last = segments.at(-1) ?? '';
  const { params } = error;

  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const where = key ? `${key}.${name}` : name;
      return [where, `unknown key "${name}"${key ? '' : ` (expected one of: ${TOP_LEVEL_KEYS.join(', ')})`}`];
    }
    case 'required':
      return [key, `missing "${String(params.missingProperty)}"`];
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const what = allowed.includes('suggestion') ? 'severity' : allowed.includes('empathy') ? 'dimension' : 'value';
      return [key, `invalid ${what} ${show(value)} (expected ${allowed.join(', ')})`];
    }
    case 'type':
      return [key, `expected ${article(String(params.type))}, got ${typeName(value)}`];
    case 'anyOf':
      return [key, ANY_OF[last] ?? (/^\d+$/.test(last) && segments[0] === 'plugins' ? ANY_OF.plugin! : 'invalid value')];
    case 'pattern':
      return last === 'id'
        ? [key, `invalid rule id ${show(value)} (use lower-case letters, digits and dashes, e.g. "team/no-jargon")`]
        : [key, 'must not be empty'];
    case 'minItems':
      return [key, `expected at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`];
    case 'maxItems':
      return [key, `expected at most ${String(params.limit)} items`];
    default:
      return [key, error.message ?? 'invalid value'];
  }
}

const TOP_LEVEL_KEYS = ['extends', 'rules', 'plugins', 'phrases', 'ignorePatterns', 'collections'];

const ANY_OF: Record<string, string> = {
  extends: 'expected a preset name or a list of preset names',
  avoid: 'expected a phrase or a list of phrases, none empty',
  plugin: 'expected a path, a package name or a rule module',
  glob: 'expected a glob pattern or a list of them, none empty',
};

/** `rules.blame-free`, `phrases[0].entries[2].avoid`. */
export function formatKey(segments: readonly string[]): string {
  return segments.reduce((key, s) => (/^\d+$/.test(s) ? `${key}[${s}]` : key ? `${key}.${s}` : s), '');
}

function valueAt(root: unknown, segments: readonly string[]): unknown {
  let value = root;
  for (const s of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[s];
  }
  return value;
}

function article(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'object') return 'an object';
  return `a ${type}`;
}
