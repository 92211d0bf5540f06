import type { Span } from '../types.js';

/**
 * A Source is one text to check: a whole file, or one entry of a file that
 * holds several (a helpdesk export, a JSON collection of canned replies).
 *
 * Writing back. A fix found in `text` goes back into the file like this
 * (`toFileEdit` in edits.ts does it):
 * - no `origin`: the text is the file; offsets are file offsets.
 * - `origin.toFileOffset(start, 'start')` and `(end, 'end')` give the file
 *   span; the edit is safe when `fileText.slice(span)` equals the flagged text
 *   (so no markup, entity or escape lies inside it) and `origin.encode` can
 *   write the replacement the way the file stores it (HTML entities, JSON or
 *   YAML escapes, CSV quotes, a Markdown backslash). `toSourceOffset` is the
 *   inverse, for editors that map a cursor in the file into the text.
 * - no `origin.encode`: the positions count in a decoded form of the file
 *   (an e-mail body stored as quoted-printable or base64), so nothing can be
 *   written back.
 * - collections: `origin.range` is where the entry's body field sits in the
 *   file (its value, quotes included), so a writer can rewrite that field alone.
 */
export interface Source {
  /** The path as shown to the user: relative to the working folder, or the stdin name. */
  path: string;
  /** The text the rules read. */
  text: string;
  /** Which entry of a collection file this is (its id, else its title, else its position from 1); absent for a whole file. */
  entryId?: string;
  /** The entry's title, when it has one. */
  entryTitle?: string;
  /**
   * A piece of a message rather than a whole reply (an e-mail's subject):
   * checked for its wording, but measures of a whole reply (the scorecard) do not apply.
   */
  fragment?: boolean;
  /**
   * Set when `text` was extracted from a larger file (Markdown, HTML, an
   * e-mail body, a collection entry): the file's own text, and a map from
   * offsets in `text` to offsets in it, so every position points into the
   * file the user opened.
   */
  origin?: SourceOrigin;
}

export interface SourceOrigin {
  /** The text positions count in: the file's own text, or the decoded body (see `positions`). */
  fileText: string;
  /**
   * Offset in `fileText` of an offset in `text`. At the edge of markup or an
   * escape a span's start leans forward and its end backward (`bias`), so a
   * span covers exactly the flagged words.
   */
  toFileOffset(offset: number, bias?: 'start' | 'end'): number;
  /** Offset in `text` of an offset in `fileText`; undefined inside markup the text leaves out. */
  toSourceOffset?(fileOffset: number): number | undefined;
  /** The stretch of `fileText` the text was read from; for a collection entry, its body field's value. */
  range?: Span;
  /**
   * Writes replacement text the way the file stores it here, or returns
   * undefined when it cannot be written safely (a line break in a one-line
   * YAML scalar). Absent when the positions are in a decoded body.
   */
  encode?(text: string): string | undefined;
  /** `decoded`: positions count in a decoded e-mail body, not in the file's bytes. Default `file`. */
  positions?: 'file' | 'decoded';
}

/** The text positions should be shown against: the file's own text when there is one. */
export function displayText(source: Source): string {
  return source.origin?.fileText ?? source.text;
}
