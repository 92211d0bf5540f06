/**
 * Whether a customer's message reports a problem: something that does not
 * work or did not arrive, something broken, late or lost, a refund or a
 * complaint, even when it names no feeling. The cues live in data/problems.json.
 */
import { testPatterns } from '../kinds/pattern.js';
import data from './data/problems.json' with { type: 'json' };

export function reportsProblem(text: string): boolean {
  return testPatterns(text, data.patterns);
}
