import type { Position } from '../types.js';

/** Maps offsets to 1-based line:column (UTF-16 columns) and back. Handles LF, CRLF and CR. */
export class LineIndex {
  /** Offset at which each line starts. */
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get count(): number {
    return this.starts.length;
  }

  /** 0-based index of the line holding `offset`. */
  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line: line + 1, column: clamped - this.starts[line]! + 1 };
  }

  offsetAt(position: Position): number {
    const start = this.starts[position.line - 1];
    if (start === undefined) return this.text.length;
    return Math.min(start + position.column - 1, this.lineEnd(position.line - 1));
  }

  /** Offset where line `index` (0-based) ends, before its line break. */
  lineEnd(index: number): number {
    const next = this.starts[index + 1];
    if (next === undefined) return this.text.length;
    let end = next;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The text of line `index` (0-based), without its line break. */
  lineText(index: number): string {
    return this.text.slice(this.starts[index] ?? this.text.length, this.lineEnd(index));
  }
}

let last: LineIndex | undefined;

/**
 * The line index of a text, the last one kept: the entries of an export share
 * the file's whole text, and each would otherwise index it again.
 */
export function lineIndexFor(text: string): LineIndex {
  if (last?.text !== text) last = new LineIndex(text);
  return last;
}
