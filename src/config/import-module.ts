/**
 * `import()` through a function its host may replace. The command's bundle
 * runs as a script compiled from V8's code cache (src/cli/boot.ts), where
 * Node 20 cannot serve `import()`; its loader, an ES module, hands in its own.
 */
type Importer = (specifier: string) => Promise<unknown>;

let importer: Importer = (specifier) => import(specifier);

/** Loads an ES module (a team's rules, an ESM-only package) by URL or package name. */
export function importModule(specifier: string): Promise<unknown> {
  return importer(specifier);
}

export function setImporter(replacement: Importer): void {
  importer = replacement;
}
