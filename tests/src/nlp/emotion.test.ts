import { describe, expect, it } from 'vitest';
import { cueWords, quoteCues } from '../../../src/nlp/emotion/describe.js';
import { detectEmotions, readCustomer } from '../../../src/nlp/emotion/index.js';

const summary = (text: string) => detectEmotions(text).map((e) => `${e.emotion}:${e.strength}`);
const cuesOf = (text: string, emotion: string) =>
  detectEmotions(text)
    .find((e) => e.emotion === emotion)
    ?.cues.map((c) => c.text) ?? [];

describe('detectEmotions', () => {
  it('reads each of the six feelings', () => {
    expect(summary('I am absolutely livid about this.')).toEqual(['anger:3']);
    expect(summary('Honestly, I am fed up with the app logging me out.')).toEqual(['frustration:3']);
    expect(summary('My grandfather passed away last week and I miss him.')).toEqual(['sadness:3']);
    expect(summary("I'm confused about which plan I'm on.")).toEqual(['confusion:2']);
    expect(summary("I'm really worried my card details were stolen.")[0]).toBe('anxiety:3');
    expect(summary('Thank you so much for sorting this out.')).toEqual(['gratitude:3']);
  });

  it('points at the exact cue words', () => {
    const text = 'Hello. I am FURIOUS about the charge.';
    const [anger] = detectEmotions(text);
    expect(anger).toMatchObject({ emotion: 'anger', strength: 3 });
    const cue = anger!.cues[0]!;
    expect(text.slice(cue.start, cue.end)).toBe('FURIOUS');
  });

  it('counts repeated contact as frustration', () => {
    expect(cuesOf('This is the third time I have written about the invoice.', 'frustration')).toEqual(['This is the third time']);
    expect(summary('I have sent four emails and nobody has replied.')[0]).toBe('frustration:2');
  });

  it('reads the quiet frustration of a complaint that names no feeling', () => {
    const text = 'My order arrived broken and two items are missing. Still no reply to my email.';
    expect(detectEmotions(text).map((e) => e.emotion)).toContain('frustration');
    expect(cuesOf(text, 'frustration')).toEqual(expect.arrayContaining(['broken', 'missing']));
  });

  it('does not read a question about a possible problem as a complaint', () => {
    expect(detectEmotions('Will my parcel be delayed by the bank holiday?')).toEqual([]);
    expect(detectEmotions('How do I cancel my subscription?')).toEqual([]);
  });

  it('heats anger and frustration with "!!!" and shouting', () => {
    expect(summary('I am annoyed.')).toEqual(['frustration:2']);
    expect(summary('I am annoyed!!!')).toEqual(['frustration:3']);
    expect(cuesOf('I am annoyed. I WANT A REFUND NOW', 'frustration')).toContain('I WANT A REFUND NOW');
    expect(detectEmotions('PLEASE CALL ME BACK TODAY')).toEqual([]);
  });

  it('handles negation, with or without an apostrophe', () => {
    expect(detectEmotions("I'm not angry, just curious.")).toEqual([]);
    expect(detectEmotions('dont worry about it')).toEqual([]);
    expect(detectEmotions("No worries, I'm not in a rush.")).toEqual([]);
  });

  it('tells idioms from feelings', () => {
    expect(detectEmotions("I'm afraid I've forgotten my password.")).toEqual([]);
    expect(detectEmotions('Thanks to the update, the export works.')).toEqual([]);
    expect(detectEmotions('My phone died, so I am writing from a laptop.')).toEqual([]);
    expect(summary('Thanks for nothing.')).toEqual(['anger:3']);
  });

  it('keeps mild wording mild', () => {
    expect(summary("I'm a bit confused by the invoice.")).toEqual(['confusion:1']);
    expect(summary('Thanks in advance.')).toEqual(['gratitude:1']);
  });

  it('reads faces', () => {
    expect(summary('The colour is not what I expected :(')).toContain('sadness:1');
  });

  it('lists feelings strongest first, anger before frustration when equally strong', () => {
    expect(detectEmotions('I am furious. This is the third time I have asked.').map((e) => e.emotion)).toEqual([
      'anger',
      'frustration',
    ]);
  });

  it('reads nothing in a calm message or an empty one', () => {
    expect(detectEmotions('Hi, where can I download my invoice for March?')).toEqual([]);
    expect(detectEmotions('')).toEqual([]);
    expect(detectEmotions('1234 ... ???')).toEqual([]);
  });
});

describe('readCustomer', () => {
  it('reads feelings and questions together, and the same message once', () => {
    const text = 'I am really worried. Is my account safe?';
    const first = readCustomer(text);
    expect(first.emotions[0]?.emotion).toBe('anxiety');
    expect(first.questions.map((q) => q.text)).toEqual(['Is my account safe?']);
    expect(readCustomer(text)).toBe(first);
  });

  it('has nothing to read in an empty message', () => {
    expect(readCustomer('  ')).toEqual({ emotions: [], questions: [] });
  });
});

describe('cue words', () => {
  it('quotes each cue once, words before bare punctuation', () => {
    const readings = detectEmotions('I am FURIOUS!!! Furious, I tell you.');
    expect(cueWords(readings)).toEqual(['FURIOUS', '!!!']);
    expect(quoteCues(readings, 1)).toBe('"FURIOUS"');
  });
});
