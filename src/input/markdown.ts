import type { Nodes, Parents, RootContent } from 'mdast';
import { decodeHTMLStrict } from 'entities';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { alignValue, type Sink, type Unescape } from './align.js';
import { directiveComment } from './comments.js';
import { TextBuilder, type OffsetMap } from './offset-map.js';
import { encodeMarkdown, mapOrigin } from './origin.js';
import type { Reader } from './readers.js';

/**
 * `.md` / `.markdown`: the prose of a CommonMark + GFM document, parsed by
 * mdast-util-from-markdown (micromark). Code blocks, front matter, images,
 * link targets, raw HTML blocks and HTML comments are left out; inline code
 * stands as one opaque word; a blockquote is quoted text (`> ` lines). Every
 * character maps back to the file, so positions are the file's own.
 */
export const markdownReader: Reader = {
  name: 'markdown',
  read: ({ path, text }) => {
    const extracted = extractMarkdown(text);
    return {
      sources: [{ path, text: extracted.text, origin: mapOrigin(text, extracted.map, { encode: encodeMarkdown }) }],
      problems: [],
    };
  },
};

export function extractMarkdown(markdown: string): { text: string; map: OffsetMap } {
  const tree = fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml', 'toml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()],
  });
  const writer = new MarkdownWriter(markdown);
  writer.blocks(tree.children, false);
  return writer.builder.build();
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;

/** Backslash escapes and character references, as CommonMark decodes them. */
const unescapeMarkdown: Unescape = (raw, at) => {
  const c = raw[at];
  if (c === '\\' && ASCII_PUNCTUATION.test(raw[at + 1] ?? '')) return { length: 2, text: raw[at + 1]! };
  if (c !== '&') return undefined;
  const entity = ENTITY.exec(raw.slice(at, at + 40))?.[0];
  if (!entity) return undefined;
  const text = decodeHTMLStrict(entity);
  return text === entity ? undefined : { length: entity.length, text };
};

const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?$/;

/** What is left to write: a block, or what closes a quote, a list or a list item's opening. */
type BlockStep = { node: RootContent; tight: boolean } | (() => void);

/** Puts the blocks on the stack so that the first is taken first. */
function pushBlocks(steps: BlockStep[], nodes: readonly RootContent[], tight: boolean): void {
  for (let i = nodes.length - 1; i >= 0; i--) steps.push({ node: nodes[i]!, tight });
}

class MarkdownWriter implements Sink {
  readonly builder = new TextBuilder();
  private breaks = 0;
  private breakAt = 0;
  private quoteDepth = 0;
  /** Set after a list marker: the item's first paragraph continues its line. */
  private glue = false;

  constructor(private readonly file: string) {}

  /**
   * Writes the blocks and everything inside them, in document order. The walk keeps its own
   * stack rather than recursing: quotes and lists can nest deeper than the call stack reaches.
   */
  blocks(nodes: readonly RootContent[], tight: boolean): void {
    const steps: BlockStep[] = [];
    pushBlocks(steps, nodes, tight);
    for (let step = steps.pop(); step; step = steps.pop()) {
      if (typeof step === 'function') step();
      else this.block(step.node, step.tight, steps);
    }
  }

  private block(node: RootContent, tight: boolean, steps: BlockStep[]): void {
    const [start, end] = span(node);
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        this.requestBreak(tight ? 1 : 2, start);
        this.inlines(node);
        this.requestBreak(tight ? 1 : 2, end);
        return;
      case 'blockquote':
        this.requestBreak(2, start);
        this.quoteDepth++;
        // Steps run last pushed first: what closes a block goes on the stack below its children.
        steps.push(() => {
          this.quoteDepth--;
          this.requestBreak(2, end);
        });
        pushBlocks(steps, node.children, false);
        return;
      case 'list':
        this.requestBreak(2, start);
        steps.push(() => this.requestBreak(2, end));
        for (let i = node.children.length - 1; i >= 0; i--) {
          const item = node.children[i]!;
          pushBlocks(steps, item.children, !(node.spread || item.spread));
          steps.push(() => {
            this.requestBreak(1, span(item)[0]);
            this.listMarker(item);
          });
        }
        return;
      case 'table':
        for (const row of node.children) for (const cell of row.children) {
          this.requestBreak(2, span(cell)[0]);
          this.inlines(cell);
        }
        this.requestBreak(2, end);
        return;
      case 'footnoteDefinition':
        pushBlocks(steps, node.children, false);
        return;
      case 'html':
        return this.html(node.value, start, end, true);
      default:
        // Code, front matter, thematic breaks, definitions: a boundary, never prose.
        this.requestBreak(2, start);
    }
  }

  private inlines(parent: Parents): void {
    for (const node of parent.children as Nodes[]) {
      const [start, end] = span(node);
      switch (node.type) {
        case 'text':
          alignValue(this, node.value, this.file, start, end, unescapeMarkdown);
          break;
        case 'inlineCode':
          this.decoded('{code}', start, end);
          break;
        case 'break':
          this.lineBreak(start);
          break;
        case 'html':
          this.html(node.value, start, end, false);
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'link':
        case 'linkReference':
          this.inlines(node);
          break;
        default:
        // Images and footnote references are not prose.
      }
    }
  }

  private html(value: string, start: number, end: number, block: boolean): void {
    if (/^<br\s*\/?>$/i.test(value.trim())) return this.lineBreak(start);
    const directive = /^<!--[\s\S]*-->$/.test(value.trim()) ? directiveComment(value.trim()) : undefined;
    if (!directive) return;
    if (block) this.requestBreak(2, start);
    this.decoded(directive, start, end);
    if (block) this.requestBreak(2, end);
  }

  private listMarker(item: Parents): void {
    const [start] = span(item);
    const first = item.children[0];
    const marker = first ? this.file.slice(start, span(first as Nodes)[0]) : '';
    if (LIST_MARKER.test(marker)) this.verbatim(marker.trimStart(), start + marker.length - marker.trimStart().length);
    else this.synthetic('- ', start);
    this.glue = true;
  }

  private requestBreak(count: number, at: number): void {
    if (this.builder.length === 0 || this.glue) return;
    if (count > this.breaks) {
      this.breaks = count;
      this.breakAt = at;
    }
  }

  private lineBreak(at: number): void {
    if (this.builder.length === 0) return;
    this.breaks++;
    this.breakAt = at;
  }

  verbatim(text: string, fileStart: number): void {
    this.lines(text, fileStart, (line, at) => this.builder.verbatim(line, at));
  }

  decoded(text: string, fileStart: number, fileEnd: number): void {
    if (this.quoteDepth === 0 || !text.includes('\n')) {
      this.startContent(fileStart);
      this.builder.decoded(text, fileStart, fileEnd);
      return;
    }
    this.lines(text, fileStart, (line) => this.builder.decoded(line, fileStart, fileEnd));
  }

  synthetic(text: string, fileOffset: number): void {
    this.startContent(fileOffset);
    this.builder.synthetic(text, fileOffset);
  }

  /** Writes text line by line, so each line of a quote starts with `> `. */
  private lines(text: string, at: number, write: (line: string, at: number) => void): void {
    let from = 0;
    while (from < text.length) {
      const nl = text.indexOf('\n', from);
      const to = nl === -1 ? text.length : nl + 1;
      this.startContent(at + from);
      write(text.slice(from, to), at + from);
      from = to;
    }
  }

  private startContent(at: number): void {
    if (this.breaks > 0) {
      if (this.builder.length > 0) this.builder.synthetic('\n'.repeat(this.breaks), this.breakAt);
      this.breaks = 0;
    }
    const last = this.builder.lastChar();
    if (this.quoteDepth > 0 && (last === '' || last === '\n') && !this.glue) this.builder.synthetic('> ', at);
    this.glue = false;
  }
}

function span(node: Nodes): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}
