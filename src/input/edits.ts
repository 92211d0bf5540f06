import type { Edit } from '../types.js';
import type { Source } from './source.js';

/** An edit of the file, or why an edit of the text cannot be written there. */
export type FileEdit = { edit: Edit } | { refused: string };

/**
 * Turns an edit of a Source's text into an edit of its file: the span mapped
 * back, the replacement written the way the file stores text there. Refused
 * when the span crosses markup, an entity or an escape in the file (the
 * flagged text and the file's text there differ), when the replacement
 * cannot be written in that place, or when the positions are in a decoded
 * e-mail body.
 */
export function toFileEdit(source: Source, edit: Edit): FileEdit {
  const origin = source.origin;
  if (!origin) return { edit: { start: edit.start, end: edit.end, text: edit.text } };
  if (!origin.encode) return { refused: 'the text was decoded from the file (quoted-printable or base64), so it cannot be written back' };
  const start = origin.toFileOffset(edit.start, 'start');
  const end = edit.end === edit.start ? start : origin.toFileOffset(edit.end, 'end');
  if (origin.fileText.slice(start, end) !== source.text.slice(edit.start, edit.end)) {
    return { refused: 'the words run across markup or escapes in the file' };
  }
  const text = origin.encode(edit.text);
  if (text === undefined) return { refused: 'the replacement cannot be written in this place of the file' };
  return { edit: { start, end, text } };
}
