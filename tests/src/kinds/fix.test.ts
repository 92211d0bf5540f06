import { describe, expect, it } from 'vitest';
import { rewriteSuggestion } from '../../../src/kinds/fix.js';
import type { Sentence } from '../../../src/types.js';

const sentence = (text: string, start = 10): Sentence => ({ start, end: start + text.length, text, paragraph: 0, region: 'body', firstWord: 0, endWord: 0 });

describe('rewriteSuggestion', () => {
  it('offers the sentence with the edit applied', () => {
    const s = sentence('Just click Save. ');
    expect(rewriteSuggestion(s, { start: 10, end: 20, text: 'Click' })).toBe('Click Save.');
  });

  it('offers the words around the edit in a very long sentence', () => {
    const text = `${'we checked the logs and '.repeat(40)}simply restart it and ${'then we looked again and '.repeat(40)}`;
    const at = 10 + text.indexOf('simply ');
    const rewrite = rewriteSuggestion(sentence(text), { start: at, end: at + 'simply '.length, text: '' });
    expect(rewrite.startsWith('…')).toBe(true);
    expect(rewrite.endsWith('…')).toBe(true);
    expect(rewrite).toContain('logs and restart it and then');
    expect(rewrite.length).toBeLessThan(140);
  });
});
