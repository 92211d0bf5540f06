import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../../src/input/markdown.js';
import { findings } from './helpers.js';

describe('Markdown reader', () => {
  it('reports the file\'s own line and column, across emphasis, links and escapes', async () => {
    const md = [
      '# Your refund',
      '',
      'Hi **Sam**, and *per my last* email, the refund is on its way.',
      '',
      '1. Unfortunately \\*not\\* yet &amp; [per my last email](https://example.com)',
    ].join('\n');
    expect(await findings('reply.md', md)).toEqual([
      expect.objectContaining({ line: 3, column: 18, endLine: 3, endColumn: 36, highlighted: 'per my last* email' }),
      expect.objectContaining({ line: 5, column: 4, endColumn: 17, highlighted: 'Unfortunately' }),
      expect.objectContaining({ line: 5, column: 37, endColumn: 54, highlighted: 'per my last email' }),
    ]);
  });

  it('keeps CRLF files, front matter and a BOM-less first line in step', async () => {
    const md = '---\r\ntitle: per my last email\r\n---\r\nHello,\r\n\r\nPer my last email, yes.\r\n';
    expect(await findings('reply.md', md)).toEqual([expect.objectContaining({ line: 6, column: 1, endColumn: 18, highlighted: 'Per my last email' })]);
  });

  it('never reports code, inline code, URLs, HTML comments, front matter, quotes or placeholders', async () => {
    const md = [
      '---',
      'note: unfortunately',
      '---',
      '<!-- unfortunately, per my last email -->',
      'Hi {{ticket.requester.first_name}},',
      '',
      'Run `unfortunately per my last email` or visit https://example.com/unfortunately.',
      '',
      '```',
      'Unfortunately per my last email',
      '```',
      '',
      '    indented code: unfortunately',
      '',
      '{% if vip %}Thanks for being with us.{% endif %} {{ unfortunately }} [[unfortunately]] %UNFORTUNATELY%',
      '',
      'On Monday, Sam wrote:',
      '',
      '> Unfortunately per my last email nothing arrived.',
    ].join('\n');
    expect(await findings('reply.md', md)).toEqual([]);
  });

  it('checks the text inside template conditionals', async () => {
    const md = 'Hi,\n\n{% if late %}Unfortunately it is late.{% else %}It is on time.{% endif %}\n';
    expect(await findings('reply.md', md)).toEqual([expect.objectContaining({ line: 3, column: 14, highlighted: 'Unfortunately' })]);
  });

  it('turns a blockquote into quoted lines and a directive comment into a template comment', () => {
    const { text } = extractMarkdown('Hi,\n\n<!-- tonecheck-disable-next-line -->\nThanks.\n\n> one\n> two\n');
    expect(text).toBe('Hi,\n\n{{! tonecheck-disable-next-line }}\n\nThanks.\n\n> one\n> two');
  });

  it('reads quotes nested deeper than the call stack goes', () => {
    const { text } = extractMarkdown(`Hi Sam,\n\n${'> '.repeat(5000)}an old thread\n\nThanks for waiting.\n`);
    expect(text.startsWith('Hi Sam,\n\n> ')).toBe(true);
    expect(text.endsWith('an old thread\n\nThanks for waiting.')).toBe(true);
  });

  it('lays out nested lists item by item', () => {
    expect(extractMarkdown('- one\n  - inner\n- two\n\n> - quoted\n').text).toBe('- one\n\n- inner\n\n- two\n\n> - quoted');
  });

  it('lays out lists and tables as the document model expects', () => {
    expect(extractMarkdown('- one\n- two\n\n| a | b |\n|---|---|\n| c | d |\n').text).toBe('- one\n- two\n\na\n\nb\n\nc\n\nd');
  });

  it('maps a safe fix back into the file, escaping Markdown syntax', async () => {
    const md = 'Hi,\n\nWe looked, per my last email.\n';
    const [found] = await findings('reply.md', md);
    expect(found!.fix).toEqual({ start: 16, end: 33, text: 'As noted' });
    expect(await findings('reply.md', 'Hi,\n\nper my **last** email\n')).toEqual([expect.not.objectContaining({ fix: expect.anything() })]);
  });
});
