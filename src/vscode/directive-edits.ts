// Edits that insert directive comments silencing a rule; no `vscode` import here.
import { splitBlocks } from '../core/blocks';
import { lineOf, lineStarts } from '../core/location';
import type { Edit } from '../core/types';

/** The document's line ending: the first one found, else LF. */
export function eolOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

/** Offset just past the front matter (and its line end), or 0 when the document has none. */
export function afterFrontMatter(text: string): number {
  if (!/^(---|\+\+\+)[ \t]*(\r\n|\n|\r)/.test(text)) return 0;
  const first = splitBlocks(text)[0];
  if (!first?.frontMatter) return 0;
  const eol = /^(\r\n|\n|\r)/.exec(text.slice(first.endOffset));
  return first.endOffset + (eol ? eol[0].length : 0);
}

/**
 * Inserts `<!-- citation-needed-disable-next-line rule -->` on a new line above the line holding
 * `offset`, with that line's indentation and blockquote markers. Undefined inside front matter.
 */
export function disableLineEdit(text: string, offset: number, ruleId: string): Edit | undefined {
  if (offset < afterFrontMatter(text)) return undefined;
  const starts = lineStarts(text);
  const start = starts[lineOf(starts, offset)];
  const prefix = /^[ \t>]*/.exec(text.slice(start, start + 200))![0];
  const newText = `${prefix}<!-- citation-needed-disable-next-line ${ruleId} -->${eolOf(text)}`;
  return { offset: start, endOffset: start, newText };
}

/** Inserts `<!-- citation-needed-disable-file rule -->` at the top of the document, after any front matter. */
export function disableFileEdit(text: string, ruleId: string): Edit {
  const at = afterFrontMatter(text);
  const eol = eolOf(text);
  // Front matter is followed by a blank line so the comment starts its own block.
  const newText = `${at > 0 ? eol : ''}<!-- citation-needed-disable-file ${ruleId} -->${eol}${at > 0 ? '' : eol}`;
  return { offset: at, endOffset: at, newText };
}
