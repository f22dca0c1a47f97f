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
