import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/input/errors.js';
import { inputFromBytes } from '../../../src/input/read.js';
import { findings } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/formats');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const read = (path: string, text: string, options = {}) => inputFromBytes(path, Buffer.from(text), options);

describe('collections: built-in helpdesk exports', () => {
  it('Zendesk macros: each macro with a comment is an entry, named by id, positions in the JSON file', async () => {
    expect(await findings('macros.json', fixture('zendesk-macros.json'))).toEqual([
      expect.objectContaining({ entry: '101', line: 8, column: 88, highlighted: 'Per my last email' }),
      expect.objectContaining({ entry: '101', line: 8, column: 115, highlighted: 'per my last email' }),
      expect.objectContaining({ entry: '102', line: 14, column: 75, highlighted: 'Unfortunately' }),
      expect.objectContaining({ entry: '102', line: 14, column: 109, highlighted: 'per my last</b> email' }),
      expect.objectContaining({ entry: '103', line: 19, column: 73, highlighted: 'Unfortunately' }),
    ]);
    const { sources } = await read('macros.json', fixture('zendesk-macros.json'));
    expect(sources.map((s) => [s.entryId, s.entryTitle])).toEqual([['101', 'Delay'], ['102', 'Delay (HTML)'], ['103', 'Channel-specific']]);
  });

  it('Freshdesk canned responses, Help Scout saved replies and Intercom macros', async () => {
    expect(await findings('fd.json', fixture('freshdesk-canned-responses.json'))).toEqual([
      expect.objectContaining({ entry: '5001', line: 7, column: 80, highlighted: 'Unfortunately' }),
    ]);
    expect(await findings('hs.json', fixture('helpscout-saved-replies.json'))).toEqual([
      expect.objectContaining({ entry: '7', line: 2, column: 56, highlighted: 'Per my last email' }),
      expect.objectContaining({ entry: '8', line: 3, column: 48, highlighted: 'Unfortunately' }),
    ]);
    expect(await findings('ic.json', fixture('intercom-macros.json'))).toEqual([
      expect.objectContaining({ entry: '123', line: 8, column: 72, highlighted: 'unfortunately' }),
    ]);
  });

  it('YAML: block, folded and quoted scalars map back to their lines', async () => {
    expect(await findings('snippets.yaml', fixture('snippets.yaml'))).toEqual([
      expect.objectContaining({ entry: 'late', line: 8, column: 7, highlighted: 'Unfortunately' }),
      expect.objectContaining({ entry: 'late', line: 8, column: 41, highlighted: 'per my last email' }),
      expect.objectContaining({ entry: 'folded', line: 13, column: 7, endLine: 13, highlighted: 'per my last email' }),
      expect.objectContaining({ entry: 'quoted', line: 16, column: 19, highlighted: 'Unfortunately' }),
    ]);
  });

  it('CSV: quoted fields over several lines, doubled quotes, a semicolon delimiter', async () => {
    expect(await findings('snippets.csv', fixture('snippets-semicolon.csv'))).toEqual([
      expect.objectContaining({ entry: 'late', line: 4, column: 1, highlighted: 'Unfortunately' }),
      expect.objectContaining({ entry: 'late', line: 4, column: 39, highlighted: 'per my last email' }),
      expect.objectContaining({ entry: 'short', line: 5, column: 13, highlighted: 'Per my last email' }),
    ]);
  });
});

describe('collections: what is never checked', () => {
  it('leaves placeholders, quoted threads, signatures and HTML quotes in entries alone', async () => {
    const entries = [
      { id: 1, title: 'a', body: 'Hi {{ unfortunately }} [Customer Name],\n\nThe refund is done. %UNFORTUNATELY%\n\nBest,\nAna\n-- \nUnfortunately, per my last email.' },
      { id: 2, title: 'b', body: 'It shipped today.\n\nOn Mon, Sam wrote:\n> Unfortunately, per my last email, nothing came.' },
      { id: 3, title: 'c', body: '<p>It shipped.</p><div class="gmail_quote"><blockquote>Per my last email, unfortunately.</blockquote></div>' },
    ];
    expect(await findings('replies.json', JSON.stringify(entries, null, 2))).toEqual([]);
    const yaml = 'responses:\n  - title: t\n    body: |\n      Hi {{ name }},\n\n      {% if late %}Unfortunately it is late.{% endif %}\n';
    expect(await findings('r.yaml', yaml)).toEqual([expect.objectContaining({ entry: 't', line: 6, column: 20, highlighted: 'Unfortunately' })]);
  });
});

describe('collections: the "collections" config section', () => {
  const custom = JSON.stringify({ data: { items: [{ key: 'a', meta: { name: 'A' }, reply: { text: 'Unfortunately not.' } }, { key: 'b', reply: {} }] } }, null, 1);
  const mapping = { name: 'collections[0] in .tonecheckrc', entries: '/data/items', id: 'key', title: 'meta.name', body: 'reply.text' };

  it('reads entries at JSON pointers and dotted paths, and names an entry without a body', async () => {
    const { sources, problems } = await read('custom.json', custom, { collections: [mapping] });
    expect(sources.map((s) => [s.entryId, s.entryTitle, s.text])).toEqual([['a', 'A', 'Unfortunately not.']]);
    expect(problems).toEqual([new InputError('custom.json#b', 'no "reply.text" field to check')]);
  });

  it('reports a mapping that selects nothing, naming the file', async () => {
    await expect(read('custom.json', custom, { collections: [{ ...mapping, entries: 'data.missing' }] })).rejects.toEqual(
      new InputError('custom.json', 'collections[0] in .tonecheckrc: "entries" "data.missing" selected nothing: expected a list or an object of entries'),
    );
  });

  it('reads bodies as Markdown or HTML when told to', async () => {
    const md = JSON.stringify([{ id: 'm', body: 'Hi **there**, `unfortunately` per my *last* email.' }]);
    expect(await findings('m.json', md, { collections: [{ name: 'c', body: 'body', format: 'markdown' }] })).toEqual([
      expect.objectContaining({ entry: '1', line: 1, column: 50, highlighted: 'per my *last* email' }),
    ]);
  });
});

describe('collections: bad input', () => {
  it('names the place of a syntax error in JSON, YAML and CSV', async () => {
    await expect(read('a.json', '{"macros": [\n  {"id": 1,}\n  oops\n]}')).rejects.toThrow(/^malformed JSON at 3:3: /);
    await expect(read('a.yaml', 'responses:\n  - body: [unclosed\n')).rejects.toThrow(/^malformed YAML at \d+:\d+: /);
    await expect(read('a.csv', 'title,body\nA,"never closed\n')).rejects.toEqual(new InputError('a.csv', 'malformed CSV at 2:3: a quoted field is never closed'));
  });

  it('refuses a file nested thousands of levels deep in one line, rather than overflowing the stack', async () => {
    const deep = (n: number) => `{"macros": [{"id": 1, "title": "t", "body": "Hi", "x": ${'['.repeat(n)}${']'.repeat(n)}}]}`;
    const reason = 'nested more than 256 levels deep, which no helpdesk export is';
    await expect(read('deep.json', deep(20_000))).rejects.toEqual(new InputError('deep.json', reason));
    await expect(read('strings.json', `{"macros": [{"id": 1, "title": "[[[[", "body": "${'['.repeat(500)}"}]}`)).resolves.toBeDefined();
    const yaml = `responses:\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i + 1)}-\n`).join('')}`;
    await expect(read('deep.yaml', yaml)).rejects.toEqual(new InputError('deep.yaml', reason));
  });

  it('reports a named file that is not an export, and skips one found in a folder', async () => {
    await expect(read('package.json', '{"name": "x"}')).rejects.toThrow(/^not a known export/);
    expect(await read('package.json', '{"name": "x"}', { discovered: true })).toEqual({ sources: [], problems: [] });
    expect(await read('broken.json', '{"name": ', { discovered: true })).toEqual({ sources: [], problems: [] });
    await expect(read('broken.json', '{"macros": [', { discovered: true })).rejects.toThrow(/^malformed JSON/);
  });

  it('names the entry whose body is not text', async () => {
    const { problems } = await read('x.json', JSON.stringify([{ id: 1, title: 't', body: 'Fine.' }, { id: 2, title: 'u', body: 42 }]));
    expect(problems).toEqual([new InputError('x.json#2', '"body" is a number, not text')]);
  });
});
