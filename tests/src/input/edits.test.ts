import { describe, expect, it } from 'vitest';
import { toFileEdit } from '../../../src/input/edits.js';
import { inputFromBytes } from '../../../src/input/read.js';
import type { Source } from '../../../src/input/source.js';

async function only(path: string, text: string): Promise<Source> {
  const { sources } = await inputFromBytes(path, Buffer.from(text));
  return sources[0]!;
}

/** Applies the edit of `words` in the source to the file, as a fixer would. */
async function rewrite(path: string, file: string, words: string, replacement: string): Promise<string> {
  const source = await only(path, file);
  const start = source.text.indexOf(words);
  const result = toFileEdit(source, { start, end: start + words.length, text: replacement });
  if ('refused' in result) return `refused: ${result.refused}`;
  const { edit } = result;
  return file.slice(0, edit.start) + edit.text + file.slice(edit.end);
}

describe('toFileEdit', () => {
  it('writes into plain text, Markdown and HTML with the format\'s escaping', async () => {
    expect(await rewrite('a.txt', 'Hi, sorry.', 'sorry', 'thanks')).toBe('Hi, thanks.');
    expect(await rewrite('a.md', 'Hi, **sorry** now.', 'sorry', 'a *b*')).toBe('Hi, **a \\*b\\*** now.');
    expect(await rewrite('a.html', '<p>Hi, sorry &amp; now.</p>', 'sorry', 'x < y')).toBe('<p>Hi, x &lt; y &amp; now.</p>');
  });

  it('writes into a JSON string, a YAML scalar and a CSV field without touching the rest', async () => {
    const json = '[{"title": "t", "body": "Hi,\\nsorry."}]';
    expect(await rewrite('a.json', json, 'sorry', 'say "thanks"')).toBe('[{"title": "t", "body": "Hi,\\nsay \\"thanks\\"."}]');
    const yaml = 'responses:\n  - title: t\n    body: |\n      Hi,\n      sorry.\n';
    expect(await rewrite('a.yaml', yaml, 'sorry', 'thanks')).toBe(yaml.replace('sorry', 'thanks'));
    const csv = 'title,body\nt,"Hi, ""sorry""."\n';
    expect(await rewrite('a.csv', csv, 'sorry', 'a "b"')).toBe('title,body\nt,"Hi, ""a ""b""""."\n');
  });

  it('refuses an edit across markup, or where positions are in a decoded body', async () => {
    expect(await rewrite('a.md', 'Hi, **so**rry now.', 'sorry', 'x')).toBe('refused: the words run across markup or escapes in the file');
    const yaml = '- title: t\n  body: plain sorry text\n';
    expect(await rewrite('a.yaml', yaml, 'sorry', 'a: b')).toBe('refused: the replacement cannot be written in this place of the file');
    const eml = 'Content-Transfer-Encoding: base64\r\n\r\n' + Buffer.from('Hi, sorry.').toString('base64');
    expect(await rewrite('a.eml', eml, 'sorry', 'x')).toMatch(/^refused: the text was decoded from the file/);
  });

  it('maps a cursor in the file back into the text', async () => {
    const source = await only('a.html', '<p>Hi, <b>sorry</b></p>');
    expect(source.origin!.toSourceOffset!(10)).toBe(source.text.indexOf('sorry'));
    expect(source.origin!.toSourceOffset!(1)).toBeUndefined();
  });
});
