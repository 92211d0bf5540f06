import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/document/draft.js';
import type { RegionKind } from '../../../src/types.js';

/** The text of every region of one kind, joined, trimmed. */
function regionText(text: string, kind: RegionKind): string {
  const draft = buildDraft(text);
  return draft.regions
    .filter((r) => r.kind === kind)
    .map((r) => text.slice(r.start, r.end))
    .join('')
    .trim();
}

describe('regions', () => {
  it('cover the whole text in order without overlap', () => {
    const text = 'Hi Sam,\n\nThanks for the note.\n\nBest,\nAna\n\n> old\n';
    const { regions } = buildDraft(text);
    expect(regions[0]!.start).toBe(0);
    expect(regions.at(-1)!.end).toBe(text.length);
    regions.slice(1).forEach((r, i) => expect(r.start).toBe(regions[i]!.end));
  });

  it('finds greeting, body, closing and signature', () => {
    const text = 'Hello Priya,\n\nYour refund was issued today.\n\nKind regards,\nAna\nCustomer Support\n';
    expect(regionText(text, 'greeting')).toBe('Hello Priya,');
    expect(regionText(text, 'body')).toBe('Your refund was issued today.');
    expect(regionText(text, 'closing')).toBe('Kind regards,');
    expect(regionText(text, 'signature')).toBe('Ana\nCustomer Support');
  });

  it('splits a greeting that shares its line with the first sentence', () => {
    const text = 'Hi Sam, thanks for writing in.';
    expect(regionText(text, 'greeting')).toBe('Hi Sam,');
    expect(regionText(text, 'body')).toBe('thanks for writing in.');
  });

  it.each([
    ['Dear customer,', 'Dear customer,'],
    ['To whom it may concern:', 'To whom it may concern:'],
    ['Hi {{ticket.requester.first_name}},', 'Hi {{ticket.requester.first_name}},'],
    ['Dear Mr. Lee,', 'Dear Mr. Lee,'],
    ['Good morning Chen', 'Good morning Chen'],
  ])('reads %j as a greeting', (line, greeting) => {
    expect(regionText(`${line}\n\nYour order shipped.`, 'greeting')).toBe(greeting);
  });

  it('does not take a first sentence for a greeting', () => {
    expect(regionText('Thanks for reaching out.\n\nYour order shipped.', 'greeting')).toBe('');
  });

  it('starts the signature at the "-- " delimiter', () => {
    const text = 'Hi,\n\nAll fixed now.\n\n-- \nAna | Support\nsupport@example.com';
    expect(regionText(text, 'signature')).toBe('-- \nAna | Support\nsupport@example.com');
    expect(regionText(text, 'closing')).toBe('');
  });

  it('reads a file that opens with the "-- " delimiter as a signature only', () => {
    const text = '-- \nAna Smith\nSupport Lead | We cannot refund anything\n';
    expect(regionText(text, 'signature')).toBe(text.trim());
    expect(regionText(text, 'body')).toBe('');
  });

  it('reads a sign-off with a name on the same line as the closing', () => {
    const text = 'Hi,\n\nAll fixed now.\n\nCheers, Lina';
    expect(regionText(text, 'closing')).toBe('Cheers, Lina');
  });

  it('does not take a thank-you sentence at the end of the body for a sign-off', () => {
    const text = 'Hi,\n\nAll fixed now.\n\nThanks again for your patience and understanding.';
    expect(regionText(text, 'closing')).toBe('');
    expect(regionText(text, 'body')).toContain('Thanks again for your patience');
  });

  it('does not take a one-line reply for a sign-off', () => {
    expect(regionText('Thanks!', 'body')).toBe('Thanks!');
  });

  it('marks > lines and an "On … wrote:" header as quoted', () => {
    const text = 'Hi Sam,\n\nDone.\n\nOn Tue, 3 Mar 2026 at 10:00, Sam <sam@example.com> wrote:\n> Where is my order?\n>\n> Sam\n';
    expect(regionText(text, 'quoted')).toBe('On Tue, 3 Mar 2026 at 10:00, Sam <sam@example.com> wrote:\n> Where is my order?\n>\n> Sam');
    expect(regionText(text, 'body')).toBe('Done.');
  });

  it('handles an "On … wrote:" header wrapped onto two lines', () => {
    const text = 'Done.\n\nOn Tue, 3 Mar 2026 at 10:00, Sam Example\n<sam@example.com> wrote:\n> Where is it?';
    expect(regionText(text, 'body')).toBe('Done.');
  });

  it('keeps inline replies between quoted lines as body', () => {
    const text = '> Can I get a refund?\nYes, I have issued it.\n\n> And the invoice?\nAttached.';
    expect(regionText(text, 'body')).toBe('Yes, I have issued it.\n\nAttached.');
    expect(buildDraft(text).customerText).toBe('Can I get a refund?\n\nAnd the invoice?');
  });

  it.each([
    ['-----Original Message-----\nFrom: Sam\nSent: Monday\nThis is broken again.'],
    ['From: Sam Example <sam@example.com>\nSent: Monday, 2 March 2026 09:12\nTo: Support\nSubject: Broken\n\nThis is broken again.'],
    ['________________________________\nFrom: Sam\nSent: Monday\n\nThis is broken again.'],
    ['---------- Forwarded message ---------\nFrom: Sam\nDate: Mon\n\nThis is broken again.'],
    ['Begin forwarded message:\n\nThis is broken again.'],
    ['On Mon, Sam wrote:\nThis is broken again.'],
  ])('quotes the rest of the thread after a client header (%#)', (thread) => {
    const text = `Hi Sam,\n\nI have fixed it.\n\nBest,\nAna\n\n${thread}`;
    expect(regionText(text, 'body')).toBe('I have fixed it.');
    expect(regionText(text, 'quoted')).toContain('This is broken again.');
    expect(buildDraft(text).customerText).toContain('This is broken again.');
  });

  it('keeps exact offsets with CRLF line endings', () => {
    const text = 'Hi Sam,\r\n\r\nDone.\r\n\r\nBest,\r\nAna\r\n\r\n> Help!\r\n';
    const draft = buildDraft(text);
    const body = draft.regions.find((r) => r.kind === 'body')!;
    expect(text.slice(body.start, body.end).trim()).toBe('Done.');
    expect(draft.customerText).toBe('Help!');
  });

  it('treats an empty text as one empty body', () => {
    expect(buildDraft('').regions).toEqual([{ kind: 'body', start: 0, end: 0 }]);
  });
});
