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

/**
 * Checks that look at sentence starts ("So…", "There is…"). write-good finds sentences with
 * /([^\n.;!?]+)([.;!?]+)/g, which backtracks over the whole line at every position of a line
 * without a stop: a pasted log of 100 KB on one line took minutes.
 */
const SENTENCE_STARTS: ReadonlySet<WriteGoodCheck> = new Set(['so', 'thereIs']);

/**
 * The text with every line ended by a stop, at the same offsets: a line break becomes a full
 * stop, and one is added at the end. Those checks then see the same sentences, and every line
 * start as one, as a line break already is for them.
 */
function stopped(text: string): string {
  return `${text.replace(/\n/g, '.')}.`;
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
    for (const s of writeGood(SENTENCE_STARTS.has(check) ? stopped(text) : text, only)) {
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
