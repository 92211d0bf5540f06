import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../../../src/engine/scorecard.js';
import { json } from '../../../src/formatters/json.js';
import { palette } from '../../../src/formatters/palette.js';
import { bar, scorecardSection } from '../../../src/formatters/scorecard-section.js';
import { stylish } from '../../../src/formatters/stylish.js';
import type { LintResult } from '../../../src/formatters/types.js';
import type { CustomerReading } from '../../../src/nlp/emotion/index.js';
import { TOOL } from './fixtures.js';

const card: Scorecard = {
  overall: 64,
  dimensions: { empathy: 32, positivity: 80, ownership: 100, clarity: 75, trust: 60, composure: 100, courtesy: 5 },
};
const customer: CustomerReading = {
  emotions: [
    { emotion: 'anger', strength: 3, cues: [{ text: 'furious', start: 5, end: 12 }, { text: '!!!', start: 20, end: 23 }] },
    { emotion: 'gratitude', strength: 1, cues: [{ text: 'Thanks', start: 30, end: 36 }] },
  ],
  questions: [],
};
const clean: LintResult = { path: 'reply.txt', diagnostics: [], errorCount: 0, warningCount: 0, suggestionCount: 0, scorecard: card, customer };

describe('bar', () => {
  it('draws ten cells with eighth-cell precision', () => {
    expect(bar(0)).toBe('░░░░░░░░░░');
    expect(bar(100)).toBe('██████████');
    expect(bar(50)).toBe('█████░░░░░');
    expect(bar(32)).toBe('███▎░░░░░░');
    expect(bar(150)).toBe(bar(100));
    for (const score of [0, 7, 33, 64, 99]) expect([...bar(score)]).toHaveLength(10);
  });
});

describe('scorecardSection', () => {
  it('names the customer\'s clear feelings in their words, then a bar per dimension', () => {
    expect(scorecardSection(card, customer, palette(false), 100)).toEqual([
      '  customer    angry (strong): "furious", "!!!"',
      '  overall      64 ██████▍░░░',
      '  empathy      32 ███▎░░░░░░   trust        60 ██████░░░░',
      '  positivity   80 ████████░░   composure   100 ██████████',
      '  ownership   100 ██████████   courtesy      5 ▌░░░░░░░░░',
      '  clarity      75 ███████▌░░',
    ]);
  });

  it('leaves the customer line out when there is no clear feeling', () => {
    const lines = scorecardSection(card, { emotions: [], questions: [] }, palette(false), 100);
    expect(lines[0]).toMatch(/^ {2}overall/);
  });
});

describe('stylish with a scorecard', () => {
  it('shows the scorecard of a single clean draft', () => {
    const text = stylish([clean], { color: false, tool: TOOL });
    expect(text.split('\n').slice(0, 3)).toEqual(['reply.txt', '  customer    angry (strong): "furious", "!!!"', '  overall      64 ██████▍░░░']);
    expect(text).toContain('✔ 1 draft checked, no problems');
  });

  it('leaves clean drafts out of a report on many', () => {
    const text = stylish([clean, { ...clean, path: 'other.txt' }], { color: false, tool: TOOL });
    expect(text).toBe('✔ 2 drafts checked, no problems\n');
  });
});

describe('json with a scorecard', () => {
  it('writes the scorecard and the customer reading after the counts', () => {
    const [result] = JSON.parse(json([clean], { color: false, tool: TOOL })).results;
    expect(Object.keys(result)).toEqual(['path', 'diagnostics', 'errorCount', 'warningCount', 'suggestionCount', 'scorecard', 'customer']);
    expect(result.scorecard).toEqual(card);
    expect(result.customer).toEqual({
      emotions: [
        { emotion: 'anger', strength: 3, cues: ['furious', '!!!'] },
        { emotion: 'gratitude', strength: 1, cues: ['Thanks'] },
      ],
      questions: [],
    });
  });
});
