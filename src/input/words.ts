const TEMPLATE = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{[^{}\s]*\}/g;
const LETTERS = /[A-Za-z\u00C0-\u024F\u0370-\u1FFF\u3040-\uFFEF]{2}/;

/** True when the text has a word of its own, not only placeholders and template tags. */
export function hasWords(text: string): boolean {
  return LETTERS.test(text.replace(TEMPLATE, ' '));
}
