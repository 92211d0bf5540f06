/**
 * Whether to colour the output: an explicit --color or --no-color wins, then
 * FORCE_COLOR (force-color.org; "0" or "false" turn colour off), then
 * NO_COLOR (no-color.org: set and not empty turns colour off), then a
 * terminal that can show it.
 */
export function useColor(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  stream: { isTTY?: boolean },
): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
