import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/document/draft.js';

describe('buildDraft', () => {
  it('masks quoted text, signatures and placeholders in lintText without moving anything', () => {
    const text = 'Hi {{name}},\r\n\r\nSorry.\r\n\r\nBest,\r\nAna\r\n\r\n> Angry words\r\n';
    const draft = buildDraft(text);
    expect(draft.lintText).toHaveLength(text.length);
    expect(draft.lintText.split(/\r\n/).length).toBe(text.split(/\r\n/).length);
    expect(draft.lintText).toContain('Hi xxxxxxxx,');
    expect(draft.lintText).not.toContain('Angry');
    expect(draft.lintText).not.toContain('Ana');
    expect(draft.lintText).toContain('Sorry.');
  });

  it('takes the customer text from explicit context over the quote', () => {
    expect(buildDraft('Done.\n\n> quoted', { context: 'From the ticket' }).customerText).toBe('From the ticket');
  });

  it('answers regionAt, positionAt and touchesPlaceholder', () => {
    const text = 'Hi {{name}},\n\nAll set.\n\n> Why?';
    const draft = buildDraft(text);
    expect(draft.regionAt(0)).toBe('greeting');
    expect(draft.regionAt(text.indexOf('All'))).toBe('body');
    expect(draft.regionAt(text.indexOf('Why'))).toBe('quoted');
    expect(draft.positionAt(text.indexOf('All'))).toEqual({ line: 3, column: 1 });
    expect(draft.touchesPlaceholder(0, 4)).toBe(true);
    expect(draft.touchesPlaceholder(0, 3)).toBe(false);
  });

  it('segments a large draft with many placeholders', () => {
    const paragraph = 'Thanks for waiting, {{name}}. Your refund of $49.99 was issued on {{date}}, e.g. by card.\n\n';
    const draft = buildDraft(paragraph.repeat(2000));
    expect(draft.sentences).toHaveLength(4000);
    expect(draft.words.filter((w) => w.opaque === 'placeholder')).toHaveLength(4000);
  });
});
