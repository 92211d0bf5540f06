import { describe, expect, it } from 'vitest';
import { commits, findCommitments, findTimeFrames } from '../../../src/nlp/commitment.js';

const kinds = (text: string) => findCommitments(text).map((c) => `${c.kind}:${c.text}`);

describe('commitments', () => {
  it('finds actions taken and promised by us', () => {
    expect(kinds("I've issued a full refund.")).toEqual(["action:I've issued"]);
    expect(kinds('We have sent a new label.')).toEqual(['action:We have sent']);
    expect(kinds("I'll call the courier.")).toEqual(["action:I'll call"]);
    expect(kinds('Your ticket has been refunded in full.')).toEqual(['action:has been refunded']);
    expect(kinds("I've made an exception for you this time.")).toEqual(["action:I've made an exception"]);
    expect(kinds('The parcel has been sent to the wrong address.')).toEqual([]);
  });

  it('finds steps for the reader only where an instruction starts', () => {
    expect(kinds('Reply with the option you prefer.')).toEqual(['reader-step:Reply']);
    expect(kinds('We reply to every message.')).toEqual([]);
    expect(kinds('To connect the printer, open Settings.')).toEqual(['reader-step:open']);
    expect(kinds('Once it restarts, click Add printer.')).toEqual(['reader-step:click']);
    expect(kinds('When the order arrives, we check it by hand.')).toEqual([]);
  });

  it('finds a step the reader needs to take anywhere in a sentence', () => {
    expect(kinds('It ships switched off, so you need to turn it on in Settings.')).toEqual(['reader-step:you need to turn it on']);
    expect(kinds("After that you'll have to sign out once.")).toEqual(["reader-step:you'll have to sign out"]);
    expect(kinds('Turn it off and on again.')).toEqual(['reader-step:Turn it off']);
    expect(kinds('You need to be patient.')).toEqual([]);
  });

  it('does not count open-ended promises', () => {
    expect(commits("We'll look into it.")).toBe(false);
    expect(commits('Sorry for the trouble.')).toBe(false);
  });

  it.each([
    ['by Thursday at 5 p.m.', ['by Thursday', 'at 5 p.m.']],
    ['within 3–5 business days', ['within 3–5 business days']],
    ['within one business day', ['within one business day']],
    ['later today', ['today']],
    ["I'll look at it straight away", ['straight away']],
    ['we can ship it the same day', ['the same day']],
    ['in 24 hours', ['in 24 hours']],
    ['on 12 March', ['on 12 March']],
    ['at 10:30', ['at 10:30']],
  ])('finds the time frame in "%s"', (text, expected) => {
    expect(findTimeFrames(text).map((t) => t.text)).toEqual(expected);
  });

  it.each(['soon', 'as soon as possible', 'at some point', 'in 2019 we moved offices', 'version 2 is out'])(
    'finds no time frame in "%s"',
    (text) => {
      expect(findTimeFrames(text)).toEqual([]);
    },
  );
});
