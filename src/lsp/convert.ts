/**
 * tonecheck's findings as Language Server Protocol diagnostics, and the code
 * actions an editor offers on them: the safe fix (preferred) and each
 * suggested rewrite. Both use the same 0-based lines and UTF-16 columns, so
 * positions carry over exactly.
 */
import type { CodeAction, Diagnostic as LspDiagnostic, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Edit } from '../types.js';

export const SOURCE = 'tonecheck';
export const FIX_ALL_KIND = 'source.fixAll.tonecheck';
/** Rewrites offered per finding, best first. */
const MAX_SUGGESTIONS = 5;

/** What a published diagnostic carries for its code actions: where it was, what it said, how to fix it. */
interface FindingData {
  start: number;
  end: number;
  text: string;
  suggestions: string[];
  fix?: Edit;
}

const SEVERITY = { error: 1, warning: 2, suggestion: 3 } as const;

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  const data: FindingData = { start: d.start, end: d.end, text: d.text, suggestions: d.suggestions, ...(d.fix ? { fix: d.fix } : {}) };
  return {
    range: { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } },
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    ...(d.url && /^https?:\/\//.test(d.url) ? { codeDescription: { href: d.url } } : {}),
    source: SOURCE,
    message: d.why ? `${d.message}\n${d.why}` : d.message,
    data,
  };
}

/**
 * Quick fixes for the diagnostics the editor asks about. An action is only
 * offered while the flagged words are still where they were, so a stale
 * diagnostic can never edit the wrong text. `escape` makes a replacement
 * safe in the document's format (HTML entities).
 */
export function quickFixes(
  document: TextDocument,
  diagnostics: readonly LspDiagnostic[],
  escape: (text: string) => string,
): CodeAction[] {
  const text = document.getText();
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE || !isFindingData(diagnostic.data)) continue;
    const data = diagnostic.data;
    if (text.slice(data.start, data.end) !== data.text) continue;
    if (data.fix) {
      const range = { start: document.positionAt(data.fix.start), end: document.positionAt(data.fix.end) };
      const title = data.fix.text === '' ? 'Remove the flagged words (safe fix)' : `Replace with "${data.fix.text}" (safe fix)`;
      actions.push(action(title, document.uri, [{ range, newText: escape(data.fix.text) }], diagnostic, true));
    }
    for (const suggestion of data.suggestions.slice(0, MAX_SUGGESTIONS)) {
      if (data.fix && suggestion === data.fix.text) continue;
      actions.push(action(`Rewrite as "${suggestion}"`, document.uri, [{ range: diagnostic.range, newText: escape(suggestion) }], diagnostic, false));
    }
  }
  return actions;
}

/** One edit replacing the whole document with its fixed text: "fix all" on save or on request. */
export function fixAllAction(document: TextDocument, fixed: string): CodeAction {
  const range = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
  return { title: 'Apply all safe tone fixes', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: [{ range, newText: fixed }] } } };
}

function action(title: string, uri: string, edits: TextEdit[], diagnostic: LspDiagnostic, isPreferred: boolean): CodeAction {
  return { title, kind: 'quickfix', diagnostics: [diagnostic], isPreferred, edit: { changes: { [uri]: edits } } };
}

function isFindingData(value: unknown): value is FindingData {
  if (!value || typeof value !== 'object') return false;
  const data = value as Partial<FindingData>;
  return typeof data.start === 'number' && typeof data.end === 'number' && typeof data.text === 'string' && Array.isArray(data.suggestions);
}
