/**
 * An HTML or Markdown comment that holds a tonecheck directive, rewritten as
 * the template comment `{{! … }}` the engine reads directives from (and the
 * document model treats as an opaque placeholder). Other comments give
 * undefined: they are not part of the text.
 */
export function directiveComment(body: string): string | undefined {
  const inner = body.replace(/^<!--/, '').replace(/-->$/, '').trim();
  if (!/^tonecheck-(?:disable|enable)/.test(inner)) return undefined;
  return `{{! ${inner.replace(/[{}]/g, ' ').replace(/\s+/g, ' ')} }}`;
}
