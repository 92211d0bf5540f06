import type { ChalkInstance } from 'chalk';

/** The few styles the human-readable formats use. */
export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const same = (text: string) => text;
const PLAIN: Palette = { red: same, yellow: same, cyan: same, green: same, dim: same, bold: same, underline: same };

let chalkModule: typeof import('chalk') | undefined;

/**
 * Loads chalk for formats that colour their output. It costs about 15 ms of
 * start-up (terminal detection), so runs without colour never load it.
 */
export async function loadColors(): Promise<void> {
  chalkModule ??= await import('chalk');
}

/** Styles that colour when `color` is on and chalk is loaded, and leave text as is otherwise. */
export function palette(color: boolean): Palette {
  if (!color || !chalkModule) return PLAIN;
  const c: ChalkInstance = new chalkModule.Chalk({ level: 1 });
  return { red: c.red, yellow: c.yellow, cyan: c.cyan, green: c.green, dim: c.dim, bold: c.bold, underline: c.underline };
}
