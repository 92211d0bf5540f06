import { describe, expect, it } from 'vitest';
import { detectFeelings } from '../../../src/nlp/feelings.js';

const summary = (text: string) => detectFeelings(text).map((f) => `${f.emotion}:${f.strength}`);

describe('detectFeelings', () => {
  it('finds each emotion with its cue words and exact spans', () => {
    const text = 'I am so frustrated. The app keeps crashing and I am worried about my files.';
    const feelings = detectFeelings(text);
    expect(feelings.map((f) => f.emotion)).toEqual(['frustration', 'anxiety']);
    const cue = feelings[0]!.cues[0]!;
    expect(cue).toEqual({ text: 'frustrated', start: 8, end: 18 });
    expect(text.slice(cue.start, cue.end)).toBe(cue.text);
  });

  it('finds anger, sadness and confusion', () => {
    expect(summary('This is outrageous.')).toEqual(['anger:3']);
    expect(summary('I am so sad that the tickets sold out.')).toEqual(['sadness:3']);
    expect(summary('The pricing page makes no sense to me.')).toEqual(['confusion:1']);
  });

  it('counts disappointment as frustration, which needs the same reply', () => {
    expect(summary('I am really disappointed with the repair.')).toEqual(['frustration:3']);
  });

  it('leaves gratitude out: it is not a feeling to acknowledge', () => {
    expect(detectFeelings('Thank you so much, that fixed it!')).toEqual([]);
  });

  it('ignores negated feelings', () => {
    expect(detectFeelings("I'm not angry, just curious.")).toEqual([]);
    expect(detectFeelings("I wasn't at all worried about it.")).toEqual([]);
    expect(detectFeelings('No worries, it is not urgent.')).toEqual([]);
    expect(detectFeelings('I am no longer frustrated, thanks!')).toEqual([]);
  });

  it('does not take a broader clause for a negation', () => {
    expect(summary("I can't believe how frustrating this is")).toEqual(['frustration:2']);
    expect(summary("I couldn't be more frustrated.")).toEqual(['frustration:3']);
  });

  it('raises strength for intensifiers, exclamation marks and capitals, lowers it for softeners', () => {
    expect(summary('I am annoyed.')).toEqual(['frustration:2']);
    expect(summary('I am extremely annoyed.')).toEqual(['frustration:3']);
    expect(summary('I am annoyed!')).toEqual(['frustration:3']);
    expect(summary('I am ANNOYED.')).toEqual(['frustration:3']);
    expect(summary('I am a bit annoyed.')).toEqual(['frustration:1']);
  });

  it('counts several cues of one emotion as stronger', () => {
    expect(summary('Annoying. Irritating. Frustrating.')).toEqual(['frustration:3']);
  });

  it('reads curly apostrophes and multi-word cues', () => {
    expect(summary('I’m fed up with this.')).toEqual(['frustration:3']);
    expect(summary('This is the third time I have asked.')).toEqual(['frustration:2']);
    expect(summary("I'm not happy with the service.")).toEqual(['frustration:2']);
  });

  it('ignores hyphenated compounds and calm messages', () => {
    expect(detectFeelings('We want a hassle-free, stress-free setup.')).toEqual([]);
    expect(detectFeelings('Hi, where can I find my invoices? Thanks!')).toEqual([]);
    expect(detectFeelings('')).toEqual([]);
  });

  it('orders feelings strongest first', () => {
    expect(summary('I am a bit confused and absolutely furious.')).toEqual(['anger:3', 'confusion:1']);
  });
});
