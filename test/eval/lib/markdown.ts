/** Plain text turned into Markdown that renders as the same words, with a map back to the text. */
export interface Escaped {
  markdown: string;
  /** origin[i]: index in the plain text of markdown character i; origin[markdown.length] = text.length. */
  origin: number[];
}

// Characters that start inline syntax anywhere in a line.
const INLINE = /[\\`*_[\]<>&~|]/;
// Line starts that open a block: headings, quotes, bullets, thematic breaks, setext underlines.
const BLOCK_START = /[#>+=-]/;
// An ordered-list marker at a line start: its punctuation is escaped ("1\\. ").
const ORDERED = /^\d{1,9}(?=[.)](?:\s|$))/;

/**
 * Escapes plain text (a sentence or a document) so that the Markdown parser reads it as prose:
 * backslashes before syntax characters, leading indentation dropped so nothing becomes code.
 */
export function escapeMarkdown(text: string): Escaped {
  let markdown = '';
  const origin: number[] = [];
  let lineStart = true;
  let escapeAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (lineStart && (ch === ' ' || ch === '\t')) continue;
    if (lineStart) {
      const marker = ORDERED.exec(text.slice(i, i + 10));
      escapeAt = marker ? i + marker[0].length : -1;
    }
    const opensBlock = lineStart && BLOCK_START.test(ch);
    if (opensBlock || i === escapeAt || INLINE.test(ch)) {
      markdown += '\\';
      origin.push(i);
    }
    markdown += ch;
    origin.push(i);
    lineStart = ch === '\n' || ch === '\r';
  }
  origin.push(text.length);
  return { markdown, origin };
}

/** Maps a half-open span of the escaped Markdown back to the plain text. */
export function toTextSpan(escaped: Escaped, offset: number, endOffset: number): [number, number] {
  const start = escaped.origin[offset];
  const end = endOffset > offset ? escaped.origin[endOffset - 1] + 1 : start;
  return [start, end];
}
