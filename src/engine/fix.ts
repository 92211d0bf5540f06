/**
 * Applying safe fixes: text + edits → text. Pure. An edit is applied only
 * when it stays out of placeholders, quoted text and signatures and does not
 * overlap or touch an edit already taken; the rest wait for the next pass.
 * The text is checked again after every pass until no fix is left, for at
 * most a few passes, so a fix that makes another one possible is applied
 * too, and a pair of rules that undo each other cannot loop.
 */
import { buildDraft, type Draft } from '../document/draft.js';
import { LINTED_REGIONS } from '../document/regions.js';
import type { Diagnostic, Edit } from '../types.js';

/** Passes of check-and-fix before giving up on reaching a text with no fix left. */
export const MAX_FIX_PASSES = 3;

export interface AppliedEdits {
  output: string;
  /** The edits taken, in text order, with offsets into the input. */
  applied: Edit[];
  /** Edits left out: overlapping an earlier one, or reaching where no edit may go. */
  skipped: Edit[];
}

/**
 * Applies the edits that are safe and do not overlap, in one go. `draft` is
 * the document model of `text` when the caller has one; it is built otherwise.
 */
export function applyEdits(text: string, edits: readonly Edit[], draft?: Draft): AppliedEdits {
  const model = draft && draft.text === text ? draft : buildDraft(text);
  return spliceEdits(text, edits, (edit) => isAllowed(model, edit));
}

/**
 * Applies edits in text order, skipping one that overlaps or touches an edit
 * already taken or that `allowed` refuses. For edits already vetted against
 * the text they were found in (edits of a file that holds several drafts).
 */
export function spliceEdits(text: string, edits: readonly Edit[], allowed: (edit: Edit) => boolean = inText(text)): AppliedEdits {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Edit[] = [];
  const skipped: Edit[] = [];
  let lastEnd = -1;
  for (const edit of sorted) {
    if (edit.start <= lastEnd || !allowed(edit)) {
      skipped.push(edit);
      continue;
    }
    applied.push(edit);
    lastEnd = edit.end;
  }
  let output = '';
  let at = 0;
  for (const edit of applied) {
    output += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return { output: output + text.slice(at), applied, skipped };
}

function inText(text: string): (edit: Edit) => boolean {
  return ({ start, end }) => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
}

/** An edit may neither touch a placeholder nor reach into quoted text or a signature. */
export function isAllowed(draft: Draft, edit: Edit): boolean {
  const { start, end } = edit;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > draft.text.length || start > end) {
    return false;
  }
  // An insertion strictly inside a placeholder counts as touching it too.
  if (draft.touchesPlaceholder(start, end)) return false;
  for (const region of draft.regions) {
    if (region.start >= Math.max(end, start + 1)) break;
    if (region.end <= start) continue;
    if (!LINTED_REGIONS.has(region.kind)) return false;
  }
  return true;
}

/** What checking a text returns, as far as fixing needs it. */
export interface Checked {
  diagnostics: readonly Diagnostic[];
  /** The document model the check built, reused to vet the edits. */
  draft?: Draft;
}

export interface FixOutcome<R extends Checked> {
  /** The text with every safe fix applied. */
  output: string;
  /** Fixes applied over all passes. */
  fixed: number;
  /** Check-and-fix passes that applied something. */
  passes: number;
  /** The check of `output`: the findings that are left. */
  result: R;
}

/**
 * Checks `text`, applies its safe fixes, and checks again until no fix is
 * left or `maxPasses` passes have applied something. `check` must be pure.
 */
export function fixUntilStable<R extends Checked>(
  text: string,
  check: (text: string) => R,
  maxPasses = MAX_FIX_PASSES,
): FixOutcome<R> {
  let output = text;
  let result = check(output);
  let fixed = 0;
  let passes = 0;
  const seen = new Set([output]);
  while (passes < maxPasses) {
    const edits = result.diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
    if (edits.length === 0) break;
    const { output: next, applied } = applyEdits(output, edits, result.draft);
    // A cycle (a fix undoing another) stops here rather than going round again.
    if (applied.length === 0 || seen.has(next)) break;
    seen.add(next);
    output = next;
    fixed += applied.length;
    passes++;
    result = check(output);
  }
  return { output, fixed, passes, result };
}
