/**
 * `tonecheck lsp`: a language server over stdin and stdout. Diagnostics are
 * published when a document opens and, debounced, as it changes; code
 * actions offer the safe fix and the suggested rewrites of each finding and
 * a "fix all"; configs are reloaded when a config file changes, and a config
 * that cannot be used is shown to the writer once, until a check goes
 * through. Plain text, Markdown, HTML and e-mail documents are read by the
 * same readers as the command line, so positions are the file's own.
 */
import { watch, type FSWatcher } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Lsp from 'vscode-languageserver/node.js';
import type * as LspServer from 'vscode-languageserver/lib/common/server.js';
import type * as LspText from 'vscode-languageserver-textdocument';
import { FileChecker } from '../cli/check-file.js';
import { describeConfigError } from '../cli/errors.js';
import { clearConfigFileCache } from '../config/read-file.js';
import { ConfigError } from '../config/types.js';
import type { CliIO } from '../cli/io.js';
import { documentPlace, escaperFor } from './files.js';
import { FIX_ALL_KIND, fixAllAction, quickFixes, toLspDiagnostic } from './convert.js';

/** Wait this long after the last keystroke before checking again. */
const DEBOUNCE_MS = 250;
/** Files whose change means the config may have changed. */
const CONFIG_GLOB = '**/{.tonecheckrc,.tonecheckrc.json,.tonecheckrc.yaml,.tonecheckrc.yml,.tonecheckrc.js,.tonecheckrc.cjs,.tonecheckrc.mjs,tonecheck.config.js,tonecheck.config.cjs,tonecheck.config.mjs,package.json}';

type TextDocument = LspText.TextDocument;

/** Runs until the client sends `exit` or closes the stream; returns the exit code (0 after a proper shutdown). */
export function runLanguageServer(io: CliIO): Promise<number> {
  // CommonJS packages, loaded with require(): only this command pays for them.
  const require = createRequire(import.meta.url);
  const lsp = require('vscode-languageserver/node.js') as typeof Lsp;
  const { createConnection } = require('vscode-languageserver/lib/common/server.js') as typeof LspServer;
  const { TextDocument } = require('vscode-languageserver-textdocument') as typeof LspText;

  return new Promise((resolveExit) => {
    let shutdown = false;
    let finished = false;
    let root = io.cwd;
    let checker = new FileChecker({ cwd: root });
    const timers = new Map<string, NodeJS.Timeout>();
    const watchers = new Map<string, FSWatcher>();
    /** Config problems already shown to the writer since a check last went through. */
    const shown = new Set<string>();
    const reader = new lsp.StreamMessageReader(io.stdin);
    const writer = new lsp.StreamMessageWriter(io.stdout);

    const finish = (code: number) => {
      if (finished) return;
      finished = true;
      for (const timer of timers.values()) clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      reader.dispose();
      writer.dispose();
      // Stop reading stdin, or the open stream keeps the process alive after `exit`.
      (io.stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      resolveExit(code);
    };
    // The library's own Node entry point exits the process; this one hands the code back to main().
    const watchDog = {
      initialize: () => undefined,
      get shutdownReceived() {
        return shutdown;
      },
      set shutdownReceived(value: boolean) {
        shutdown = value;
      },
      exit: (code: number) => finish(code),
    };
    const connection = createConnection((logger) => lsp.createProtocolConnection(reader, writer, logger), watchDog);
    const documents = new lsp.TextDocuments(TextDocument);
    io.stdin.on('end', () => finish(shutdown ? 0 : 1));
    io.stdin.on('close', () => finish(shutdown ? 0 : 1));

    const validate = async (document: TextDocument) => {
      const { path, dir } = documentPlace(document.uri, document.languageId, root);
      const version = document.version;
      try {
        const { loaded } = await checker.configFor(dir);
        if (loaded.filepath) watchConfig(loaded.filepath);
        const results = await checker.checkText(path, dir, document.getText());
        // The config works again: a problem it has later is news.
        shown.clear();
        // A newer version is already on its way to being checked.
        if (documents.get(document.uri)?.version !== version) return;
        const diagnostics = results.flatMap((r) => r.diagnostics).map(toLspDiagnostic);
        await connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
      } catch (error) {
        const line = error instanceof ConfigError ? describeConfigError(error, root) : error instanceof Error ? error.message : String(error);
        connection.console.error(`tonecheck: ${line}`);
        // A config that cannot be used stops every check: say so where the writer looks, once.
        if (error instanceof ConfigError && !shown.has(line)) {
          shown.add(line);
          // A notification, not showErrorMessage's request, which waits on (and may fail in) the client.
          connection
            .sendNotification(lsp.ShowMessageNotification.type, { type: lsp.MessageType.Error, message: `tonecheck: ${line}` })
            .catch(() => undefined);
        }
      }
    };
    const schedule = (document: TextDocument, delay: number) => {
      clearTimeout(timers.get(document.uri));
      timers.set(
        document.uri,
        setTimeout(() => {
          timers.delete(document.uri);
          void validate(document);
        }, delay),
      );
    };
    const reload = () => {
      clearConfigFileCache();
      checker = new FileChecker({ cwd: root });
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      for (const document of documents.all()) schedule(document, 0);
    };
    // For clients that do not watch files for the server: the config files in use are watched here.
    const watchConfig = (file: string) => {
      if (watchers.has(file)) return;
      try {
        const watcher = watch(file, { persistent: false }, () => reload());
        watcher.on('error', () => undefined);
        watchers.set(file, watcher);
      } catch {
        // the file went away; the next check finds the config again
      }
    };

    let canRegisterWatchers = false;
    connection.onInitialize((params) => {
      const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
      if (folder?.startsWith('file:')) root = documentPlace(folder, '', io.cwd).path;
      checker = new FileChecker({ cwd: root });
      canRegisterWatchers = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
      return {
        capabilities: {
          textDocumentSync: lsp.TextDocumentSyncKind.Incremental,
          codeActionProvider: { codeActionKinds: [lsp.CodeActionKind.QuickFix, FIX_ALL_KIND] },
        },
        serverInfo: { name: 'tonecheck' },
      };
    });
    connection.onInitialized(() => {
      if (!canRegisterWatchers) return;
      void connection.client.register(lsp.DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_GLOB }] });
    });
    connection.onDidChangeWatchedFiles(() => reload());

    const seen = new Set<string>();
    documents.onDidChangeContent(({ document }) => {
      // Checked at once when opened, then after a pause in typing.
      schedule(document, seen.has(document.uri) ? DEBOUNCE_MS : 0);
      seen.add(document.uri);
    });
    documents.onDidClose(({ document }) => {
      clearTimeout(timers.get(document.uri));
      timers.delete(document.uri);
      seen.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });

    connection.onCodeAction(async (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const { path, dir } = documentPlace(document.uri, document.languageId, root);
      const only = params.context.only;
      const actions = only && !only.includes(lsp.CodeActionKind.QuickFix) ? [] : quickFixes(document, params.context.diagnostics, escaperFor(path));
      if (!only || only.some((kind) => FIX_ALL_KIND.startsWith(kind))) {
        const fixed = await checker.fixText(path, dir, document.getText()).catch(() => undefined);
        if (fixed && 'text' in fixed && fixed.text !== undefined) actions.push(fixAllAction(document, fixed.text));
      }
      return actions;
    });

    documents.listen(connection);
    connection.listen();
  });
}
