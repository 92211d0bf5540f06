import type { Region, RegionKind } from '../types.js';
import type { LineIndex } from './lines.js';
import { GREETING, QUOTE_MARK, SIGN_OFF, SIGNATURE_DELIMITER, isQuoteHeader, startsRestOfThread } from './email-patterns.js';

/** The regions rules may speak about; quoted text and signatures are the customer's or boilerplate. */
export const LINTED_REGIONS: ReadonlySet<RegionKind> = new Set(['greeting', 'body', 'closing']);

/** How far from the end of the reply a sign-off may stand, in non-blank lines. */
const SIGN_OFF_WINDOW = 12;

interface Line {
  start: number;
  end: number;
  text: string;
  blank: boolean;
}

/**
 * Splits an email into greeting, body, closing (the sign-off line), signature
 * and quoted text. Works line by line so every boundary is an exact offset.
 */
export function detectRegions(text: string, index: LineIndex): Region[] {
  const lines: Line[] = [];
  for (let i = 0; i < index.count; i++) {
    const lineText = index.lineText(i);
    lines.push({ start: index.starts[i]!, end: index.starts[i + 1] ?? text.length, text: lineText, blank: lineText.trim() === '' });
  }
  const kinds: (RegionKind | undefined)[] = markQuoted(lines);
  const replyEnd = kinds.indexOf('quoted') === -1 ? lines.length : lastReplyLine(kinds) + 1;
  markSignature(lines, kinds, replyEnd);
  const greetingSplit = markGreeting(lines, kinds);

  const regions: Region[] = [];
  const push = (kind: RegionKind, start: number, end: number) => {
    if (end <= start) return;
    const last = regions.at(-1);
    if (last && last.kind === kind && last.end === start) last.end = end;
    else regions.push({ kind, start, end });
  };
  let previous: RegionKind = 'body';
  lines.forEach((line, i) => {
    let kind = kinds[i] ?? (line.blank ? previous : 'body');
    if (line.blank && kinds[i] === undefined && previous === 'greeting') kind = 'body';
    if (greetingSplit && greetingSplit.line === i) {
      push('greeting', line.start, greetingSplit.offset);
      push('body', greetingSplit.offset, line.end);
      previous = 'body';
      return;
    }
    push(kind, line.start, line.end);
    if (!line.blank || kinds[i] !== undefined) previous = kind;
  });
  if (regions.length === 0) regions.push({ kind: 'body', start: 0, end: text.length });
  return regions;
}

/**
 * Quoted text: `>` lines, and everything from a thread header ("On … wrote:",
 * "-----Original Message-----", an Outlook From/Sent block, a forwarded
 * message) to the end, unless the header only introduces `>` lines.
 */
function markQuoted(lines: Line[]): (RegionKind | undefined)[] {
  // Pushed rather than mapped: every draft then gets an array of the same shape, and the
  // optimised code that reads it is not thrown away on a draft whose array differs.
  const kinds: (RegionKind | undefined)[] = [];
  for (const line of lines) kinds.push(QUOTE_MARK.test(line.text) ? 'quoted' : undefined);
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] === 'quoted') continue;
    const header = isQuoteHeader(lines, i);
    if (header === 0) continue;
    const after = nextNonBlank(lines, i + header);
    const introducesMarkedQuote = after !== -1 && kinds[after] === 'quoted' && !startsRestOfThread(lines, i);
    for (let j = i; j < i + header; j++) kinds[j] = 'quoted';
    if (!introducesMarkedQuote) {
      for (let j = i; j < lines.length; j++) kinds[j] = 'quoted';
      break;
    }
  }
  // Blank lines between quoted lines belong to the quote.
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.blank || kinds[i] !== undefined) continue;
    const before = previousNonBlank(lines, i);
    const after = nextNonBlank(lines, i);
    if (before !== -1 && after !== -1 && kinds[before] === 'quoted' && kinds[after] === 'quoted') kinds[i] = 'quoted';
  }
  return kinds;
}

/** The last line of the reply itself: the last line before the trailing quoted block. */
function lastReplyLine(kinds: (RegionKind | undefined)[]): number {
  let i = kinds.length - 1;
  while (i >= 0 && kinds[i] === 'quoted') i--;
  return i;
}

/**
 * A signature follows a `-- ` delimiter, or the sign-off line ("Best regards,")
 * that closes the reply. The sign-off itself is the closing region.
 */
function markSignature(lines: Line[], kinds: (RegionKind | undefined)[], replyEnd: number): void {
  let signOff = -1;
  let seen = 0;
  for (let i = replyEnd - 1; i >= 0 && seen < SIGN_OFF_WINDOW; i--) {
    if (kinds[i] !== undefined || lines[i]!.blank) continue;
    seen++;
    if (SIGN_OFF.test(lines[i]!.text) && hasReplyContentBefore(lines, kinds, i)) {
      signOff = i;
      break;
    }
  }
  let delimiter = -1;
  for (let i = 0; i < replyEnd; i++) {
    // Unlike a sign-off, the delimiter needs no reply before it: a file that opens with it is a signature on its own.
    if (kinds[i] === undefined && SIGNATURE_DELIMITER.test(lines[i]!.text)) {
      delimiter = i;
      break;
    }
  }
  if (signOff !== -1 && (delimiter === -1 || signOff < delimiter)) {
    kinds[signOff] = 'closing';
    fill(kinds, signOff + 1, replyEnd, 'signature');
  } else if (delimiter !== -1) {
    fill(kinds, delimiter, replyEnd, 'signature');
  }
}

/** The greeting is the reply's first line when it reads as one; only its opening clause if the line goes on. */
function markGreeting(
  lines: Line[],
  kinds: (RegionKind | undefined)[],
): { line: number; offset: number } | undefined {
  const first = lines.findIndex((l, i) => !l.blank && kinds[i] === undefined);
  if (first === -1) return undefined;
  const line = lines[first]!;
  const match = GREETING.exec(line.text);
  if (!match) return undefined;
  const rest = line.text.slice(match[0].length);
  if (rest.trim() === '') {
    kinds[first] = 'greeting';
    return undefined;
  }
  // "Hi Sam, thanks for writing in." → the greeting is "Hi Sam,".
  let offset = line.start + match[0].length;
  while (offset < line.start + line.text.length && /\s/.test(line.text[offset - line.start]!)) offset++;
  return { line: first, offset };
}

function hasReplyContentBefore(lines: Line[], kinds: (RegionKind | undefined)[], index: number): boolean {
  for (let i = 0; i < index; i++) if (!lines[i]!.blank && kinds[i] === undefined) return true;
  return false;
}

function fill(kinds: (RegionKind | undefined)[], from: number, to: number, kind: RegionKind): void {
  for (let i = from; i < to; i++) if (kinds[i] === undefined) kinds[i] = kind;
}

function nextNonBlank(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if (!lines[i]!.blank) return i;
  return -1;
}

function previousNonBlank(lines: Line[], from: number): number {
  for (let i = from - 1; i >= 0; i--) if (!lines[i]!.blank) return i;
  return -1;
}

/**
 * The customer's words from the quoted regions: `>` marks and thread headers
 * removed, one line per quoted line. This is context for rules, never linted.
 */
export function extractQuotedText(text: string, regions: readonly Region[]): string {
  const out: string[] = [];
  for (const region of regions) {
    if (region.kind !== 'quoted') continue;
    for (const raw of text.slice(region.start, region.end).split(/\r\n|\r|\n/)) {
      const line = raw.replace(/^\s*(?:>\s?)+/, '');
      if (/^(?:-{2,}|_{5,}|On\b.*wrote:\s*$|(?:From|Sent|To|Cc|Date):\s)/i.test(line.trim())) continue;
      out.push(line.replace(/^Subject:\s*/i, ''));
    }
  }
  return out.join('\n').trim();
}
