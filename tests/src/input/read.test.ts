import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/input/errors.js';
import { inputFromBytes, readSources, sourcesFromBytes } from '../../../src/input/read.js';
import { draftExtensions, readerFor } from '../../../src/input/readers.js';

const dir = mkdtempSync(join(tmpdir(), 'tonecheck-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readSources', () => {
  it('reads a file into one source named as the user named it', async () => {
    writeFileSync(join(dir, 'reply.txt'), '\uFEFFHello\r\n');
    expect(await readSources(join(dir, 'reply.txt'), 'reply.txt')).toEqual([{ path: 'reply.txt', text: 'Hello\r\n' }]);
  });

  it('throws one-line InputErrors for missing, folder and binary paths', async () => {
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
    await expect(readSources(join(dir, 'gone.txt'), 'gone.txt')).rejects.toEqual(
      new InputError('gone.txt', 'no such file or folder'),
    );
    await expect(readSources(dir, 'folder')).rejects.toEqual(new InputError('folder', 'is a folder'));
    await expect(readSources(join(dir, 'image.txt'), 'image.txt')).rejects.toEqual(
      new InputError('image.txt', 'binary file, not checked'),
    );
  });

  it('builds sources from bytes read elsewhere (stdin)', async () => {
    expect(await sourcesFromBytes('<stdin>', Buffer.from('Hi'))).toEqual([{ path: '<stdin>', text: 'Hi' }]);
    expect(await inputFromBytes('<stdin>', Buffer.from('Hi'))).toEqual({ sources: [{ path: '<stdin>', text: 'Hi' }], problems: [] });
  });
});

describe('readers', () => {
  it('picks a reader by extension and reads unknown extensions as plain text', async () => {
    expect((await readerFor('a.md')).name).toBe('markdown');
    expect((await readerFor('a.HTM')).name).toBe('html');
    expect((await readerFor('a.eml')).name).toBe('email');
    expect((await readerFor('a.yml')).name).toBe('yaml');
    expect((await readerFor('macro.weird')).name).toBe('text');
    expect(draftExtensions()).toEqual(expect.arrayContaining(['.txt', '.md', '.eml', '.html', '.json', '.yaml', '.csv']));
  });
});
