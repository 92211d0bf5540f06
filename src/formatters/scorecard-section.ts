/**
 * The scorecard under a draft's findings in the stylish report: the
 * customer's feelings with their own words, then a small bar per dimension.
 *
 *   customer    angry (strong): "furious", "THIRD time"
 *   overall     50 █████░░░░░
 *   empathy     32 ███▏░░░░░░   trust       60 ██████░░░░
 */
import type { Scorecard } from '../engine/scorecard.js';
import { cueWords } from '../nlp/emotion/describe.js';
import type { CustomerReading } from '../nlp/emotion/index.js';
import type { Dimension } from '../types.js';
import type { Palette } from './palette.js';

const LEFT: readonly Dimension[] = ['empathy', 'positivity', 'ownership', 'clarity'];
const RIGHT: readonly (Dimension | undefined)[] = ['trust', 'composure', 'courtesy', undefined];
const CELLS = 10;
const PARTS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const LABEL = 11;
const ADJECTIVES: Record<string, string> = {
  anger: 'angry',
  frustration: 'frustrated',
  sadness: 'sad',
  confusion: 'confused',
  anxiety: 'worried',
  gratitude: 'grateful',
};
const STRENGTHS = ['', 'mild', 'clear', 'strong'];

export function scorecardSection(card: Scorecard, customer: CustomerReading | undefined, c: Palette, width: number): string[] {
  const out: string[] = [];
  const feelings = customer ? describeFeelings(customer) : '';
  if (feelings) out.push(`  ${c.dim('customer'.padEnd(LABEL))} ${cut(feelings, width - LABEL - 3)}`);
  out.push(`  ${cell('overall', card.overall, c)}`);
  LEFT.forEach((left, i) => {
    const right = RIGHT[i];
    out.push(`  ${cell(left, card.dimensions[left], c)}${right ? `   ${cell(right, card.dimensions[right], c)}` : ''}`);
  });
  return out;
}

function cell(name: string, score: number, c: Palette): string {
  const paint = score >= 80 ? c.green : score >= 60 ? c.yellow : c.red;
  return `${c.dim(name.padEnd(LABEL))} ${String(score).padStart(3)} ${paint(bar(score))}`;
}

/** A ten-cell bar with eighth-cell precision. */
export function bar(score: number): string {
  const eighths = Math.round((Math.max(0, Math.min(100, score)) / 100) * CELLS * 8);
  const full = Math.floor(eighths / 8);
  const part = PARTS[eighths % 8]!;
  return '█'.repeat(full) + part + '░'.repeat(CELLS - full - (part ? 1 : 0));
}

/** `angry (strong): "furious", "THIRD time"; frustrated (clear): "still waiting"` */
function describeFeelings(customer: CustomerReading): string {
  // Mild readings ("Thanks," as a sign-off) are in the JSON output; the summary names the clear ones.
  return customer.emotions
    .filter((e) => e.strength >= 2)
    .slice(0, 3)
    .map((e) => {
      const quoted = cueWords([e], 3)
        .map((cue) => `"${cue}"`)
        .join(', ');
      return `${ADJECTIVES[e.emotion] ?? e.emotion} (${STRENGTHS[e.strength]})${quoted ? `: ${quoted}` : ''}`;
    })
    .join('; ');
}

function cut(text: string, width: number): string {
  return text.length <= width || width < 10 ? text : `${text.slice(0, width - 1)}…`;
}
