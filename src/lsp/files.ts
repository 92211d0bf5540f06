/** Where an editor's document lives, as far as config lookup and the choice of reader go. */
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Extensions for documents that have no file yet, by the editor's language id. */
const EXTENSIONS: Record<string, string> = {
  markdown: '.md',
  html: '.html',
  email: '.eml',
  eml: '.eml',
  plaintext: '.txt',
};

export interface DocumentPlace {
  /** A path whose extension picks the reader (Markdown, HTML, e-mail, plain text). */
  path: string;
  /** The folder whose config applies. */
  dir: string;
}

/** A file: URI is its path; an unsaved document is a file in the workspace named after its language. */
export function documentPlace(uri: string, languageId: string, root: string): DocumentPlace {
  if (uri.startsWith('file:')) {
    const path = fileURLToPath(uri);
    // A file with no extension of its own is read as its language says.
    const named = extname(path) === '' && EXTENSIONS[languageId] ? path + EXTENSIONS[languageId] : path;
    return { path: named, dir: dirname(path) };
  }
  return { path: join(root, `untitled${EXTENSIONS[languageId] ?? '.txt'}`), dir: root };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Replacement text as the document's format needs it: HTML gets entities, everything else is as is. */
export function escaperFor(path: string): (text: string) => string {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return (text) => text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!);
  return (text) => text;
}
