/**
 * A one-line progress bar on stderr for long runs over many drafts. It shows
 * only on a terminal, only once a run has taken a while, never in CI logs
 * (`CI` set), and never when stdout carries a machine format that a person
 * is not reading; it erases itself before the report is written.
 */

/** A run shorter than this never shows a bar. */
const DELAY_MS = 1000;
/** Redraw at most this often. */
const FRAME_MS = 100;
const BAR_WIDTH = 24;

export interface ProgressTarget {
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: Readonly<Record<string, string | undefined>>;
}

/** Human formats on stdout, or any format written to --output-file, leave stderr free for a bar. */
export function wantsProgress(target: ProgressTarget, format: string, outputFile: string | undefined): boolean {
  if (target.stderr.isTTY !== true) return false;
  const ci = target.env.CI;
  if (ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false') return false;
  if (target.env.TERM === 'dumb') return false;
  return outputFile !== undefined || format === 'stylish';
}

export class Progress {
  private done = 0;
  private drawn = false;
  private lastDraw = 0;
  private readonly started: number;

  constructor(
    private readonly stream: NodeJS.WritableStream & { columns?: number },
    private readonly total: number,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** `count` more drafts are done. */
  tick(count = 1): void {
    this.done += count;
    const t = this.now();
    if (t - this.started < DELAY_MS || t - this.lastDraw < FRAME_MS) return;
    this.lastDraw = t;
    this.drawn = true;
    this.stream.write(`\r\u001b[2K${this.line()}`);
  }

  /** Erases the bar, if it was shown, so the report starts on a clean line. */
  finish(): void {
    if (this.drawn) this.stream.write('\r\u001b[2K');
    this.drawn = false;
  }

  private line(): string {
    const share = this.total === 0 ? 1 : Math.min(1, this.done / this.total);
    const filled = Math.round(share * BAR_WIDTH);
    const text = `checking ${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} ${this.done}/${this.total} drafts`;
    const columns = this.stream.columns ?? 80;
    return text.length < columns ? text : text.slice(0, Math.max(0, columns - 1));
  }
}
