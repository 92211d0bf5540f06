import { lineIndexFor } from '../document/lines.js';
import type { Diagnostic } from '../types.js';
import { toFileEdit } from './edits.js';
import type { Source } from './source.js';

/**
 * Moves diagnostics from offsets in `source.text` to the file the user
 * opened, when the text was extracted from it: a span's start leans forward
 * and its end backward at markup, so it covers exactly the flagged words. A
 * fix is kept only when it can be written into the file as it is stored
 * (see toFileEdit). Whole-file sources pass through unchanged.
 */
export function toFilePositions(source: Source, diagnostics: Diagnostic[]): Diagnostic[] {
  const origin = source.origin;
  if (!origin) return diagnostics;
  if (diagnostics.length === 0) return diagnostics;
  const lines = lineIndexFor(origin.fileText);
  return diagnostics.map((d) => {
    const start = origin.toFileOffset(d.start, 'start');
    const end = Math.max(start, origin.toFileOffset(d.end, d.end === d.start ? 'start' : 'end'));
    const from = lines.positionAt(start);
    const to = lines.positionAt(end);
    const moved: Diagnostic = {
      ...d,
      start,
      end,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
    };
    delete moved.fix;
    if (d.fix) {
      const fix = toFileEdit(source, d.fix);
      if ('edit' in fix) moved.fix = fix.edit;
    }
    return moved;
  });
}
