/**
 * A Source is one text to check: a whole file, or one entry of a file that
 * holds several (a helpdesk export, a JSON collection of canned replies).
 */
export interface Source {
  /** The path as shown to the user: relative to the working folder, or the stdin name. */
  path: string;
  /** The text the rules read. */
  text: string;
  /** Which entry of a collection file this is (its id or index); absent for a whole file. */
  entryId?: string;
  /**
   * Set when `text` was extracted from a larger file (Markdown, HTML, an
   * e-mail body, a JSON entry): the file's own text, and a map from offsets in
   * `text` to offsets in it, so every position points into the file the user opened.
   */
  origin?: SourceOrigin;
}

export interface SourceOrigin {
  fileText: string;
  toFileOffset(offset: number): number;
}

/** The text positions should be shown against: the file's own text when there is one. */
export function displayText(source: Source): string {
  return source.origin?.fileText ?? source.text;
}
