import { describe, expect, it } from 'vitest';
import { contentWords, findQuestions } from '../../../src/nlp/emotion/questions.js';

const asked = (text: string) => findQuestions(text).map((q) => [q.text, q.kind]);

describe('findQuestions', () => {
  it('finds each question with its kind and exact offsets', () => {
    const text = 'Hi team,\nCan I change my delivery address? Also, when will the refund arrive?';
    const questions = findQuestions(text);
    expect(questions.map((q) => [q.text, q.kind])).toEqual([
      ['Can I change my delivery address?', 'yes-no'],
      ['Also, when will the refund arrive?', 'when'],
    ]);
    for (const q of questions) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('reads the question words', () => {
    expect(asked('How much is the premium plan? Where do I find my invoices? Why was I charged twice?')).toEqual([
      ['How much is the premium plan?', 'how-much'],
      ['Where do I find my invoices?', 'where'],
      ['Why was I charged twice?', 'why'],
    ]);
    expect(asked('How do I export my contacts?')).toEqual([['How do I export my contacts?', 'how']]);
  });

  it('finds requests for information that have no question mark', () => {
    expect(asked('Please let me know when the replacement ships.')).toEqual([
      ['Please let me know when the replacement ships.', 'request'],
    ]);
    expect(asked("I'd like to know whether the warranty covers water damage.")[0]?.[1]).toBe('request');
  });

  it('leaves rhetorical questions out', () => {
    expect(findQuestions('Seriously? How hard can it be to send a parcel? Are you kidding me?')).toEqual([]);
    expect(findQuestions('Why? What is the point of a tracking number?')).toEqual([]);
  });

  it('keeps the content words, as stems', () => {
    const [q] = findQuestions('Can I change my delivery address?');
    expect(q?.keywords).toEqual(['change', 'delivery', 'address']);
    expect(q?.stems).toEqual(['chang', 'deliveri', 'address']);
  });

  it('finds nothing without a question', () => {
    expect(findQuestions('My order arrived today. Thanks!')).toEqual([]);
    expect(findQuestions('')).toEqual([]);
  });
});

describe('contentWords', () => {
  it('drops function words, pronouns and numbers', () => {
    expect(contentWords('Could you please tell me if my 2 parcels have shipped yet?')).toEqual(['parcels', 'shipped']);
  });
});
