import type { ChildNode, Element } from 'domhandler';
import { decodeHTML } from 'entities';
import { parseDocument } from 'htmlparser2';
import containers from './data/html-email.json' with { type: 'json' };
import { directiveComment } from './comments.js';
import { TextBuilder, type OffsetMap } from './offset-map.js';

/**
 * The visible text of an HTML draft or e-mail, laid out the way a mail client
 * shows it: blocks on lines of their own, white space collapsed, entities
 * decoded. Every character maps back to the HTML source. Quoted threads
 * (Gmail, Outlook, Apple Mail, any blockquote) come out as `> ` lines and a
 * signature container after a `-- ` line, so the document model reads them
 * as quoted text and signature. Code, styles, scripts, hidden elements and
 * attributes are left out; template placeholders in text stay as written.
 */
export function extractHtml(html: string): { text: string; map: OffsetMap } {
  const doc = parseDocument(html, {
    withStartIndices: true,
    withEndIndices: true,
    decodeEntities: false,
    recognizeSelfClosing: true,
    lowerCaseTags: true,
  });
  const writer = new HtmlWriter(html);
  writer.children(doc.children);
  return writer.builder.build();
}

/** Elements whose content is never prose. */
const SKIPPED = new Set([
  'head', 'title', 'style', 'script', 'template', 'noscript', 'svg', 'math', 'object', 'iframe', 'select', 'textarea',
  'img', 'input', 'button', 'video', 'audio', 'canvas', 'map',
]);
/** Inline code stands in the text as one opaque word, so the sentence around it keeps its shape. */
const CODE = new Set(['code', 'kbd', 'samp', 'tt', 'var']);
/** Blocks and the line breaks around them: a paragraph gets a blank line, a div a line of its own. */
const BLOCKS: Record<string, number> = {
  p: 2, h1: 2, h2: 2, h3: 2, h4: 2, h5: 2, h6: 2, blockquote: 2, ul: 2, ol: 2, dl: 2, table: 2, pre: 2, hr: 2, figure: 2,
  div: 1, li: 1, dt: 1, dd: 1, tr: 1, td: 1, th: 1, caption: 1, section: 1, article: 1, header: 1, footer: 1, main: 1,
  aside: 1, nav: 1, address: 1, center: 1, details: 1, summary: 1, fieldset: 1, legend: 1, form: 1, body: 1, html: 1,
  tbody: 1, thead: 1, tfoot: 1, figcaption: 1, menu: 1, dir: 1, dialog: 1, hgroup: 1,
};

interface Matcher {
  tag?: string;
  class?: string;
  id?: string;
  attr?: string[];
}

/** What is left to write: a node, or the closing of an element whose children come first. */
type Step = ChildNode | (() => void);

/** Puts the nodes on the stack so that the first is taken first. */
function pushChildren(steps: Step[], nodes: readonly ChildNode[]): void {
  for (let i = nodes.length - 1; i >= 0; i--) steps.push(nodes[i]!);
}

const TOKEN = /([ \t\n\r\f]+)|(&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});?)|([^ \t\n\r\f&]+|&)/g;

class HtmlWriter {
  readonly builder = new TextBuilder();

  constructor(private readonly html: string) {}

  /** Line breaks owed before the next text, and where in the source they stand. */
  private breaks = 0;
  private breakAt = 0;
  /** A white-space run owed before the next text on the same line. */
  private space: [number, number] | undefined;
  private quoteDepth = 0;
  /** A reply header was seen: everything after it is the earlier thread. */
  private restQuoted = false;

  /**
   * Writes the nodes and everything inside them, in document order. The walk keeps its own
   * stack rather than recursing: HTML can nest deeper than the call stack reaches.
   */
  children(nodes: readonly ChildNode[]): void {
    const steps: Step[] = [];
    pushChildren(steps, nodes);
    for (let step = steps.pop(); step; step = steps.pop()) {
      if (typeof step === 'function') step();
      else this.node(step, steps);
    }
  }

  private node(node: ChildNode, steps: Step[]): void {
    if (node.type === 'text') this.text(node.data, node.startIndex ?? 0);
    else if (node.type === 'comment') this.comment(node.data, node.startIndex ?? 0, (node.endIndex ?? 0) + 1);
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') this.element(node as Element, steps);
    else if (node.type === 'cdata' && 'children' in node) pushChildren(steps, node.children);
  }

  private element(el: Element, steps: Step[]): void {
    const name = el.name;
    const start = el.startIndex ?? 0;
    const end = (el.endIndex ?? start) + 1;
    if (SKIPPED.has(name) || isHidden(el)) return;
    if (name === 'br') return this.lineBreak(start);
    if (CODE.has(name)) return this.opaque('{code}', start, end);
    // Intercom writes placeholders as <attribute key="user.name"/>.
    if (name === 'attribute' && el.attribs.key) return this.opaque(`{{${el.attribs.key.replace(/[{}]/g, '')}}}`, start, end);

    if (!this.restQuoted && matchesAny(el, containers.restOfThread)) this.restQuoted = true;
    const quote = matchesAny(el, containers.quote);
    const block = BLOCKS[name] ?? 0;
    if (block) this.requestBreak(block, start);
    if (quote) this.quoteDepth++;
    if (matchesAny(el, containers.signature)) this.signatureDelimiter(start);
    // What closes the element runs after its children, which go on the stack above it.
    steps.push(() => {
      if (quote) this.quoteDepth--;
      if (block) this.requestBreak(block, end);
    });
    if (name !== 'pre') pushChildren(steps, el.children);
  }

  private text(raw: string, at: number): void {
    for (const m of raw.matchAll(TOKEN)) {
      const from = at + m.index;
      const to = from + m[0].length;
      if (m[1] !== undefined) {
        this.whiteSpace(from, to);
      } else if (m[2] !== undefined) {
        const decoded = decodeHTML(m[2]);
        if (decoded === m[2]) this.write(m[2], from, to, true);
        else if (/^[\s\u00a0]+$/.test(decoded)) this.whiteSpace(from, to);
        else this.write(decoded, from, to, false);
      } else {
        this.write(m[0], from, to, true);
      }
    }
  }

  /** Directives survive as template comments (`{{! … }}`), which the engine reads; other comments vanish. */
  private comment(data: string, start: number, end: number): void {
    const directive = directiveComment(data);
    if (directive) this.opaque(directive, start, end);
  }

  private whiteSpace(from: number, to: number): void {
    if (this.breaks > 0 || this.atLineStart()) return;
    this.space = this.space ? [this.space[0], to] : [from, to];
  }

  private lineBreak(at: number): void {
    if (this.builder.length === 0) return;
    this.breaks++;
    this.breakAt = at;
    this.space = undefined;
  }

  private requestBreak(count: number, at: number): void {
    if (this.builder.length === 0) return;
    if (count > this.breaks) {
      this.breaks = count;
      this.breakAt = at;
    }
    this.space = undefined;
  }

  /** A `-- ` line before a signature container, unless the sender's client already wrote one. */
  private signatureDelimiter(at: number): void {
    if (this.builder.length === 0 || /^\s*--\s*$/.test(this.builder.currentLine())) return;
    this.requestBreak(1, at);
    this.flushBreaks();
    this.builder.synthetic('-- ', at);
    this.requestBreak(1, at);
  }

  private opaque(text: string, start: number, end: number): void {
    this.startContent(start);
    this.builder.decoded(text, start, end);
  }

  private write(text: string, from: number, to: number, verbatim: boolean): void {
    this.startContent(from);
    if (verbatim) this.builder.verbatim(text, from);
    else this.builder.decoded(text, from, to);
  }

  /** Before any text: the line breaks owed, a `> ` on a quoted line, or the space owed. */
  private startContent(at: number): void {
    if (this.breaks > 0) this.flushBreaks();
    if (this.atLineStart()) {
      if (this.quoteDepth > 0 || this.restQuoted) this.builder.synthetic('> ', at);
    } else if (this.space) {
      const [from, to] = this.space;
      if (to - from === 1 && this.html.charAt(from) === ' ') this.builder.verbatim(' ', from);
      else this.builder.decoded(' ', from, to);
    }
    this.space = undefined;
  }

  private flushBreaks(): void {
    if (this.builder.length > 0) this.builder.synthetic('\n'.repeat(this.breaks), this.breakAt);
    this.breaks = 0;
  }

  private atLineStart(): boolean {
    const last = this.builder.lastChar();
    return last === '' || last === '\n';
  }
}

function matchesAny(el: Element, matchers: readonly Matcher[]): boolean {
  return matchers.some((m) => matches(el, m));
}

function matches(el: Element, m: Matcher): boolean {
  if (m.tag !== undefined) return el.name === m.tag;
  if (m.class !== undefined) return (el.attribs.class ?? '').split(/\s+/).includes(m.class);
  if (m.id !== undefined) return (el.attribs.id ?? '').toLowerCase() === m.id.toLowerCase();
  if (m.attr !== undefined) return el.attribs[m.attr[0]!] === m.attr[1];
  return false;
}

/** `hidden`, or an inline style that hides it (the preview text many e-mails carry). */
function isHidden(el: Element): boolean {
  if (el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true') return true;
  const style = el.attribs.style;
  return style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all)/i.test(style);
}
