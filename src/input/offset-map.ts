/**
 * Where each stretch of an extracted text came from in its file. Readers build
 * the text piece by piece with a TextBuilder: a piece copied from the file as
 * it is (verbatim), a piece decoded from an escape or entity (`&amp;`, `\n`,
 * a run of white space collapsed to one space), or a piece the reader added
 * (a line break between HTML blocks, `> ` before a quoted line).
 */

/** `[start, end)` in the text came from `[fileStart, fileEnd)` in the file. */
export interface Segment {
  start: number;
  end: number;
  fileStart: number;
  fileEnd: number;
  /** The text here is the file's own characters, one for one. */
  verbatim: boolean;
}

/** Which way an offset on the edge of a decoded or added piece should lean. */
export type Bias = 'start' | 'end';

export class OffsetMap {
  /** Ordered, contiguous in the text, never decreasing in the file. */
  readonly segments: readonly Segment[];

  constructor(segments: readonly Segment[], readonly length: number) {
    this.segments = segments;
  }

  /**
   * The file offset of a text offset. A span's start leans to the start of
   * the piece it falls in, its end to the end, so a span never reaches into
   * markup on either side and always covers whole escapes.
   */
  toFile(offset: number, bias: Bias = 'start'): number {
    const segments = this.segments;
    if (segments.length === 0) return 0;
    if (offset <= 0) return segments[0]!.fileStart;
    if (offset >= this.length) return segments.at(-1)!.fileEnd;
    const s = segments[this.find(offset, bias)]!;
    if (s.verbatim) return s.fileStart + (offset - s.start);
    if (offset === s.start) return s.fileStart;
    if (offset === s.end) return s.fileEnd;
    return bias === 'start' ? s.fileStart : s.fileEnd;
  }

  /** The text offset of a file offset, or undefined where the file holds markup the text left out. */
  toText(fileOffset: number): number | undefined {
    const segments = this.segments;
    // The last segment starting at or before the offset; pieces added by the reader share file offsets, so look back.
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.fileStart <= fileOffset) lo = mid;
      else hi = mid - 1;
    }
    let startsHere: number | undefined;
    for (let i = lo; i >= 0; i--) {
      const s = segments[i]!;
      if (s.fileEnd < fileOffset) break;
      if (s.verbatim && s.fileStart <= fileOffset && fileOffset <= s.fileEnd) return s.start + (fileOffset - s.fileStart);
      if (s.fileStart === fileOffset) startsHere = s.start;
    }
    return startsHere;
  }

  /** Index of the segment holding `offset`; on a boundary, the one after for a start, before for an end. */
  private find(offset: number, bias: Bias): number {
    const segments = this.segments;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid]!;
      const inside = bias === 'start' ? offset < s.end : offset <= s.end;
      if (inside) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /**
   * This map followed by `outer`: for a text extracted from a string that was
   * itself decoded from the file (an HTML body inside a JSON field).
   */
  then(outer: OffsetMap): OffsetMap {
    const out: Segment[] = [];
    for (const s of this.segments) {
      if (!s.verbatim) {
        out.push({ ...s, fileStart: outer.toFile(s.fileStart, 'start'), fileEnd: outer.toFile(s.fileEnd, 'end'), verbatim: false });
        continue;
      }
      // A verbatim piece of the middle text may span several pieces of the outer map.
      let at = s.start;
      for (const o of outer.segments) {
        if (o.end <= s.fileStart || o.start >= s.fileEnd) continue;
        const from = Math.max(o.start, s.fileStart);
        const to = Math.min(o.end, s.fileEnd);
        const length = to - from;
        if (o.verbatim) {
          pushSegment(out, { start: at, end: at + length, fileStart: o.fileStart + (from - o.start), fileEnd: o.fileStart + (to - o.start), verbatim: true });
        } else {
          pushSegment(out, { start: at, end: at + length, fileStart: outer.toFile(from, 'start'), fileEnd: outer.toFile(to, 'end'), verbatim: false });
        }
        at += length;
      }
    }
    return new OffsetMap(out, this.length);
  }
}

/** Appends a segment, merging it into the last one when both are verbatim and adjoin in text and file. */
function pushSegment(segments: Segment[], next: Segment): void {
  if (next.end <= next.start) return;
  const last = segments.at(-1);
  if (last && last.verbatim && next.verbatim && last.end === next.start && last.fileEnd === next.fileStart) {
    last.end = next.end;
    last.fileEnd = next.fileEnd;
    return;
  }
  segments.push({ ...next });
}

/** Builds a text and its map at once. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private size = 0;

  get length(): number {
    return this.size;
  }

  /** Characters copied from the file at `fileStart`. */
  verbatim(text: string, fileStart: number): void {
    this.add(text, fileStart, fileStart + text.length, true);
  }

  /** Characters decoded from `[fileStart, fileEnd)` of the file (an entity, an escape, collapsed white space). */
  decoded(text: string, fileStart: number, fileEnd: number): void {
    this.add(text, fileStart, fileEnd, false);
  }

  /** Characters the reader adds that stand for nothing in the file (a line break between blocks). */
  synthetic(text: string, fileOffset: number): void {
    this.add(text, fileOffset, fileOffset, false);
  }

  /** The last character written, or '' at the start. */
  lastChar(): string {
    const last = this.parts.at(-1);
    return last ? last.charAt(last.length - 1) : '';
  }

  /** The text written since the last line break. */
  currentLine(): string {
    let line = '';
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const part = this.parts[i]!;
      const nl = part.lastIndexOf('\n');
      if (nl !== -1) return part.slice(nl + 1) + line;
      line = part + line;
    }
    return line;
  }

  build(): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: new OffsetMap(this.segments, this.size) };
  }

  private add(text: string, fileStart: number, fileEnd: number, verbatim: boolean): void {
    if (text === '') return;
    pushSegment(this.segments, { start: this.size, end: this.size + text.length, fileStart, fileEnd, verbatim });
    this.parts.push(text);
    this.size += text.length;
  }
}

/** A map for a text that is one verbatim stretch of the file starting at `fileStart`. */
export function shiftMap(length: number, fileStart: number): OffsetMap {
  return new OffsetMap(length > 0 ? [{ start: 0, end: length, fileStart, fileEnd: fileStart + length, verbatim: true }] : [], length);
}
