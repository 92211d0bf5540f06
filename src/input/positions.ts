import { LineIndex } from '../document/lines.js';
import type { Diagnostic } from '../types.js';
import type { Source } from './source.js';

/**
 * Moves diagnostics from offsets in `source.text` to the file the user
 * opened, when the text was extracted from it. Whole-file sources pass
 * through unchanged.
 */
export function toFilePositions(source: Source, diagnostics: Diagnostic[]): Diagnostic[] {
  const origin = source.origin;
  if (!origin) return diagnostics;
  const lines = new LineIndex(origin.fileText);
  return diagnostics.map((d) => {
    const start = origin.toFileOffset(d.start);
    const end = origin.toFileOffset(d.end);
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
    if (d.fix) {
      moved.fix = { start: origin.toFileOffset(d.fix.start), end: origin.toFileOffset(d.fix.end), text: d.fix.text };
    }
    return moved;
  });
}
