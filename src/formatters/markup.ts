/** Escaping shared by the XML and HTML formats. */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text safe inside an XML or HTML element or a quoted attribute. Control
 * characters XML 1.0 forbids are dropped, so a stray byte in a draft cannot
 * make the whole report unreadable.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);
}

/** How a result is named in one-line formats: `file`, or `file#entry` for an entry of a collection. */
export function resultName(result: { path: string; entryId?: string }): string {
  return result.entryId === undefined ? result.path : `${result.path}#${result.entryId}`;
}
