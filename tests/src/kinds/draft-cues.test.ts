import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/document/draft.js';
import { acknowledgementsOf, commitmentsOf, commitsWithin, cuesWithin } from '../../../src/kinds/draft-cues.js';

const REPLY = [
  'Hi Dana,',
  '',
  "I'm so sorry the parcel went missing. I've sent a replacement today.",
  'Reply with your new address and it ships by Friday.',
  '',
  'Best regards,',
  'Ana',
  '',
  '> I am really sorry to bother you, but where is my order? Ship it by Monday.',
].join('\n');

describe('draft cues', () => {
  const draft = buildDraft(REPLY);

  it('finds acknowledgements in the reply only, at their offsets in the draft', () => {
    const found = acknowledgementsOf(draft);
    expect(found.map((a) => REPLY.slice(a.start, a.end).toLowerCase())).toEqual(["i'm so sorry"]);
    expect(found.every((a) => a.kind === 'apology')).toBe(true);
  });

  it('finds commitments in the reply only, each with its kind', () => {
    const found = commitmentsOf(draft).map((c) => [c.kind, REPLY.slice(c.start, c.end)]);
    expect(found).toContainEqual(['action', "I've sent"]);
    expect(found).toContainEqual(['time-frame', 'today']);
    expect(found).toContainEqual(['reader-step', 'Reply']);
    expect(found).toContainEqual(['time-frame', 'by Friday']);
    expect(found.some(([, text]) => text === 'by Monday')).toBe(false);
  });

  it('reads them sentence by sentence', () => {
    const [apology, action, step] = draft.sentences.filter((s) => s.region === 'body');
    expect(cuesWithin(acknowledgementsOf(draft), apology!)).toHaveLength(1);
    expect(cuesWithin(acknowledgementsOf(draft), action!)).toHaveLength(0);
    expect(commitsWithin(draft, apology!)).toBe(false);
    expect(commitsWithin(draft, action!, 'action')).toBe(true);
    expect(commitsWithin(draft, step!, 'time-frame')).toBe(true);
    expect(commitsWithin(draft, step!, 'action')).toBe(false);
  });

  it('searches each draft once, and each draft on its own', () => {
    expect(acknowledgementsOf(draft)).toBe(acknowledgementsOf(draft));
    expect(commitmentsOf(buildDraft('Thanks for writing in.'))).toEqual([]);
  });
});
