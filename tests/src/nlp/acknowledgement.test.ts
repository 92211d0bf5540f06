import { describe, expect, it } from 'vitest';
import { acknowledges, detectAcknowledgement, findAcknowledgements } from '../../../src/nlp/acknowledgement.js';

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

describe('detectAcknowledgement', () => {
  it('finds a bare "Sorry," and marks the word, not its comma', () => {
    const cues = detectAcknowledgement('Sorry, the link in my last email had expired.').cues.filter((c) => c.kind === 'apology');
    expect(cues).toMatchObject([{ start: 0, end: 5, text: 'Sorry' }]);
  });

  it.each(["I'm not sorry.", "You'll be sorry.", "He wasn't sorry."])('finds no apology in "%s"', (text) => {
    expect(detectAcknowledgement(text).cues.filter((c) => c.kind === 'apology')).toEqual([]);
  });


  it.each([
    ['apology', "I'm so sorry the refund took this long."],
    ['validation', 'That sounds really stressful.'],
    ['reflection', "It sounds like you've had a rough week with this."],
    ['reflection', "So you've been locked out since Monday, is that right?"],
    ['affirmation', "You're not alone in this; plenty of people find the new layout confusing."],
    ['affirmation', "Don't worry, your photos are safe."],
    ['sympathy', 'I hope things get easier for you soon.'],
    ['shared-experience', "I've been there myself."],
    ['shared-experience', 'I was in the same spot last year. I felt completely lost for weeks.'],
    ['validation', 'That does sound hard, and anyone would be worn out by now.'],
    ['validation', "It's never easy when a plan falls through at the last minute."],
    ['validation', "I know what you're going through with the move."],
    ['reflection', 'It seems like the new schedule has left you with very little time.'],
    ['reflection', 'So you were charged twice and nobody called you back?'],
    ['reflection', 'That is a really tough position to be in.'],
    ['affirmation', 'There is nothing to be ashamed of in asking for more time.'],
    ['affirmation', "You're handling this really well, and you'll get through it."],
    ['sympathy', 'Hope things turn around for you soon.'],
    ['shared-experience', "I've been there too, and it took me a while."],
    ['apology', "Sorry to hear that. I've moved your booking to Friday; does that still work?"],
    ['validation', 'I completely understand how you feel about the new pricing.'],
    ['validation', 'I can definitely understand why the outage worried you.'],
    ['validation', 'Anyone in your position would want a straight answer.'],
    ['reflection', 'Ok, so your parcel was marked delivered but never arrived?'],
    ['reflection', 'So your team lost access during the migration.'],
    ['reflection', 'Moving a whole shop to a new platform can be daunting.'],
    ['affirmation', "I'm sure with the new settings you'll see the difference."],
    ['affirmation', 'You will get through the backlog, and we are here to help.'],
    ['affirmation', 'Glitches like this happen to the best of us.'],
    ['affirmation', 'That was really thoughtful of you to send the logs.'],
    ['sympathy', 'Hopefully things are calmer at your end this week.'],
    ['reflection', 'So I hear you saying the export worked until the last update?'],
  ])('finds %s in "%s"', (kind, text) => {
    const result = detectAcknowledgement(text);
    expect(result.acknowledges).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(0.5);
    expect(result.cues.map((c) => c.kind)).toContain(kind);
  });

  it.each([
    'Your refund was issued today.',
    'How do you feel about the new plan?',
    'Are you feeling better?',
    'You can change how you feel about notifications in Settings.',
    "I checked your order. I've sent the tracking link, and I'll follow up tomorrow.",
    "I'm happy to help. I've reset your password.",
    "I'm sorry you feel that way.",
    'Do you feel like the app is slower since the update?',
    'Can you tell me more about what you are feeling right now?',
    "It's easy to update your card in Settings.",
    'How long have you been there?',
    'So you can reset your password from the login page.',
    'So you know, the refund takes five working days.',
    "So you'll need to sign in again after the update.",
    'So that you get the code, check your spam folder.',
    "I'm sure you understand that we cannot refund used items.",
    'Hopefully this fixes the sync problem.',
    'We felt sorry for the courier and waited.',
    'Tell the team how you feel about the new plan.',
  ])('finds nothing in "%s"', (text) => {
    const result = detectAcknowledgement(text);
    expect(result.acknowledges).toBe(false);
    expect(result.score).toBeLessThan(0.5);
  });

  it('lets a bare formula before a closing question count for less than the same words on their own', () => {
    const preface = detectAcknowledgement('Oh no. When did it start?');
    const alone = detectAcknowledgement('Oh no. Let me look into it.');
    expect(alone.acknowledges).toBe(true);
    expect(preface.acknowledges).toBe(false);
    expect(preface.score).toBeLessThan(alone.score);
    expect(detectAcknowledgement("I'm so sorry you've had to chase this for a week. When did it start?").acknowledges).toBe(true);
    expect(detectAcknowledgement('I feel the same way. Do you want to talk about it?').acknowledges).toBe(true);
  });

  it('counts overlapping cues once', () => {
    const one = detectAcknowledgement("I'm so sorry.");
    expect(one.cues.length).toBeGreaterThan(1);
    expect(one.score).toBe(0.75);
  });

  it('returns cues with exact offsets, in order, and a score within 0 and 1', () => {
    const text = 'Oh no. I can see why that was upsetting, and I hope it gets sorted soon.';
    const { cues, score } = detectAcknowledgement(text);
    expect(score).toBeLessThanOrEqual(1);
    expect(cues.length).toBeGreaterThanOrEqual(2);
    for (const cue of cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
    expect(cues.map((c) => c.start)).toEqual([...cues.map((c) => c.start)].sort((a, b) => a - b));
  });
});
