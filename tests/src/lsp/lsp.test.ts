/**
 * The language server as an editor runs it: `node bin/tonecheck.js lsp` as a
 * child process, spoken to in JSON-RPC over its stdin and stdout.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProject, ROOT, runCli } from '../cli/helpers.js';

const DRAFT = 'Hi Sam,\n\nTo reset it, simply open Settings and click Reset.\n\nBest,\nAna\n';
const MARKDOWN = '# Password reset\n\nHi Sam,\n\nTo reset it, simply open **Settings** and click `Reset`.\n\nBest,\nAna\n';

/** The findings the command line reports for the same text, as LSP ranges. */
async function expectedRanges(text: string, name: string, cwd: string) {
  const run = await runCli(['--format', 'json', '--stdin-filename', name], { cwd, input: text });
  const report = JSON.parse(run.stdout) as { results: Array<{ diagnostics: Array<Record<string, number | string>> }> };
  return report.results
    .flatMap((r) => r.diagnostics)
    .map((d) => ({
      code: d.ruleId,
      range: {
        start: { line: Number(d.line) - 1, character: Number(d.column) - 1 },
        end: { line: Number(d.endLine) - 1, character: Number(d.endColumn) - 1 },
      },
    }));
}

describe('tonecheck lsp', () => {
  let project: ReturnType<typeof makeProject>;
  let server: ChildProcessWithoutNullStreams;
  let connection: MessageConnection;
  let stderr = '';
  const published = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: Array<() => void> = [];

  /** Resolves with the next diagnostics published for `uri` that pass `test`. */
  function diagnosticsFor(uri: string, test: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}; stderr: ${stderr}`)), 15_000);
      const check = () => {
        const last = published.get(uri)?.at(-1);
        if (last && test(last.diagnostics)) {
          clearTimeout(timer);
          resolve(last.diagnostics);
        } else {
          waiters.push(check);
        }
      };
      check();
    });
  }

  beforeAll(async () => {
    project = makeProject({ '.tonecheckrc.json': '{}' });
    server = spawn(process.execPath, [join(ROOT, 'bin/tonecheck.js'), 'lsp', '--stdio'], { cwd: project.dir });
    server.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      published.set(params.uri, [...(published.get(params.uri) ?? []), params]);
      for (const wake of waiters.splice(0)) wake();
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
  });

  afterAll(() => {
    connection?.dispose();
    server?.kill();
    project?.cleanup();
  });

  it('initializes with code actions and incremental sync', async () => {
    const result = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(project.dir).href,
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    expect(result).toMatchObject({
      capabilities: { textDocumentSync: 2, codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.tonecheck'] } },
      serverInfo: { name: 'tonecheck' },
    });
    await connection.sendNotification('initialized', {});
  });

  let document: TextDocument;
  let diagnostics: Diagnostic[];

  it('publishes diagnostics when a draft opens, at the ranges the command line reports', async () => {
    const uri = pathToFileURL(join(project.dir, 'reply.txt')).href;
    document = TextDocument.create(uri, 'plaintext', 1, DRAFT);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: DRAFT } });
    diagnostics = await diagnosticsFor(uri);
    const expected = await expectedRanges(DRAFT, 'reply.txt', project.dir);
    expect(expected.length).toBeGreaterThan(0);
    expect(diagnostics.map((d) => ({ code: d.code, range: d.range }))).toEqual(expected);
    const simply = diagnostics.find((d) => document.getText(d.range) === 'simply open');
    expect(simply).toMatchObject({ source: 'tonecheck', severity: 2, code: 'validate-feelings' });
  });

  it('offers the safe fix as the preferred action, and applying it clears the finding', async () => {
    const simply = diagnostics.find((d) => document.getText(d.range) === 'simply open')!;
    const actions = (await connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: document.uri },
      range: simply.range,
      context: { diagnostics: [simply] },
    })) as CodeAction[];
    const preferred = actions.find((a) => a.isPreferred);
    expect(preferred).toMatchObject({ kind: 'quickfix', title: 'Remove the flagged words (safe fix)' });
    const fixed = TextDocument.applyEdits(document, preferred!.edit!.changes![document.uri]!);
    expect(fixed).toBe(DRAFT.replace('simply ', ''));
    expect(actions.some((a) => a.kind === 'source.fixAll.tonecheck')).toBe(true);

    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: document.uri, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    const after = await diagnosticsFor(document.uri, (list) => list.length < diagnostics.length);
    expect(after.some((d) => d.code === 'validate-feelings')).toBe(false);
  });

  it('reads Markdown as Markdown, with positions in the file', async () => {
    const uri = pathToFileURL(join(project.dir, 'macro.md')).href;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: MARKDOWN } });
    const found = await diagnosticsFor(uri);
    expect(found.map((d) => ({ code: d.code, range: d.range }))).toEqual(await expectedRanges(MARKDOWN, 'macro.md', project.dir));
    expect(found.some((d) => TextDocument.create(uri, 'markdown', 1, MARKDOWN).getText(d.range).startsWith('simply'))).toBe(true);
  });

  it('reloads the config when a config file changes', async () => {
    const uri = pathToFileURL(join(project.dir, 'macro.md')).href;
    writeFileSync(join(project.dir, '.tonecheckrc.json'), '{"rules": {"validate-feelings": "off"}}');
    await connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(project.dir, '.tonecheckrc.json')).href, type: 2 }],
    });
    const reloaded = await diagnosticsFor(uri, (list) => !list.some((d) => d.code === 'validate-feelings'));
    expect(reloaded.some((d) => d.code === 'validate-feelings')).toBe(false);
  });

  it('shows a config it cannot use to the writer, once, naming the file and key', async () => {
    const messages: Array<{ type: number; message: string }> = [];
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => messages.push(params));
    writeFileSync(join(project.dir, '.tonecheckrc.json'), '{"rules": {"clarity": ["suggestion", {"maxgrade": 8}]}}');
    await connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(project.dir, '.tonecheckrc.json')).href, type: 2 }],
    });
    const uri = pathToFileURL(join(project.dir, 'other.txt')).href;
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: DRAFT } });
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${DRAFT}\n` }] });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(messages).toEqual([
      { type: 1, message: 'tonecheck: .tonecheckrc.json: rules.clarity[1].maxgrade: unknown option "maxgrade" for clarity (expected one of: checks, maxSentenceWords, maxGrade, minGradeSentences, maxParagraphWords, jargon, allowJargon)' },
    ]);
    writeFileSync(join(project.dir, '.tonecheckrc.json'), '{}');
    await connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(project.dir, '.tonecheckrc.json')).href, type: 2 }],
    });
    expect((await diagnosticsFor(uri, (list) => list.length > 0)).length).toBeGreaterThan(0);
    stderr = '';
  });

  it('shuts down and exits with code 0', async () => {
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  });
});
