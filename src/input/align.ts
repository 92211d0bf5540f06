
/** Where aligned pieces go: a TextBuilder, or a writer that lays out lines around them. */
export interface Sink {
  verbatim(text: string, fileStart: number): void;
  decoded(text: string, fileStart: number, fileEnd: number): void;
  synthetic(text: string, fileOffset: number): void;
}

/**
 * Reads an escape at `at` in the raw text: how many raw characters it takes
 * and what they decode to, or undefined when there is none.
 */
export type Unescape = (raw: string, at: number) => { length: number; text: string } | undefined;

const WHITE = /[ \t\n\r\f\v]/;
const isWhite = (c: string | undefined) => c !== undefined && WHITE.test(c);

/**
 * Writes a parser's decoded `value` to the builder, mapped onto the raw source
 * it was parsed from (`file[rawStart, rawEnd)`). Parsers give the value but not
 * where each character came from; this walks both side by side: equal
 * characters map one to one, escapes map to the characters they decode from,
 * runs of white space map to runs (YAML folding, Markdown line prefixes), and
 * raw characters the value does not have (quotes, indentation, `>` markers)
 * are skipped. Words always map exactly; only white space may map loosely.
 */
export function alignValue(
  builder: Sink,
  value: string,
  file: string,
  rawStart: number,
  rawEnd: number,
  unescape?: Unescape,
): void {
  let i = 0;
  let j = rawStart;
  let runStart = -1;
  let runFile = -1;
  const flush = () => {
    if (runStart === -1) return;
    builder.verbatim(value.slice(runStart, i), runFile);
    runStart = -1;
  };

  while (i < value.length) {
    if (j >= rawEnd) {
      // The value has more than the raw text shows (a final line break a parser adds).
      flush();
      builder.synthetic(value.slice(i), rawEnd);
      return;
    }
    const escape = unescape?.(file, j);
    if (escape && escape.length > 0 && value.startsWith(escape.text, i)) {
      flush();
      if (escape.text !== '') builder.decoded(escape.text, j, j + escape.length);
      i += escape.text.length;
      j += escape.length;
      continue;
    }
    const v = value[i]!;
    const r = file[j]!;
    if (v === r && !(isWhite(v) && isWhite(file[j + 1]) !== isWhite(value[i + 1]))) {
      if (runStart === -1) {
        runStart = i;
        runFile = j;
      }
      i++;
      j++;
      continue;
    }
    flush();
    if (isWhite(v) && isWhite(r)) {
      let i2 = i;
      while (i2 < value.length && isWhite(value[i2])) i2++;
      let j2 = j;
      while (j2 < rawEnd && isWhite(file[j2])) j2++;
      builder.decoded(value.slice(i, i2), j, j2);
      i = i2;
      j = j2;
    } else if (isWhite(v)) {
      // White space the parser made up (a line join with nothing between).
      builder.synthetic(v, j);
      i++;
    } else {
      // Raw syntax the value leaves out: a quote, indentation, a `>` marker.
      j++;
    }
  }
  flush();
}
