import PostalMime from 'postal-mime';
import { alignValue } from './align.js';
import { InputError } from './errors.js';
import { htmlSource } from './html-reader.js';
import { OffsetMap, TextBuilder } from './offset-map.js';
import { mapOrigin, type Encode } from './origin.js';
import type { Reader } from './readers.js';
import type { Source } from './source.js';

/** Entry names that label positions counted in a decoded part rather than in the file. */
export const DECODED_BODY = 'decoded body';
export const SUBJECT = 'subject';
export const DECODED_SUBJECT = 'decoded subject';

/** A reply or forward repeats the other side's subject: their words, not the draft's. */
const REPLY_SUBJECT = /^\s*(?:re|fwd?|aw|sv|vs|antw|r|tr|wg)\s*(?:\[\d+\])?\s*:/i;

/**
 * `.eml`: the message parsed with postal-mime (MIME structure, charsets,
 * quoted-printable and base64). The text/plain part is read when there is one,
 * else the HTML part; the subject is a one-line source of its own. When the
 * body is stored as it reads (7bit or 8bit, or quoted-printable that changed
 * nothing) positions point into the file; otherwise they count in the decoded
 * body and the result is labelled "decoded body".
 */
export const emlReader: Reader = {
  name: 'email',
  async read({ path, text: fileText, bytes }) {
    let email;
    try {
      email = await PostalMime.parse(bytes);
    } catch (error) {
      throw new InputError(path, `not a readable e-mail (${error instanceof Error ? error.message : String(error)})`);
    }
    const sources: Source[] = [];
    const subject = subjectSource(path, fileText, email.subject);
    if (subject) sources.push(subject);
    if (email.text !== undefined && email.text.trim() !== '') {
      sources.push(plainBody(path, fileText, email.text));
    } else if (email.html !== undefined && email.html.trim() !== '') {
      sources.push(htmlBody(path, fileText, email.html));
    } else {
      throw new InputError(path, 'no text or HTML body to check');
    }
    return { sources, problems: [] };
  },
};

function plainBody(path: string, fileText: string, body: string): Source {
  const map = locate(fileText, body);
  if (map) return { path, text: body, origin: mapOrigin(fileText, map, { encode: asStored }) };
  return { path, text: body, entryId: DECODED_BODY, origin: mapOrigin(body, identityMap(body.length), { positions: 'decoded' }) };
}

function htmlBody(path: string, fileText: string, html: string): Source {
  const outer = locate(fileText, html);
  if (outer) return htmlSource({ path, html, fileText, outer, outerEncode: asStored });
  return htmlSource({ path, html, fileText: html, outerEncode: null, entryId: DECODED_BODY, positions: 'decoded' });
}

/**
 * The subject as written in the header, when it is plain text there (folded
 * lines allowed); an encoded subject (`=?UTF-8?Q?…?=`) is checked as decoded.
 */
function subjectSource(path: string, fileText: string, subject: string | undefined): Source | undefined {
  if (!subject || subject.trim() === '' || REPLY_SUBJECT.test(subject)) return undefined;
  const headerEnd = fileText.search(/\r?\n\r?\n/);
  const header = /^Subject:[ \t]*((?:.*)(?:\r?\n[ \t].*)*)/im.exec(headerEnd === -1 ? fileText : fileText.slice(0, headerEnd));
  if (header && !header[1]!.includes('=?')) {
    const start = header.index + header[0].length - header[1]!.length;
    const raw = header[1]!.trimEnd();
    const builder = new TextBuilder();
    alignValue(builder, subject, fileText, start, start + raw.length);
    const { map } = builder.build();
    return { path, text: subject, entryId: SUBJECT, fragment: true, origin: mapOrigin(fileText, map, { encode: oneLine }) };
  }
  return {
    path,
    text: subject,
    entryId: DECODED_SUBJECT,
    fragment: true,
    origin: mapOrigin(subject, identityMap(subject.length), { positions: 'decoded' }),
  };
}

/**
 * Finds a decoded part in the file when it is stored as it reads, line
 * endings aside (parsers turn CRLF into LF). Returns the map, or undefined.
 */
function locate(fileText: string, part: string): OffsetMap | undefined {
  const headerEnd = fileText.search(/\r?\n\r?\n/);
  if (headerEnd === -1) return undefined;
  const lf = fileText.includes('\r\n');
  const wanted = lf ? part.replace(/\r?\n/g, '\r\n') : part;
  let at = fileText.indexOf(wanted, headerEnd);
  let length = part.length;
  if (at === -1) {
    // Parsers may add or drop a final line break.
    const trimmed = part.trimEnd();
    at = fileText.indexOf(lf ? trimmed.replace(/\r?\n/g, '\r\n') : trimmed, headerEnd);
    length = trimmed.length;
    if (at === -1 || trimmed === '') return undefined;
  }
  const builder = new TextBuilder();
  let file = at;
  for (let i = 0; i < length; i++) {
    if (part[i] === '\n' && fileText[file] === '\r') {
      builder.decoded('\n', file, file + 2);
      file += 2;
    } else {
      builder.verbatim(part[i]!, file);
      file++;
    }
  }
  if (length < part.length) builder.synthetic(part.slice(length), file);
  return builder.build().map;
}

function identityMap(length: number): OffsetMap {
  return new OffsetMap(length > 0 ? [{ start: 0, end: length, fileStart: 0, fileEnd: length, verbatim: true }] : [], length);
}

/** A body stored as it reads may be 7bit or quoted-printable: only plain ASCII without "=" is written back. */
const asStored: Encode = (text) => (/[^\x20-\x3c\x3e-\x7e]/.test(text) ? undefined : text);
const oneLine: Encode = (text) => (/[^\x20-\x7e]/.test(text) ? undefined : text);
