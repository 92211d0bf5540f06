/**
 * The line shapes that mark an email's structure: greetings, sign-offs,
 * signature delimiters and the headers mail clients put above a quoted thread.
 */

interface LineLike {
  text: string;
}

/** "Hi Sam,", "Dear {{customer.name}}:", "Hello there!", "Good morning —"; or a greeting alone on its line. */
export const GREETING = new RegExp(
  String.raw`^\s*(?:hi|hello|hey|hiya|howdy|greetings|dear|good\s+(?:morning|afternoon|evening|day)|to\s+whom\s+it\s+may\s+concern)\b` +
    String.raw`(?:[^,!:?\n]{0,50}?(?:[,!:]|\s[-–—](?=\s|$))|[^,!:?.\n]{0,50}$)`,
  'i',
);

/** A line quoted with `>`, the plain-text mail convention. */
export const QUOTE_MARK = /^\s{0,3}>/;

const SIGN_OFF_WORDS =
  String.raw`(?:(?:best|kind|kindest|warm|warmest|many|with\s+(?:kind\s+)?|all\s+the)\s*)?` +
  String.raw`(?:regards|wishes|thanks(?:\s+(?:again|so\s+much|a\s+lot|a\s+million))?|thank\s+you(?:\s+(?:again|so\s+much))?|cheers|sincerely|best|` +
  String.raw`take\s+care|talk\s+soon|speak\s+soon|yours(?:\s+(?:truly|sincerely|faithfully))?|respectfully|cordially|warmly|gratitude|` +
  String.raw`have\s+a\s+(?:great|good|nice|lovely|wonderful)\s+(?:day|week|weekend|evening))`;

/** "Best regards,", "Thanks!", "Cheers, Lina", "Have a great day," alone on a line. */
export const SIGN_OFF = new RegExp(
  String.raw`^\s*${SIGN_OFF_WORDS}\s*(?:[,!.]*\s*$|,\s*[A-Z\u00C0-\u024F{%\[][^.!?\n]{0,40}$)`,
  'i',
);

/** The RFC 3676 signature delimiter "-- " (many clients drop the space). */
export const SIGNATURE_DELIMITER = /^--\s?$/;

const ORIGINAL_MESSAGE = /^\s*-{2,}\s*(?:original\s+message|forwarded\s+message)\s*-{2,}\s*$/i;
const FORWARDED = /^\s*begin\s+forwarded\s+message\s*:/i;
const UNDERSCORE_RULE = /^\s*_{10,}\s*$/;
const WROTE_LINE = /^\s*(?:on\b.{0,250}\bwrote|le\b.{0,250}\ba\s+écrit|am\b.{0,250}\bschrieb|el\b.{0,250}\bescribió)\s*:\s*$/i;
const WROTE_START = /^\s*(?:on|le|am|el)\b/i;
const WROTE_END = /\b(?:wrote|a\s+écrit|schrieb|escribió)\s*:\s*$/i;
const FROM_HEADER = /^\s*\*?(?:from|de|von|van)\s*:\*?\s+\S/i;
const SENT_HEADER = /^\s*\*?(?:sent|date|envoyé|gesendet|verzonden|enviado|to|subject)\s*:\*?\s/i;

/**
 * How many lines, starting at `i`, form a header above quoted text (0: none).
 * "On Tue, 3 Mar 2026, Sam <sam@example.com> wrote:" may wrap onto a second line.
 */
export function isQuoteHeader(lines: readonly LineLike[], i: number): number {
  const text = lines[i]!.text;
  if (ORIGINAL_MESSAGE.test(text) || FORWARDED.test(text) || WROTE_LINE.test(text)) return 1;
  const next = lines[i + 1]?.text;
  if (next !== undefined && WROTE_START.test(text) && WROTE_END.test(next) && text.length + next.length < 300) return 2;
  if (UNDERSCORE_RULE.test(text) && next !== undefined && FROM_HEADER.test(next)) return 1;
  if (FROM_HEADER.test(text)) {
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) if (SENT_HEADER.test(lines[j]!.text)) return 1;
  }
  return 0;
}

/** Headers after which everything is the earlier thread, whether or not it is marked with `>`. */
export function startsRestOfThread(lines: readonly LineLike[], i: number): boolean {
  const text = lines[i]!.text;
  return !(WROTE_LINE.test(text) || WROTE_START.test(text));
}
