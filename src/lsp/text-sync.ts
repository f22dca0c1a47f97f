// LSP positions and content changes in the engine's terms (UTF-16 offsets into the current text).
import { lineStarts, positionAt } from '../core/location';
import type { TextChange } from '../vscode/document-model';
import type { Locate } from '../vscode/mapping';

/** A zero-based line and UTF-16 character, as LSP sends them. */
export interface LspPosition {
  line: number;
  character: number;
}

/** One `textDocument/didChange` content change: a range and its new text, or the whole new text. */
export type LspContentChange = { range: { start: LspPosition; end: LspPosition }; text: string } | { text: string };

/** Locates offsets of a text, and finds the offset of a position (clamped to the line, as LSP asks). */
export class TextIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  /** Offset -> position. */
  readonly locate: Locate = (offset) => positionAt(this.starts, offset);

  /** Position -> offset; a line past the end is the end, a character past the line's end is the line's end. */
  offsetAt(position: LspPosition): number {
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, position.line)];
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    let end = next;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return Math.min(start + Math.max(0, position.character), end);
  }
}

/** The engine change for one LSP content change against the text it applies to. */
export function toTextChange(text: string, change: LspContentChange): TextChange {
  if (!('range' in change)) return { offset: 0, deleteCount: text.length, insertText: change.text };
  const index = new TextIndex(text);
  const offset = index.offsetAt(change.range.start);
  const end = Math.max(offset, index.offsetAt(change.range.end));
  return { offset, deleteCount: end - offset, insertText: change.text };
}
