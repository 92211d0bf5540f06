import { describe, expect, it } from 'vitest';
import { acknowledges, findAcknowledgements } from '../../../src/nlp/acknowledgement.js';

describe('acknowledges', () => {
  it.each([
    "I'm sorry this has been so frustrating.",
    'I understand how stressful this must be.',
    'That sounds really annoying.',
    "I can see why you'd be upset.",
    "You're right to ask about this.",
    'I can only imagine how that felt.',
    'We apologize for the delay.',
    'My apologies for the mix-up.',
    'Sorry about that!',
    "What a hassle — let's fix it.",
    'It’s completely understandable to feel that way.',
    'You must be so tired of this.',
    'I would be frustrated too.',
    'I hear you.',
  ])('"%s" acknowledges', (text) => {
    expect(acknowledges(text)).toBe(true);
  });

  it.each([
    "I'm sorry you feel that way.",
    "I'm sorry if you were offended.",
    'Your refund was issued today.',
    'I see that you entered the wrong address.',
    'Thank you for your patience.',
    'It is hard to say when it will ship.',
  ])('"%s" does not', (text) => {
    expect(acknowledges(text)).toBe(false);
  });

  it('returns kinds and exact spans in order', () => {
    const text = "Sorry for the wait. That must be frustrating.";
    expect(findAcknowledgements(text).map(({ kind, start, end, text: t }) => ({ kind, t, ok: text.slice(start, end) === t }))).toEqual([
      { kind: 'apology', t: 'Sorry for', ok: true },
      { kind: 'validation', t: 'That must be frustrating', ok: true },
    ]);
  });
});
