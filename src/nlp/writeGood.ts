/**
 * write-good's prose checks, run one check at a time so that every finding
 * keeps its own reason (write-good merges the reasons of findings that share
 * a span).
 */
import writeGood from 'write-good';

export const WRITE_GOOD_CHECKS = [
  'passive',
  'illusion',
  'so',
  'thereIs',
  'weasel',
  'adverb',
  'tooWordy',
  'cliches',
  'eprime',
] as const;

export type WriteGoodCheck = (typeof WRITE_GOOD_CHECKS)[number];

export interface WriteGoodFinding {
  check: WriteGoodCheck;
  start: number;
  end: number;
  text: string;
  /** write-good's explanation, e.g. `"was sent" may be passive voice`. */
  reason: string;
}

export interface WriteGoodOptions {
  /** Added to every offset, when `text` is a slice of a larger text. */
  offset?: number;
  /** Flagged texts (compared lower-cased) to leave alone, e.g. "assistance" for tooWordy. */
  ignore?: readonly string[];
}

/** Runs the given checks over `text`, each on its own, and returns the findings in text order. */
export function runWriteGood(
  text: string,
  checks: readonly WriteGoodCheck[],
  options: WriteGoodOptions = {},
): WriteGoodFinding[] {
  if (checks.length === 0 || !/\S/.test(text)) return [];
  const offset = options.offset ?? 0;
  const ignore = new Set((options.ignore ?? []).map((t) => t.toLowerCase()));
  const findings: WriteGoodFinding[] = [];
  for (const check of checks) {
    const only: Record<string, boolean> = {};
    for (const name of WRITE_GOOD_CHECKS) only[name] = name === check;
    for (const s of writeGood(text, only)) {
      const flagged = text.slice(s.index, s.index + s.offset);
      if (s.offset <= 0 || ignore.has(flagged.toLowerCase())) continue;
      findings.push({
        check,
        start: offset + s.index,
        end: offset + s.index + s.offset,
        text: flagged,
        reason: s.reason,
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
