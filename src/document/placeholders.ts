import type { Placeholder, PlaceholderSyntax } from '../types.js';
import { WORD_CHARS } from './chars.js';

/**
 * Template placeholders from the helpdesk template languages (Liquid,
 * Handlebars / Mustache, merge tags). They are opaque: never flagged, never
 * edited. Order matters: comment blocks before tags, triple braces before double.
 */
const PATTERNS: ReadonlyArray<[PlaceholderSyntax, string]> = [
  ['liquid-tag', String.raw`\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}`],
  ['mustache', String.raw`\{\{!--[\s\S]*?--\}\}`],
  ['mustache', String.raw`\{\{![\s\S]*?\}\}`],
  ['mustache', String.raw`\{\{\{[^{}]{1,200}\}\}\}`],
  ['mustache', String.raw`\{\{[^{}]{1,300}?\}\}`],
  ['liquid-tag', String.raw`\{%[^%]{1,300}?%\}`],
  ['bracket', String.raw`\[\[[^[\]\n]{1,80}\]\]`],
  ['brace', String.raw`\$\{[A-Za-z_][\w.-]{0,80}\}`],
  ['brace', String.raw`\{[A-Za-z_][\w.-]{0,80}\}`],
  ['merge-tag', String.raw`\*\|[A-Za-z0-9_:]{1,80}\|\*`],
  ['percent', String.raw`(?<![\w%])%[A-Za-z][A-Za-z0-9_.]{0,80}%(?![\w%])`],
  ['bracket', String.raw`\[[^[\]\n]{1,60}\](?![(\[:])`],
];

const COMBINED = new RegExp(PATTERNS.map(([, source]) => `(${source})`).join('|'), 'g');

/** Words that make a lower-case `[...]` read as a slot to fill rather than prose in brackets. */
const SLOT_WORDS = /\b(name|number|date|time|email|e-mail|link|url|company|product|order|ticket|agent|customer|address|phone|amount|id|plan)\b/i;

export function findPlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const match of text.matchAll(COMBINED)) {
    const group = match.slice(1).findIndex((g) => g !== undefined);
    const syntax = PATTERNS[group]![0];
    const value = match[0];
    if (syntax === 'bracket' && !value.startsWith('[[') && !isBracketSlot(value)) continue;
    const start = match.index;
    found.push({ start, end: start + value.length, text: value, syntax });
  }
  return found;
}

const SLOT_TEXT = new RegExp(`^[${WORD_CHARS}][${WORD_CHARS}_'’ .-]*$`);

/** `[Customer Name]`, `[ORDER NUMBER]`, `[first_name]`, `[agent name]`; not `[sic]` or `[1]`. */
function isBracketSlot(value: string): boolean {
  const inner = value.slice(1, -1).trim();
  if (!SLOT_TEXT.test(inner) || /^[0-9]/.test(inner)) return false;
  if (inner.includes('_')) return true;
  const words = inner.split(/\s+/);
  if (words.every((w) => /^[0-9]/.test(w) || w[0] !== w[0]!.toLowerCase() || /^(of|the|and|or|for|a|an|to|on)$/.test(w))) return true;
  return SLOT_WORDS.test(inner);
}
