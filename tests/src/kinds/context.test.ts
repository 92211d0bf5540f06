import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/document/draft.js';
import { hasTimeFrame, isAboutUs, isAcknowledged, isConditional, isInstruction, isNegated, isOurs, isPromise, isStandalone, sentenceHolds } from '../../../src/kinds/context.js';
import { findPhrases } from '../../../src/kinds/phrase.js';

const hit = (text: string, pattern: string) => {
  const draft = buildDraft(text);
  const found = findPhrases(draft, [pattern])[0];
  if (!found) throw new Error(`"${pattern}" not found in "${text}"`);
  return { draft, found };
};
const check = (fn: (d: ReturnType<typeof buildDraft>, h: ReturnType<typeof findPhrases>[number]) => boolean) =>
  (text: string, pattern: string) => {
    const { draft, found } = hit(text, pattern);
    return fn(draft, found);
  };

describe('context checks', () => {
  it('acknowledgement covers the phrase unless a contrast word undoes it', () => {
    const acknowledged = check(isAcknowledged);
    expect(acknowledged("I'm sorry about the problem with your order.", 'problem')).toBe(true);
    expect(acknowledged("We can't offer a refund, and I'm so sorry.", "can't offer")).toBe(true);
    expect(acknowledged("I understand, but we can't offer a refund.", "can't offer")).toBe(false);
    expect(acknowledged("We can't offer a refund.", "can't offer")).toBe(false);
  });

  it('conditions', () => {
    const conditional = check(isConditional);
    expect(conditional('If you entered the wrong code, try again.', 'you entered the wrong')).toBe(true);
    expect(conditional('In case you forgot, here is the link.', 'you forgot')).toBe(true);
    expect(conditional('If it helps, you forgot the code.', 'you forgot')).toBe(false);
  });

  it('negation', () => {
    const negated = check(isNegated);
    expect(negated("It's not your fault.", 'your fault')).toBe(true);
    expect(negated("It isn't really your fault.", 'your fault')).toBe(true);
    expect(negated('It was your fault.', 'your fault')).toBe(false);
  });

  it('instructions to the reader', () => {
    const instruction = check(isInstruction);
    expect(instruction('Just click Save.', 'just click')).toBe(true);
    expect(instruction('Please just click Save.', 'just click')).toBe(true);
    expect(instruction('To fix it, simply restart.', 'simply restart')).toBe(true);
    expect(instruction('You can simply restart.', 'simply restart')).toBe(true);
    expect(instruction('You’ll just click Save.', 'just click')).toBe(true);
    expect(instruction('Could you just click Save?', 'just click')).toBe(false);
    expect(instruction('I just reset your password.', 'just reset')).toBe(false);
  });

  it('standalone replies', () => {
    const standalone = check(isStandalone);
    expect(standalone('No problem!', 'no problem')).toBe(true);
    expect(standalone('Sure, no problem.', 'no problem')).toBe(true);
    expect(standalone('There is no problem with it.', 'no problem')).toBe(false);
    expect(standalone('No problem if you need more time.', 'no problem')).toBe(false);
  });

  it('clauses about us rather than the reader', () => {
    const aboutUs = check(isAboutUs);
    expect(aboutUs('Obviously we want this fixed.', 'obviously')).toBe(true);
    expect(aboutUs('We obviously missed it.', 'obviously')).toBe(true);
    expect(aboutUs('It was obviously described in our documentation.', 'obviously')).toBe(false);
    expect(aboutUs('Obviously, you need the update.', 'obviously')).toBe(false);
  });
});

describe('clauses and soft line wraps', () => {
  it('a soft line wrap does not cut a condition from its clause', () => {
    const { draft, found } = hit('If the form shows an error\nyou entered the wrong code.', 'you entered the wrong');
    expect(isConditional(draft, found)).toBe(true);
  });
});

describe('who, when and what else is in the sentence', () => {
  it('our side as the subject, within three words of the hit', () => {
    const ours = check(isOurs);
    expect(ours('Our delivery fell short this time.', 'fell short')).toBe(true);
    expect(ours('We fell short.', 'fell short')).toBe(true);
    expect(ours('I noticed the report falls short of the brief.', 'falls short')).toBe(false);
  });

  it('a concrete time in the sentence', () => {
    const timed = check(hasTimeFrame);
    expect(timed("We'll get back to you by Friday.", "get back to you")).toBe(true);
    expect(timed('We will reply within 2 business days.', 'reply')).toBe(true);
    expect(timed("We'll get back to you soon.", 'get back to you')).toBe(false);
  });

  it('a promise about what will happen', () => {
    const promise = check(isPromise);
    expect(promise('It will ship soon.', 'soon')).toBe(true);
    expect(promise('Your refund should arrive soon.', 'soon')).toBe(true);
    expect(promise('I hope you feel better soon.', 'soon')).toBe(false);
  });

  it('another pattern elsewhere in the sentence', () => {
    const { draft, found } = hit('Your tone is unprofessional.', 'is unprofessional');
    expect(sentenceHolds(draft, found, ['your tone'])).toBe(true);
    expect(sentenceHolds(draft, found, ['unprofessional'])).toBe(false);
  });
});
