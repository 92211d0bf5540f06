import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/input/errors.js';
import { extractHtml } from '../../../src/input/html.js';
import { findings } from './helpers.js';

describe('HTML reader', () => {
  it('reports positions in the HTML source, across tags and entities', async () => {
    const html = [
      '<html><head><title>Unfortunately</title><style>p { color: red }</style></head><body>',
      '<p>Hi {{ticket.requester.first_name}},</p>',
      '<p>We checked &amp; <b>per my last</b> email, the parcel left on Monday.</p>',
      '<p>Unfortunately&nbsp;it is late.</p>',
      '</body></html>',
    ].join('\n');
    expect(await findings('reply.html', html)).toEqual([
      expect.objectContaining({ line: 3, column: 24, endColumn: 45, highlighted: 'per my last</b> email' }),
      expect.objectContaining({ line: 4, column: 4, endColumn: 17, highlighted: 'Unfortunately' }),
    ]);
  });

  it('treats Gmail, Outlook and Apple Mail quotes and signatures as not the reply', async () => {
    const gmail =
      '<div dir="ltr">Hi Sam,<div><br></div><div>The parcel left today.</div><div><br></div><div>Best,</div>' +
      '<div class="gmail_signature" data-smartmail="gmail_signature">Ana<br>Unfortunately we close at six.</div></div>' +
      '<div class="gmail_quote"><div class="gmail_attr">On Mon, Sam wrote:<br></div>' +
      '<blockquote class="gmail_quote"><div>Per my last email, where is it?</div></blockquote></div>';
    const outlook =
      '<div>Hi Sam,</div><div>The parcel left today.</div><div id="appendonsend"></div><hr>' +
      '<div id="divRplyFwdMsg"><b>From:</b> Sam<br><b>Sent:</b> Monday</div><div>Unfortunately, per my last email, nothing came.</div>';
    const apple = '<div>Hi Sam, it left today.</div><div><br><blockquote type="cite"><div>Unfortunately nothing came.</div></blockquote></div>';
    for (const html of [gmail, outlook, apple]) expect(await findings('reply.html', html)).toEqual([]);
  });

  it('reads HTML nested deeper than the call stack goes, with its quotes closed in order', () => {
    const depth = 50_000;
    const { text } = extractHtml(`${'<div>'.repeat(depth)}Hi Sam,${'</div>'.repeat(depth)}<blockquote><div><p>one</p></div></blockquote><p>Best, Ana</p>`);
    expect(text).toBe('Hi Sam,\n\n> one\n\nBest, Ana');
  });

  it('lays out blocks, line breaks and quotes the way a mail client shows them', () => {
    const { text } = extractHtml('<div>Hi,</div><div><br></div><div>Thanks   for\n  waiting.<br>Ana</div><blockquote><p>one</p><p>two</p></blockquote>');
    expect(text).toBe('Hi,\n\nThanks for waiting.\nAna\n\n> one\n\n> two');
  });

  it('never reports code, hidden text, attributes, comments or placeholders', async () => {
    const html = [
      '<div style="display:none">Unfortunately</div>',
      '<!-- Unfortunately, per my last email -->',
      '<p title="Unfortunately">Run <code>unfortunately</code> or see <a href="https://example.com/{{ unfortunately }}">our page</a>.</p>',
      '<pre>Unfortunately per my last email</pre>',
      '<p>{{ unfortunately }} [[unfortunately]] %UNFORTUNATELY% <attribute key="user.unfortunately"/></p>',
    ].join('\n');
    expect(await findings('reply.html', html)).toEqual([]);
  });

  it('checks text inside template conditionals, even glued to the tags', async () => {
    const html = '<p>Hi,</p><p>{% if late %}Unfortunately it is late.{% else %}It is on time.{% endif %}</p>';
    expect(await findings('reply.html', html)).toEqual([expect.objectContaining({ line: 1, column: 27, highlighted: 'Unfortunately' })]);
  });

  it('keeps directive comments as template comments and writes fixes back as HTML', async () => {
    expect(extractHtml('<!-- tonecheck-disable blame-free --><p>Hi</p>').text).toBe('{{! tonecheck-disable blame-free }}\n\nHi');
    const [found] = await findings('reply.html', '<p>Hi, per my last email.</p>');
    expect(found!.fix).toEqual({ start: 7, end: 24, text: 'As noted' });
  });

  it('refuses HTML with no visible words', async () => {
    await expect(findings('banner.html', '<table><tr><td><img src="a.png"></td></tr></table>{{ footer }}')).rejects.toEqual(
      new InputError('banner.html', 'no visible text to check (the HTML is only markup)'),
    );
  });
});
