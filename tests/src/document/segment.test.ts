import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/document/draft.js';

const sentences = (text: string) => buildDraft(text).sentences.map((s) => s.text);

describe('sentences', () => {
  it('do not end at abbreviations, initials, decimals, URLs or e-mail addresses', () => {
    expect(
      sentences('Mr. Lee will call by 3 p.m. tomorrow, e.g. around 2. The refund of $49.99 is at https://example.com/a.b. Write to help@example.com today.'),
    ).toEqual([
      'Mr. Lee will call by 3 p.m. tomorrow, e.g. around 2.',
      'The refund of $49.99 is at https://example.com/a.b.',
      'Write to help@example.com today.',
    ]);
  });

  it('end after "p.m." when a new sentence starts', () => {
    expect(sentences('We close at 5 p.m. Then the team is offline.')).toEqual(['We close at 5 p.m.', 'Then the team is offline.']);
  });

  it('do not end at an ellipsis before a lower-case word', () => {
    expect(sentences("It's not on the Basic plan... yet! Sorry.")).toEqual(["It's not on the Basic plan... yet!", 'Sorry.']);
  });

  it('treat each list item as its own sentence, and a line ending in a colon as a sentence', () => {
    expect(sentences('Here is what to do:\n1. Clear the cache\n2. Restart the app\n- Sign in')).toEqual([
      'Here is what to do:',
      '1. Clear the cache',
      '2. Restart the app',
      '- Sign in',
    ]);
  });

  it('read a hard-wrapped line break as soft wrapping', () => {
    expect(sentences('We have refunded the full amount\nto your card today.')).toEqual(['We have refunded the full amount\nto your card today.']);
  });

  it('are never split by template syntax', () => {
    expect(sentences('Your order {{order.id}} ships on {% if fast %}Monday{% endif %}. Thanks!')).toEqual([
      'Your order {{order.id}} ships on {% if fast %}Monday{% endif %}.',
      'Thanks!',
    ]);
  });
});

describe('paragraphs', () => {
  it('are separated by blank lines and know the region and whether they hold a list', () => {
    const { paragraphs } = buildDraft('Hi Sam,\n\nFirst part.\nStill first.\n  \nSteps:\n- one\n- two\n\nBest,\nAna');
    expect(paragraphs.map((p) => [p.region, p.isList])).toEqual([
      ['greeting', false],
      ['body', false],
      ['body', true],
      ['closing', false],
    ]);
  });
});

describe('words', () => {
  it('carry offsets, a normalised form and opaque kinds', () => {
    const text = 'We can’t reach {{name}} at help@example.com or https://example.com/x today 🙂.';
    const { words } = buildDraft(text);
    expect(words.map((w) => w.normal)).toEqual(['we', "can't", 'reach', '{{name}}', 'at', 'help@example.com', 'or', 'https://example.com/x', 'today']);
    expect(words.filter((w) => w.opaque).map((w) => w.opaque)).toEqual(['placeholder', 'email', 'url']);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it('are found on either side of placeholders glued to them, mid-sentence and in every sentence after', () => {
    const text = 'Thanks for waiting, your parcel left on{{ship_date}}and reached {{city}}today.\n\nA second sentence follows.';
    const { words } = buildDraft(text);
    expect(words.map((w) => w.text)).toEqual([
      'Thanks', 'for', 'waiting', 'your', 'parcel', 'left', 'on', '{{ship_date}}', 'and', 'reached', '{{city}}', 'today',
      'A', 'second', 'sentence', 'follows',
    ]);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it('are indexed by sentence', () => {
    const draft = buildDraft('One two. Three four five.');
    const [first, second] = draft.sentences;
    expect(draft.words.slice(first!.firstWord, first!.endWord).map((w) => w.text)).toEqual(['One', 'two']);
    expect(draft.words.slice(second!.firstWord, second!.endWord).map((w) => w.text)).toEqual(['Three', 'four', 'five']);
  });

  it('are not produced for quoted text or signatures', () => {
    const draft = buildDraft('Done.\n\nBest,\nAna Smith\n\n> You never answer!');
    expect(draft.words.map((w) => w.text)).toEqual(['Done', 'Best']);
  });
});
