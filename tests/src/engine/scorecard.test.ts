import { describe, expect, it } from 'vitest';
import { DIMENSION_NAMES } from '../../../src/cli/min-score.js';
import { buildDraft } from '../../../src/document/draft.js';
import { computeScorecard, DIMENSIONS, replySignals, scoreFrom, type Signals } from '../../../src/engine/scorecard.js';
import data from '../../../src/engine/scorecard.json' with { type: 'json' };
import { checkText } from '../../../src/index.js';
import type { Diagnostic, Dimension, Severity } from '../../../src/types.js';

const neutral: Signals = { acknowledgement: 0, positivity: 0.5, action: 0, clarity: 0.5, commitment: 0, calm: 1, courtesy: 0.5 };
const best: Signals = { acknowledgement: 1, positivity: 1, action: 1, clarity: 1, commitment: 1, calm: 1, courtesy: 1 };

function finding(dimension: Dimension, severity: Severity): Diagnostic {
  return {
    ruleId: 'test/rule',
    severity,
    dimension,
    message: 'm',
    why: 'w',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    start: 0,
    end: 1,
    text: 'x',
    suggestions: [],
  };
}

describe('scoreFrom', () => {
  it('starts each dimension from its base: from + span x signal', () => {
    const card = scoreFrom(neutral, []);
    expect(card.dimensions).toEqual({
      empathy: 75,
      positivity: 70,
      ownership: 90,
      clarity: 73,
      trust: 80,
      composure: 100,
      courtesy: 63,
    });
  });

  it('gives 100 everywhere to the best reply with no findings', () => {
    const card = scoreFrom(best, []);
    expect(card.overall).toBe(100);
    for (const d of DIMENSIONS) expect(card.dimensions[d]).toBe(100);
  });

  it('keeps a share of a dimension per finding, by severity', () => {
    const one = scoreFrom(best, [finding('empathy', 'warning')]);
    expect(one.dimensions.empathy).toBe(75);
    const two = scoreFrom(best, [finding('empathy', 'warning'), finding('empathy', 'error')]);
    expect(two.dimensions.empathy).toBe(45);
    expect(scoreFrom(best, [finding('clarity', 'suggestion')]).dimensions.clarity).toBe(92);
    expect(two.dimensions.courtesy).toBe(100);
  });

  it('weighs the dimensions into the overall score', () => {
    const weights = data.weights as unknown as Record<Dimension, number>;
    const card = scoreFrom(best, [finding('courtesy', 'error')]);
    expect(card.overall).toBe(Math.round(100 - weights.courtesy * 40));
    expect(DIMENSIONS.reduce((sum, d) => sum + weights[d], 0)).toBeCloseTo(1, 10);
  });

  it('stays within 0 and 100 whatever the findings', () => {
    const many = Array.from({ length: 40 }, () => finding('trust', 'error'));
    const card = scoreFrom({ ...neutral, courtesy: 7, calm: -3 }, many);
    for (const d of DIMENSIONS) {
      expect(card.dimensions[d]).toBeGreaterThanOrEqual(0);
      expect(card.dimensions[d]).toBeLessThanOrEqual(100);
    }
    expect(card.dimensions.trust).toBe(0);
  });
});

describe('replySignals', () => {
  it('reads acknowledgement, actions, time frames and a raised voice', () => {
    const warm = replySignals(["I'm so sorry this has been frustrating.", "I've refunded the order, and you'll see it by Friday."]);
    expect(warm.acknowledgement).toBeGreaterThan(0.5);
    expect(warm.action).toBe(1);
    expect(warm.commitment).toBe(1);
    const loud = replySignals(['PLEASE READ THE MANUAL!!!']);
    expect(loud.calm).toBeLessThan(1);
    expect(loud.courtesy).toBeLessThan(warm.courtesy);
  });

  it('does not count an acknowledgement against positivity', () => {
    const plain = replySignals(['Your order ships today.']);
    const withSorry = replySignals(["I'm sorry the wait has been so frustrating.", 'Your order ships today.']);
    expect(withSorry.positivity).toBe(plain.positivity);
  });
});

describe('computeScorecard', () => {
  it('reads only the reply: quoted text and signatures do not count', () => {
    const reply = 'Hi Jo,\n\nYour order ships today.\n\nBest,\nKit';
    const quoted = `${reply}\n\n> THIS IS RIDICULOUS!!! YOU ARE USELESS!!!`;
    expect(computeScorecard(buildDraft(quoted), [])).toEqual(computeScorecard(buildDraft(reply), []));
  });

  it('is part of every check, and can be left out', () => {
    const text = 'Hi Jo,\n\nYou should have read the manual.\n\nBest,\nKit';
    const { scorecard, diagnostics } = checkText(text);
    expect(diagnostics.some((d) => d.dimension === 'ownership')).toBe(true);
    expect(scorecard!.dimensions.ownership).toBeLessThan(70);
    expect(checkText(text, { scorecard: false }).scorecard).toBeUndefined();
  });

  it('is left out for a draft with no reply text of its own', () => {
    expect(checkText('').scorecard).toBeUndefined();
    expect(checkText('  \n\n \t\n').scorecard).toBeUndefined();
    expect(checkText('> Where is my parcel?\n> It was due on Monday.\n').scorecard).toBeUndefined();
    expect(checkText('Hi,\n').scorecard).toBeDefined();
  });

  it('ranks a warm, concrete reply above a curt one', () => {
    const warm = checkText("Hi Jo,\n\nThanks for your patience. I've sent the replacement today; it will arrive by Friday.\n\nBest,\nKit");
    const curt = checkText('Read the FAQ. We cannot help with this!!!');
    expect(warm.scorecard!.overall).toBeGreaterThan(curt.scorecard!.overall + 20);
  });

  it('names the same dimensions as the command line', () => {
    expect([...DIMENSION_NAMES]).toEqual([...DIMENSIONS]);
  });
});
