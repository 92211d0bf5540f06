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

  it('reads a short bare question or demand as curt, but not a short statement or a softened question', () => {
    expect(courtesyDetail('Which plan are you on?').cues.map((c) => c.id)).toContain('terse');
    expect(scoreCourtesy('Which plan are you on?')).toBeLessThan(scoreCourtesy('Which plan are you on? Thanks!'));
    expect(courtesyDetail('Which plan are you on? Thanks!').cues.map((c) => c.id)).not.toContain('terse');
    expect(courtesyDetail('Your invoice is attached.').cues.map((c) => c.id)).not.toContain('terse');
    // Ten words at most: one more and the question is no longer short.
    expect(courtesyDetail('Which of the two plans are you on right now?').cues.map((c) => c.id)).toContain('terse');
    expect(courtesyDetail('Which of the two plans are you on right now, again?').cues.map((c) => c.id)).not.toContain('terse');
    expect(courtesyDetail('Could you tell me which plan you are on, and when the export stopped working? I would like to compare it with our logs.').cues.map((c) => c.id)).not.toContain('terse');
  });

  it('scores a question opening with a negated auxiliary below the plain question', () => {
    expect(courtesyDetail("Isn't the export button on the first page?").cues.map((c) => c.id)).toContain('negative-question');
    expect(scoreCourtesy("Isn't the export button on the first page?")).toBeLessThan(scoreCourtesy('Is the export button on the first page?'));
  });

  it('ignores links and code, whose question marks and words carry no tone', () => {
    expect(scoreCourtesy('The steps are in https://help.example.com/a?id=3 for you.')).toBeCloseTo(scoreCourtesy('The steps are in the article for you.'), 5);
    expect(courtesyDetail('Run `stop-service --why?` and send us the output.').cues.map((c) => c.id)).not.toContain('order');
  });

  it('counts a hedge on the writer\'s own view, not an epistemic word about the world', () => {
    expect(courtesyDetail('I think the cache might be stale.').cues.map((c) => c.id)).toContain('hedge');
    expect(courtesyDetail('The cache is probably stale.').cues.map((c) => c.id)).not.toContain('hedge');
    expect(courtesyDetail('What kind of plan is it?').cues.map((c) => c.id)).not.toContain('hedge');
    expect(courtesyDetail('We might try a smaller batch first.').cues.map((c) => c.id)).toContain('hedge');
  });

  it('is not thrown by words that are also object properties', () => {
    expect(Number.isFinite(scoreCourtesy('Could you share the constructor and the toString output?'))).toBe(true);
  });
});
