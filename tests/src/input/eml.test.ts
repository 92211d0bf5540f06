import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/input/errors.js';
import { inputFromBytes } from '../../../src/input/read.js';
import { findings } from './helpers.js';

const crlf = (...lines: string[]) => lines.join('\r\n');

const PLAIN = crlf(
  'From: Ana <ana@example.com>',
  'Subject: Unfortunately, your order',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: 7bit',
  '',
  'Hi Sam,',
  '',
  'The order left today, per my last email.',
  '',
  'Best,',
  'Ana',
  '-- ',
  'Unfortunately we close at six.',
  '',
  'On Mon, 2 Mar 2026 at 18:40, Sam <sam@example.net> wrote:',
  '> Unfortunately nothing came.',
  '',
);

describe('e-mail reader', () => {
  it('reads a plain body stored as it is with positions in the file, and the subject on its own', async () => {
    expect(await findings('reply.eml', PLAIN)).toEqual([
      expect.objectContaining({ entry: 'subject', line: 2, column: 10, endColumn: 23, highlighted: 'Unfortunately' }),
      expect.objectContaining({ line: 8, column: 23, endColumn: 40, highlighted: 'per my last email' }),
    ]);
  });

  it('marks the subject as a fragment of the message, not a whole reply', async () => {
    const { sources } = await inputFromBytes('reply.eml', Buffer.from(PLAIN));
    expect(sources.map((s) => [s.entryId, s.fragment])).toEqual([['subject', true], [undefined, undefined]]);
  });

  it('counts positions in the decoded body when the body is encoded, and says so', async () => {
    const eml = crlf(
      'Subject: Re: Unfortunately',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<div dir=3D"ltr">Hi Sam,<div><br></div><div>It left today, per my last em=',
      'ail.</div><div class=3D"gmail_quote"><blockquote>Unfortunately not.</blockquote></div></div>',
    );
    const { sources } = await inputFromBytes('reply.eml', Buffer.from(eml));
    // A reply's subject repeats the customer's: not checked.
    expect(sources.map((s) => s.entryId)).toEqual(['decoded body']);
    expect(sources[0]!.origin?.positions).toBe('decoded');
    expect(await findings('reply.eml', eml)).toEqual([
      expect.objectContaining({ entry: 'decoded body', line: 1, column: 58, highlighted: 'per my last email' }),
    ]);
  });

  it('decodes base64 bodies and encoded subjects', async () => {
    const body = Buffer.from('Hi,\n\nper my last email, it shipped.\n').toString('base64');
    const eml = crlf('Subject: =?UTF-8?Q?Unfortunately_late?=', 'Content-Type: text/plain', 'Content-Transfer-Encoding: base64', '', body, '');
    expect(await findings('reply.eml', eml)).toEqual([
      expect.objectContaining({ entry: 'decoded subject', line: 1, column: 1, highlighted: 'Unfortunately' }),
      expect.objectContaining({ entry: 'decoded body', line: 3, column: 1, highlighted: 'per my last email' }),
    ]);
  });

  it('prefers the text part of a multipart message, and reports one with no text at all', async () => {
    const alternative = crlf(
      'Content-Type: multipart/alternative; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Per my last email, yes.',
      '--b',
      'Content-Type: text/html',
      '',
      '<p>Unfortunately, yes.</p>',
      '--b--',
      '',
    );
    expect(await findings('reply.eml', alternative)).toEqual([expect.objectContaining({ line: 6, column: 1, highlighted: 'Per my last email' })]);
    const attachmentOnly = crlf('Subject: x', 'Content-Type: application/pdf', 'Content-Transfer-Encoding: base64', '', 'JVBERi0=', '');
    await expect(inputFromBytes('scan.eml', Buffer.from(attachmentOnly))).rejects.toEqual(new InputError('scan.eml', 'no text or HTML body to check'));
  });

  it('writes fixes back only where the body is stored as it reads', async () => {
    const [, body] = await findings('reply.eml', PLAIN);
    expect(body!.fix).toEqual({ start: PLAIN.indexOf('per my last email'), end: PLAIN.indexOf('per my last email') + 17, text: 'As noted' });
    const encoded = await findings('reply.eml', crlf('Content-Transfer-Encoding: base64', '', Buffer.from('per my last email').toString('base64')));
    expect(encoded[0]!.fix).toBeUndefined();
  });
});
