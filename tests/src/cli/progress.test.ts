import { describe, expect, it } from 'vitest';
import { Progress, wantsProgress } from '../../../src/cli/progress.js';

function terminal(isTTY = true) {
  const writes: string[] = [];
  return { stream: { isTTY, columns: 80, write: (text: string) => writes.push(text) > 0 } as never, writes };
}

describe('wantsProgress', () => {
  const tty = terminal().stream;
  it('shows on a terminal for the human format or a report written to a file', () => {
    expect(wantsProgress({ stderr: tty, env: {} }, 'stylish', undefined)).toBe(true);
    expect(wantsProgress({ stderr: tty, env: {} }, 'sarif', 'tone.sarif')).toBe(true);
  });

  it('never shows in CI logs, off a terminal, or with a machine format on stdout', () => {
    expect(wantsProgress({ stderr: tty, env: { CI: 'true' } }, 'stylish', undefined)).toBe(false);
    expect(wantsProgress({ stderr: tty, env: { CI: 'false' } }, 'stylish', undefined)).toBe(true);
    expect(wantsProgress({ stderr: terminal(false).stream, env: {} }, 'stylish', undefined)).toBe(false);
    expect(wantsProgress({ stderr: tty, env: {} }, 'json', undefined)).toBe(false);
    expect(wantsProgress({ stderr: tty, env: { TERM: 'dumb' } }, 'stylish', undefined)).toBe(false);
  });
});

describe('Progress', () => {
  it('stays silent for a short run', () => {
    const { stream, writes } = terminal();
    let now = 0;
    const bar = new Progress(stream, 10, () => now);
    for (let i = 0; i < 10; i++) {
      now += 50;
      bar.tick();
    }
    bar.finish();
    expect(writes).toEqual([]);
  });

  it('draws a bar once the run takes a while, at most every 100 ms, and erases it at the end', () => {
    const { stream, writes } = terminal();
    let now = 0;
    const bar = new Progress(stream, 400, () => now);
    for (let i = 0; i < 400; i++) {
      now += 10;
      bar.tick();
    }
    expect(writes.length).toBeGreaterThan(20);
    expect(writes.length).toBeLessThan(40);
    expect(writes.at(-1)).toMatch(/^\r\u001b\[2Kchecking █+░* \d+\/400 drafts$/);
    bar.finish();
    expect(writes.at(-1)).toBe('\r\u001b[2K');
  });
});
