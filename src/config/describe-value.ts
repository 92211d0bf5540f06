/** How a value from a config is named in an error message. */

/** The value as it would be written in JSON: `"8"`, `3`, `[1,2]`. */
export function show(value: unknown): string {
  if (typeof value === 'number') return String(value); // NaN and Infinity, which JSON writes as null
  return typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
}

/** "a list", "an object", `number 3`, `string "8"`: what a value is. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${show(value)}`;
}
