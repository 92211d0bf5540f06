import { describe, expect, it } from 'vitest';
import { useColor } from '../../../src/cli/color.js';

describe('useColor', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it('follows the terminal by default', () => {
    expect(useColor(undefined, {}, tty)).toBe(true);
    expect(useColor(undefined, {}, pipe)).toBe(false);
    expect(useColor(undefined, { TERM: 'dumb' }, tty)).toBe(false);
  });

  it('lets --color and --no-color win over everything', () => {
    expect(useColor(true, { NO_COLOR: '1' }, pipe)).toBe(true);
    expect(useColor(false, { FORCE_COLOR: '1' }, tty)).toBe(false);
  });

  it('honours FORCE_COLOR before NO_COLOR, and ignores them when empty', () => {
    expect(useColor(undefined, { FORCE_COLOR: '1' }, pipe)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: '0' }, tty)).toBe(false);
    expect(useColor(undefined, { FORCE_COLOR: 'false' }, tty)).toBe(false);
    expect(useColor(undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, pipe)).toBe(true);
    expect(useColor(undefined, { NO_COLOR: '1' }, tty)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: '' }, tty)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: '' }, pipe)).toBe(false);
  });
});
