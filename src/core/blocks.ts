/** A top-level block of the source: [offset, endOffset), without surrounding blank lines. */
export interface Block {
  offset: number;
  endOffset: number;
  /** Front matter at the very start of the document. */
  frontMatter?: boolean;
  /** Why the block is not checked (too deeply nested, or front matter too long); only a notice comes from it. */
  skipped?: string;
  /** Why the block is checked as plain text, not parsed as Markdown (markup in amounts no prose has). */
  plain?: string;
  /** Set on the first piece of a block that is skipped or plain: the piece that carries the notice. */
  notice?: boolean;
}

/**
 * Longest block parsed in one piece (UTF-16 units). remark-parse is slow and memory-hungry on huge
 * blocks, so a longer block is parsed in chunks of whole lines (a line longer than this is cut at
 * whitespace). The longest block of the 36 MB benchmark corpus is 58 KB.
 */
export const MAX_BLOCK_LENGTH = 65_536;

/** Most container markers (`>`, list bullets) before a line's text; deeper blocks are skipped. */
export const MAX_NESTING_MARKERS = 100;

/** Widest container prefix (markers and indentation, in columns); wider blocks are skipped. */
export const MAX_NESTING_COLUMNS = 256;

/**
 * Most emphasis delimiter runs (`*`, `_`, `~`) in one block. micromark resolves emphasis by walking back
 * over every earlier event for each closing run and splicing the event list on each match
 * (micromark-core-commonmark attention.js, resolveAllAttention), so its time grows with the square of the
 * runs: 64 K of `*_` parse for about 45 s. The same class of bug was fixed in other parsers
 * (commonmark/cmark#390, markdown-it/markdown-it#735). The busiest block of the 36 MB benchmark corpus
 * has 333 runs; a block with more is checked as plain text.
 */
export const MAX_DELIMITER_RUNS = 2_000;

/** Most brackets (`[`, `]`) in one block; the corpus's busiest block (a table of links) has 678. */
export const MAX_BRACKETS = 4_000;

/** Most `<` in one block (each may open HTML or an autolink); the corpus's busiest block has 160. */
export const MAX_ANGLE_BRACKETS = 2_000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLANK = /^[ \t]*$/;
const HTML_RAW = /^ {0,3}<(pre|script|style|textarea)[\s>]/i;

interface Line {
  start: number;
  end: number; // excludes the line terminator
  next: number; // start of the following line
}

/** Splits text into lines with their offsets; handles LF, CRLF and CR. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  if (start < to || lines.length === 0) lines.push({ start, end: to, next: to });
  return lines;
}

function frontMatterEnd(text: string, lines: Line[]): number {
  const first = lines[0] ? text.slice(lines[0].start, lines[0].end).replace(/^\uFEFF/, '') : ''; // a BOM may precede the fence
  const fence = first === '---' ? /^(---|\.\.\.)[ \t]*$/ : first === '+++' ? /^\+\+\+[ \t]*$/ : null;
  if (!fence) return -1;
  for (let i = 1; i < lines.length; i++) {
    if (fence.test(text.slice(lines[i].start, lines[i].end))) return i;
  }
  return -1;
}

/** Tracks constructs that may contain blank lines: fences, HTML comments and raw HTML blocks. */
function openConstruct(line: string): RegExp | null {
  const fence = FENCE.exec(line);
  if (fence) {
    const mark = fence[1];
    if (mark[0] === '`' && line.slice(fence[0].length).includes('`')) return null;
    return new RegExp(`^ {0,3}\\${mark[0]}{${mark.length},}[ \\t]*$`);
  }
  const comment = line.indexOf('<!--');
  if (comment >= 0 && /^ {0,3}<!--/.test(line) && !line.includes('-->', comment + 4)) return /-->/;
  const raw = HTML_RAW.exec(line);
  if (raw && !new RegExp(`</${raw[1]}>`, 'i').test(line)) return new RegExp(`</${raw[1]}>`, 'i');
  return null;
}

/**
 * Splits a Markdown document into top-level blocks at blank lines, never inside front matter,
 * fenced code, HTML comments or raw HTML, and never before an indented continuation line.
 */
export function splitBlocks(text: string): Block[] {
  return splitBlockRange(text, 0, text.length).blocks;
}

/** Blocks of text[from, to), and whether a fence, comment or raw HTML block is still open at `to`. */
export interface BlockRange {
  blocks: Block[];
  open: boolean;
}

/**
 * Splits text[from, to) as `splitBlocks` would if a block started at `from` (front matter only at 0).
 * The incremental document re-splits a window this way; `open` tells it the window ended mid-construct.
 */
export function splitBlockRange(text: string, from: number, to: number): BlockRange {
  const lines = splitLines(text, from, to);
  const blocks: Block[] = [];
  let i = 0;
  const fmEnd = from === 0 ? frontMatterEnd(text, lines) : -1;
  if (fmEnd > 0) {
    blocks.push({ offset: 0, endOffset: lines[fmEnd].end, frontMatter: true });
    i = fmEnd + 1;
  }
  let blockStart = -1;
  let blockEnd = -1;
  let closer: RegExp | null = null;
  const flush = () => {
    if (blockStart >= 0) blocks.push({ offset: blockStart, endOffset: blockEnd });
    blockStart = -1;
  };
  for (; i < lines.length; i++) {
    const { start, end } = lines[i];
    const line = text.slice(start, end);
    if (closer) {
      blockEnd = end;
      if (closer.test(line)) closer = null;
      continue;
    }
    if (BLANK.test(line)) {
      if (blockStart < 0) continue;
      let j = i + 1;
      while (j < lines.length && BLANK.test(text.slice(lines[j].start, lines[j].end))) j++;
      const nextChar = j < lines.length ? text.charCodeAt(lines[j].start) : 0;
      if (nextChar === 32 || nextChar === 9) {
        i = j - 1; // indented continuation stays in the block; the blank run is scanned once
        continue;
      }
      flush();
      continue;
    }
    if (blockStart < 0) blockStart = start;
    blockEnd = end;
    closer = openConstruct(line);
  }
  flush();
  return { blocks: limitBlocks(text, blocks), open: closer !== null };
}

/** A fence at the very start of the text, so on its first line. */
const FENCE_START = /^(?:`{3,}|~{3,})/;

/**
 * True when a block is one fenced code block and nothing else (its first line opens the fence and
 * only its last line closes it): such a block holds no prose, citations or directives.
 */
export function isFencedCodeOnly(text: string): boolean {
  if (!FENCE_START.test(text)) return false; // indented fences may sit in a list: parse those
  const lines = splitLines(text);
  if (lines.length < 2) return false;
  const first = text.slice(lines[0].start, lines[0].end);
  const closer = openConstruct(first);
  if (!closer) return false;
  for (let i = 1; i < lines.length - 1; i++) if (closer.test(text.slice(lines[i].start, lines[i].end))) return false;
  return closer.test(text.slice(lines[lines.length - 1].start, lines[lines.length - 1].end));
}

const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]\s\\]{1,999}\]:/;

/**
 * True when every line of a block starts a footnote definition. Such a block holds no prose, citations
 * or directives (nothing inside a footnote definition is read; the definitions themselves are found by
 * a scan), so it needs no parse: micromark takes about a second per 2,000 of them.
 */
export function isFootnoteDefinitionsOnly(text: string): boolean {
  if (!FOOTNOTE_DEFINITION.test(text)) return false; // the first line (the pattern never crosses a line end)
  for (const line of splitLines(text)) if (!FOOTNOTE_DEFINITION.test(text.slice(line.start, line.end))) return false;
  return true;
}

/** True when a block is never parsed (fenced code only, footnote definitions only): no limit applies to it. */
export const isUnparsed = (own: string) => isFencedCodeOnly(own) || isFootnoteDefinitionsOnly(own);

/**
 * Cuts blocks longer than MAX_BLOCK_LENGTH into chunks, marks too deeply nested ones as skipped and
 * ones with more markup than any prose has as plain; the first such piece of a block carries the notice.
 */
function limitBlocks(text: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const pieces = block.endOffset - block.offset > MAX_BLOCK_LENGTH ? chunk(text, block) : [block];
    let noticed = false;
    for (const piece of pieces) {
      let limited: Block = piece;
      const deep = nestingDepth(text, piece.offset, piece.endOffset);
      if (block.frontMatter && pieces.length > 1) limited = { offset: piece.offset, endOffset: piece.endOffset, skipped: `front matter over ${MAX_BLOCK_LENGTH} characters` };
      else if (deep) limited = { ...piece, skipped: `nested ${deep} deep (limit ${MAX_NESTING_MARKERS} markers, ${MAX_NESTING_COLUMNS} columns)` };
      else if (!block.frontMatter && !isUnparsed(text.slice(piece.offset, piece.endOffset))) {
        const plain = markupExcess(text, piece.offset, piece.endOffset);
        if (plain) limited = { ...piece, plain };
      }
      if ((limited.skipped || limited.plain) && !noticed) {
        limited = { ...limited, notice: true };
        noticed = true;
      }
      out.push(limited);
    }
  }
  return out;
}

/** Why text[start, end) is checked as plain text: more delimiter runs, brackets or `<` than the limits; else ''. */
export function markupExcess(text: string, start: number, end: number): string {
  let runs = 0;
  let brackets = 0;
  let angles = 0;
  let previous = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126) {
      if (c !== previous) runs++;
    } else if (c === 91 || c === 93) brackets++;
    else if (c === 60) angles++;
    previous = c;
  }
  if (runs > MAX_DELIMITER_RUNS) return `${runs.toLocaleString('en-US')} emphasis delimiter runs (*, _, ~; limit ${MAX_DELIMITER_RUNS.toLocaleString('en-US')})`;
  if (brackets > MAX_BRACKETS) return `${brackets.toLocaleString('en-US')} brackets (limit ${MAX_BRACKETS.toLocaleString('en-US')})`;
  if (angles > MAX_ANGLE_BRACKETS) return `${angles.toLocaleString('en-US')} "<" (limit ${MAX_ANGLE_BRACKETS.toLocaleString('en-US')})`;
  return '';
}

/** Splits a long block into chunks of whole lines; a line longer than the limit is cut at whitespace. */
function chunk(text: string, block: Block): Block[] {
  const pieces: Block[] = [];
  let start = block.offset;
  let end = block.offset;
  const push = () => {
    if (end > start) pieces.push({ offset: start, endOffset: end });
  };
  for (const line of splitLines(text, block.offset, block.endOffset)) {
    if (line.end - start > MAX_BLOCK_LENGTH) {
      push();
      start = line.start;
      while (line.end - start > MAX_BLOCK_LENGTH) {
        const cut = cutPoint(text, start, start + MAX_BLOCK_LENGTH);
        pieces.push({ offset: start, endOffset: cut });
        start = cut;
      }
    }
    end = line.end;
  }
  push();
  return pieces;
}

/** Where to cut a long line: after the last whitespace in the second half of [start, limit), never inside a surrogate pair. */
function cutPoint(text: string, start: number, limit: number): number {
  for (let i = limit - 1; i > start + (limit - start) / 2; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) return i + 1;
  }
  const high = text.charCodeAt(limit - 1);
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}

/** The deepest container prefix of the lines in [start, end) when it passes the limits, else 0. */
function nestingDepth(text: string, start: number, end: number): number {
  for (const line of splitLines(text, start, end)) {
    let markers = 0;
    let columns = 0;
    for (let i = line.start; i < line.end; i++) {
      const c = text.charCodeAt(i);
      const next = i + 1 < line.end ? text.charCodeAt(i + 1) : 32;
      if (c === 32) columns++;
      else if (c === 9) columns += 4;
      else if (c === 62 || ((c === 45 || c === 43 || c === 42) && (next === 32 || next === 9))) {
        markers++;
        columns++;
      } else break;
    }
    if (markers > MAX_NESTING_MARKERS || columns > MAX_NESTING_COLUMNS) return Math.max(markers, Math.floor(columns / 2));
  }
  return 0;
}
