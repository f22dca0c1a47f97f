import type { Nodes, Parent, Root, Yaml } from 'mdast';
import type { Citation, Segment, SegmentKind } from './types';

/** An HTML comment found in the Markdown (candidate inline directive). */
export interface HtmlComment {
  offset: number;
  endOffset: number;
  value: string;
}

/** What prose extraction finds in one parsed block. Offsets are absolute. */
export interface BlockProse {
  segments: Segment[];
  citations: Citation[];
  comments: HtmlComment[];
  /** Front matter `key: value` scalars (only in the front matter block). */
  frontMatter?: Record<string, string>;
}

const SKIPPED_INLINE = new Set(['inlineCode', 'inlineMath', 'image', 'imageReference', 'break', 'footnoteReference']);

/** Extraction state for one block: the source, its base offset and its real length (stubs excluded). */
class Extractor {
  readonly result: BlockProse = { segments: [], citations: [], comments: [] };
  private ranges: Array<[number, number]> = [];
  private inRefTag = -1;
  private inTask = false;

  constructor(private readonly text: string, private readonly base: number, private readonly limit: number) {}

  block(node: Nodes): void {
    const start = node.position?.start.offset ?? 0;
    if (start >= this.limit) return;
    switch (node.type) {
      case 'paragraph':
        return this.segment(node, 'paragraph');
      case 'heading':
        return this.segment(node, 'heading');
      case 'tableCell':
        return this.segment(node, 'table-cell');
      case 'html':
        return this.html(node.value, start);
      case 'yaml':
        return this.frontMatter(node);
      case 'listItem': {
        const outer = this.inTask;
        this.inTask = typeof node.checked === 'boolean';
        for (const child of node.children) this.block(child as Nodes);
        this.inTask = outer;
        return;
      }
      case 'blockquote':
        return this.commentsIn(node);
      case 'code':
      case 'definition':
      case 'footnoteDefinition':
        return;
      default:
        if ('children' in node) for (const child of (node as Parent).children) this.block(child as Nodes);
    }
  }

  private segment(node: Parent, kind: SegmentKind): void {
    const start = node.position!.start.offset!;
    const end = Math.min(node.position!.end.offset!, this.limit);
    this.ranges = [];
    this.inRefTag = -1;
    for (const child of node.children) this.inline(child as Nodes);
    if (this.ranges.length === 0) return;
    const segment: Segment = { kind, offset: this.base + start, endOffset: this.base + end, text: this.mask(start, end) };
    if (this.inTask && kind === 'paragraph') segment.task = true;
    this.result.segments.push(segment);
  }

  private mask(start: number, end: number): string {
    let out = '';
    let at = start;
    for (const [s, e] of this.ranges) {
      if (s > at) out += blank(this.text.slice(at, s));
      out += this.text.slice(s, e);
      at = e;
    }
    if (end > at) out += blank(this.text.slice(at, end));
    return out;
  }

  private cite(kind: Citation['kind'], node: Nodes, target?: string): void {
    const p = node.position!;
    this.result.citations.push({ kind, offset: this.base + p.start.offset!, endOffset: this.base + p.end.offset!, target });
  }

  private inline(node: Nodes): void {
    const p = node.position;
    if (!p || p.start.offset! >= this.limit) return;
    if (node.type === 'text') {
      if (this.inRefTag < 0) this.ranges.push([p.start.offset!, Math.min(p.end.offset!, this.limit)]);
      return;
    }
    if (node.type === 'html') return this.html(node.value, p.start.offset!);
    if (node.type === 'footnoteReference') return this.cite('footnote', node, node.identifier);
    if (SKIPPED_INLINE.has(node.type)) return;
    if (node.type === 'link') {
      const only = node.children.length === 1 && node.children[0].type === 'text' ? node.children[0].value : null;
      const bare = only !== null && (node.url === only || node.url === `mailto:${only}` || node.url === `http://${only}`);
      if (bare && node.url.startsWith('mailto:')) return; // an e-mail address is not a source
      this.cite(bare ? 'url' : 'link', node, node.url);
      if (bare) return;
    }
    if (node.type === 'linkReference') this.cite('reference-link', node, node.identifier);
    if ('children' in node) for (const child of (node as Parent).children) this.inline(child as Nodes);
  }

  /** A quotation is not prose, but an HTML comment in it is still a directive ("> <!-- citation-needed-disable-file -->"). */
  private commentsIn(node: Nodes): void {
    if (node.type === 'html' && node.value.startsWith('<!--')) this.html(node.value, node.position!.start.offset!);
    else if ('children' in node) for (const child of (node as Parent).children) this.commentsIn(child as Nodes);
  }

  private html(value: string, start: number): void {
    if (value.startsWith('<!--')) {
      this.result.comments.push({ offset: this.base + start, endOffset: this.base + start + value.length, value });
      return;
    }
    if (/^<ref[\s>]/i.test(value) && !/\/>$/.test(value)) this.inRefTag = start;
    else if (/^<ref[\s/]/i.test(value)) {
      this.result.citations.push({ kind: 'ref-tag', offset: this.base + start, endOffset: this.base + start + value.length });
    } else if (/^<\/ref>/i.test(value) && this.inRefTag >= 0) {
      const end = start + value.length;
      this.result.citations.push({ kind: 'ref-tag', offset: this.base + this.inRefTag, endOffset: this.base + end });
      this.inRefTag = -1;
    }
  }

  private frontMatter(node: Yaml): void {
    const start = node.position!.start.offset!;
    const fields: Record<string, string> = {};
    const body = this.text.slice(start, node.position!.end.offset!);
    // The value is trimmed and unquoted in code: a lazy value with a trailing [ \t]*$ backtracks quadratically.
    const FIELD = /^([A-Za-z_][\w-]*):(.*)$/gm;
    for (let m = FIELD.exec(body); m; m = FIELD.exec(body)) {
      const key = m[1].toLowerCase();
      let from = 0;
      let to = m[2].length;
      while (from < to && (m[2][from] === ' ' || m[2][from] === '\t')) from++;
      while (to > from && (m[2][to - 1] === ' ' || m[2][to - 1] === '\t')) to--;
      const q = m[2][from];
      if ((q === '"' || q === "'") && to - from >= 2 && m[2][to - 1] === q) {
        from++;
        to--;
      }
      const value = m[2].slice(from, to);
      fields[key] = value;
      if ((key === 'title' || key === 'description') && value.trim()) {
        const offset = this.base + start + m.index + m[1].length + 1 + from;
        this.result.segments.push({ kind: 'front-matter', offset, endOffset: offset + value.length, text: value });
      }
    }
    this.result.frontMatter = fields;
  }
}

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/**
 * Extracts prose segments (non-prose masked by spaces, offsets kept), citations and HTML comments
 * from a parsed block. `limit` is the block's own length: nodes past it come from stub definitions.
 */
export function extractProse(tree: Root, text: string, base: number, limit: number): BlockProse {
  const extractor = new Extractor(text, base, limit);
  extractor.block(tree);
  return extractor.result;
}
