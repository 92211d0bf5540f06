/**
 * `--min-score N` and `--min-score dimension=N`: a run fails (exit code 1)
 * when a draft's overall score, or its score on a dimension, is below N.
 */
import type { LintResult } from '../formatters/types.js';
import { DIMENSIONS, type Dimension } from '../types.js';

/** The scorecard's dimensions; from the shared types, so the command line parses them without loading the scorecard. */
export const DIMENSION_NAMES = DIMENSIONS;

export interface MinScore {
  /** `overall`, or the dimension the threshold applies to. */
  dimension: Dimension | 'overall';
  min: number;
}

/** Parses one --min-score value; throws an Error whose message says what was expected. */
export function parseMinScore(value: string): MinScore {
  const at = value.indexOf('=');
  const name = at === -1 ? 'overall' : value.slice(0, at).trim().toLowerCase();
  const number = (at === -1 ? value : value.slice(at + 1)).trim();
  if (name !== 'overall' && !(DIMENSIONS as readonly string[]).includes(name)) {
    throw new Error(`unknown dimension "${name}" (expected overall, ${DIMENSIONS.join(', ')})`);
  }
  const min = Number(number);
  if (!/^\d+(?:\.\d+)?$/.test(number) || min > 100) throw new Error('expected a score from 0 to 100, e.g. 70 or empathy=60');
  return { dimension: name as MinScore['dimension'], min };
}

/** One line per draft and threshold it falls below, e.g. `reply.txt: empathy 32 is below --min-score empathy=60`. */
export function belowMinScores(results: readonly LintResult[], thresholds: readonly MinScore[]): string[] {
  const lines: string[] = [];
  // Without thresholds no scorecard is read: a cached result would unpack its findings for it.
  if (thresholds.length === 0) return lines;
  for (const result of results) {
    const card = result.scorecard;
    if (!card) continue;
    const name = result.entryId === undefined ? result.path : `${result.path}#${result.entryId}`;
    for (const { dimension, min } of thresholds) {
      const score = dimension === 'overall' ? card.overall : card.dimensions[dimension];
      if (score < min) {
        const flag = dimension === 'overall' ? `${min}` : `${dimension}=${min}`;
        lines.push(`${name}: ${dimension} score ${score} is below --min-score ${flag}`);
      }
    }
  }
  return lines;
}
