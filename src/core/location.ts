/** Offsets of the start of every line (LF, CRLF or CR line ends). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

/** Zero-based line of an offset, by binary search over line starts. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Zero-based line and UTF-16 column of an offset. */
export function positionAt(starts: readonly number[], offset: number): { line: number; character: number } {
  const line = lineOf(starts, offset);
  return { line, character: offset - starts[line] };
}

/** A 1-based line and column. */
export interface LineColumn {
  line: number;
  column: number;
}

/** A span's 1-based start and end lines and columns. */
export interface LineColumnSpan extends LineColumn {
  endLine: number;
  endColumn: number;
}

/**
 * Offsets of `text` to 1-based lines and columns, as editors count them: after a leading byte-order
 * mark, which offsets still count (they index the text as read) but no editor shows.
 */
export function locator(text: string): (offset: number) => LineColumn {
  const starts = lineStarts(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return (offset) => {
    const p = positionAt(starts, offset);
    return { line: p.line + 1, column: p.character + 1 - (p.line === 0 && p.character > 0 ? bom : 0) };
  };
}

/** The 1-based start and end of the span from `offset` to `endOffset`. */
export function locateSpan(at: (offset: number) => LineColumn, offset: number, endOffset: number): LineColumnSpan {
  const start = at(offset);
  const end = at(endOffset);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
