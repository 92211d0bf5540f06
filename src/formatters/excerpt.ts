/**
 * One line of a draft with a span underlined, as a terminal shows it: tabs
 * expanded, wide characters (CJK, emoji) taking two columns and combining
 * marks none, control characters made visible as spaces, and a long line cut
 * to a window around the span with "…" at the cut ends.
 */

const TAB_SIZE = 4;
const ELLIPSIS = '…';

export interface Excerpt {
  line: string;
  /** Spaces, then carets under the span. */
  marks: string;
}

interface Cell {
  text: string;
  /** First terminal column of this code point, and its width. */
  at: number;
  width: number;
  /** UTF-16 offset of the code point in the line. */
  offset: number;
}

/**
 * Code units laid out on each side of the span's start in a long line: far more than an
 * excerpt shows, and a line of 100 KB (a pasted log) costs each of its findings no more than a
 * short one would.
 */
const WINDOW = 1000;

/**
 * `start` and `end` are UTF-16 offsets into `line` (end exclusive, clamped to
 * the line); an empty span gets one caret. `width` is the widest the excerpt
 * may be, ellipses included.
 */
export function excerpt(line: string, start: number, end: number, width = 100): Excerpt {
  if (line.length <= 2 * WINDOW) return excerptOf(line, start, end, width, false, false);
  const from = codePointStart(line, Math.max(0, start - WINDOW));
  const to = codePointStart(line, Math.min(line.length, start + WINDOW));
  return excerptOf(line.slice(from, to), start - from, Math.min(end, to) - from, width, from > 0, to < line.length);
}

/** `at`, or one before it when it would split a surrogate pair. */
function codePointStart(line: string, at: number): number {
  const code = line.charCodeAt(at);
  return at > 0 && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/** The excerpt of `line`, which was cut from a longer one before or after when `cutBefore` or `cutAfter`. */
function excerptOf(line: string, start: number, end: number, width: number, cutBefore: boolean, cutAfter: boolean): Excerpt {
  const cells = layout(line);
  const total = cells.length ? cells.at(-1)!.at + cells.at(-1)!.width : 0;
  const from = columnAt(cells, start, line.length, total);
  const to = Math.max(columnAt(cells, end, line.length, total), from + 1);

  let begin = 0;
  let stop = total;
  const room = Math.max(width, 40) - 2;
  if (total > room + 2) {
    // Keep 10 to 20 columns before the span for context, then as much of the span as fits.
    const context = Math.min(20, Math.max(10, Math.floor((room - (to - from)) / 2)));
    begin = Math.max(0, Math.min(from - context, total - room));
    stop = Math.min(total, begin + room);
  }

  const kept = cells.filter((c) => c.at >= begin && c.at + c.width <= stop);
  const lead = begin > 0 || cutBefore ? ELLIPSIS : '';
  const tail = stop < total || cutAfter ? ELLIPSIS : '';
  const markFrom = from - begin + lead.length;
  const markTo = Math.min(to, Math.max(stop, from + 1)) - begin + lead.length;
  return {
    line: (lead + kept.map((c) => c.text).join('') + tail).trimEnd(),
    marks: ' '.repeat(markFrom) + '^'.repeat(Math.max(1, markTo - markFrom)),
  };
}

function layout(line: string): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  let offset = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    let text = char;
    let width: number;
    if (char === '\t') {
      width = TAB_SIZE - (at % TAB_SIZE);
      text = ' '.repeat(width);
    } else if (code < 32 || (code >= 127 && code < 160)) {
      width = 1;
      text = ' ';
    } else {
      width = charWidth(char, code);
    }
    cells.push({ text, at, width, offset });
    at += width;
    offset += char.length;
  }
  return cells;
}

/** Terminal column at which code unit `offset` starts; an offset inside a surrogate pair rounds down. */
function columnAt(cells: readonly Cell[], offset: number, length: number, total: number): number {
  if (offset >= length) return total;
  if (offset <= 0) return 0;
  let lo = 0;
  let hi = cells.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cells[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return cells[lo]!.at;
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200B-\u200F\u2060\uFE00-\uFE0F]$/u;
const WIDE = /^[\p{Extended_Pictographic}\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]$/u;

function charWidth(char: string, code: number): number {
  // Nothing before the combining marks (U+0300) is zero-width or wide: most text never needs the
  // Unicode-property RegExps, which are slow to compile.
  if (code < 0x300) return 1;
  if (ZERO_WIDTH.test(char)) return 0;
  // Pictographs below U+2300 (©, ®, ‼) are narrow unless followed by a variation selector.
  if (code >= 0x2300 && WIDE.test(char)) return 2;
  if (code >= 0x1100 && code < 0x2300 && WIDE.test(char)) return 2;
  return 1;
}
