import { describe, expect, it } from 'vitest';
import { courtesyDetail, scoreCourtesy } from '../../../src/nlp/courtesy.js';

describe('scoreCourtesy', () => {
  it('scores a neutral statement at the middle', () => {
    expect(scoreCourtesy('The file is 20 pages long.')).toBeCloseTo(0.5, 1);
  });

  it('ranks polite requests above blunt ones', () => {
    const polite = scoreCourtesy('Hi Jo, could you please send the invoice when you get a chance? Thanks so much!');
    const blunt = scoreCourtesy('Why did you not send the invoice? Send it now.');
    expect(polite).toBeGreaterThan(0.8);
    expect(blunt).toBeLessThan(0.3);
    expect(polite).toBeGreaterThan(scoreCourtesy('Send the invoice.'));
  });

  it('stays within 0 and 1 for extreme texts', () => {
    const warm = 'Thank you! Thanks again, I really appreciate it. Sorry for the trouble, and thank you. '.repeat(20);
    const rude = 'Why are you so stupid? What is wrong with you?! This is ridiculous nonsense. '.repeat(20);
    for (const text of [warm, rude, '', '   ']) {
      const score = scoreCourtesy(text);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    expect(scoreCourtesy(warm)).toBeGreaterThan(scoreCourtesy(rude));
  });

  it('counts "please" at the start of a sentence less than inside a request', () => {
    expect(scoreCourtesy('Could you please check the box?')).toBeGreaterThan(scoreCourtesy('Please check the box.'));
  });

  it('names the cues behind the score, with exact offsets', () => {
    const text = 'Thanks! Could you check it?';
    const { cues } = courtesyDetail(text);
    expect(cues.map((c) => c.id)).toEqual(expect.arrayContaining(['gratitude', 'indirect-request']));
    for (const cue of cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
  });

  it('reads a question of a few words as curt, with its offsets', () => {
    const text = 'Config file? The log shows a timeout on the second request.';
    const curt = courtesyDetail(text).cues.filter((c) => c.id === 'curt-question');
    expect(curt.map((c) => text.slice(c.start, c.end))).toEqual(['Config file?']);
    expect(scoreCourtesy(text)).toBeLessThan(scoreCourtesy('The log shows a timeout on the second request.'));
    expect(courtesyDetail('How can I reset the password for the admin account?').cues.map((c) => c.id)).not.toContain('curt-question');
  });

  it('scores questions that presume the reader skipped the obvious below a plain question', () => {
    expect(scoreCourtesy('Have you tried restarting the router?')).toBeLessThan(scoreCourtesy('Does restarting the router change anything?'));
    expect(scoreCourtesy("You know the manual covers this, don't you?")).toBeLessThan(0.5);
  });

  it('is not thrown by words that are also object properties', () => {
    expect(Number.isFinite(scoreCourtesy('Could you share the constructor and the toString output?'))).toBe(true);
  });
});
