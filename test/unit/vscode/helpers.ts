// Helpers for the adapter's unit tests: locating offsets and applying editor-shaped edits to text.
import { lineStarts, positionAt } from '../../../src/core/location';
import type { EditData, Locate, Point } from '../../../src/vscode/mapping';

/** A Locate over a text, as the extension uses for files read from disk. */
export function locator(text: string): Locate {
  const starts = lineStarts(text);
  return (offset) => positionAt(starts, offset);
}

/** The offset of a point (inverse of locator). */
export function offsetOf(text: string, point: Point): number {
  return lineStarts(text)[point.line] + point.character;
}

/** What a snippet inserts when the writer accepts the placeholders as they are. */
export function expandSnippet(snippet: string): string {
  return snippet.replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1').replace(/\\([$}\\])/g, '$1');
}

/** Applies editor edits (line/character ranges) to text, from the end backwards. */
export function applyEditData(text: string, edits: readonly EditData[]): string {
  const byOffset = edits.map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), text: e.snippet ? expandSnippet(e.snippet) : e.newText }));
  byOffset.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of byOffset) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
