import type { IndexedMatch } from '../../kinds/pattern.js';

/**
 * Of overlapping matches, the leftmost and then the longest wins: "thanks for
 * nothing" is anger, not thanks; "no worries" hides "worries". Matches of
 * exactly the same words are all kept, so a cue listed under two feelings
 * ("rude") shows both.
 */
export function longestMatches(matches: IndexedMatch[]): IndexedMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: IndexedMatch[] = [];
  let end = -1;
  for (const m of matches) {
    const last = kept[kept.length - 1];
    if (last && m.start === last.start && m.end === last.end) {
      if (m.pattern !== last.pattern) kept.push(m);
      continue;
    }
    if (m.start < end) continue;
    kept.push(m);
    end = m.end;
  }
  return kept;
}
