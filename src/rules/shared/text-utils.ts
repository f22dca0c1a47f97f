import type { Sentence } from '../../core/types';

/** Spans of a sentence inside quotation marks (“…”, "…", ‘…’ used as quotes), relative to its text. */
export function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Straight quotes pair across a soft line break too: Markdown paragraphs wrap inside quotations.
  const QUOTE = /“[^”]*”|"[^"]*"|(?<![\p{L}])‘[^’]*’(?![\p{L}])/gu;
  for (let m = QUOTE.exec(text); m; m = QUOTE.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * Quoted spans, plus quotations that open or close in another sentence: an opening mark with no
 * closing mark runs to the end of the sentence, a closing mark with no opening mark runs from its start.
 */
export function quotedSpansAcrossSentences(text: string): Array<[number, number]> {
  const spans = quotedSpans(text);
  const MARK = /[“”"]/g;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const at = m.index;
    if (spans.some(([s, e]) => at >= s && at < e)) continue;
    const before = text.charAt(at - 1);
    const after = text.charAt(at + 1);
    const opens = m[0] === '“' || (m[0] === '"' && /^$|[\s(:—–-]/u.test(before) && /\S/u.test(after));
    spans.push(opens ? [at, text.length] : [-1, at]);
  }
  return spans;
}

/**
 * Quotations in the ``PTB'' / LaTeX style of plain-text sources (news wires, converted corpora): a
 * pair in the sentence, or an opening mark whose quotation runs on past the sentence, or a closing
 * mark whose quotation began before it. In Markdown a backtick pair is code, masked before rules run,
 * so these marks reach prose only from escaped plain text (\`\`).
 */
export function ptbQuotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const MARK = /\\?`\\?`|''/g; // the backticks escaped (\`\`) when the plain text was written as Markdown
  let open = -1;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    if (m[0] !== "''") open = open < 0 ? m.index : open;
    else {
      spans.push([open < 0 ? -1 : open, m.index + 2]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

/** True when index lies inside one of the spans. */
export function inside(spans: ReadonlyArray<[number, number]>, index: number): boolean {
  return spans.some(([s, e]) => index > s && index < e);
}

/** True when index is the first word of the sentence (ignoring leading markup and quotes). */
export function atSentenceStart(text: string, index: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(0, index));
}

/** The absolute span of a match inside a sentence. */
export function span(sentence: Sentence, index: number, length: number): { offset: number; endOffset: number } {
  return { offset: sentence.offset + index, endOffset: sentence.offset + index + length };
}

/** An edit that deletes a word or phrase and one adjacent space, so no double space is left. */
export function deletion(sentence: Sentence, index: number, length: number): { offset: number; endOffset: number; newText: string } {
  const text = sentence.text;
  let start = index;
  let end = index + length;
  if (text.charAt(end) === ' ') end++;
  else if (text.charAt(start - 1) === ' ') start--;
  return { offset: sentence.offset + start, endOffset: sentence.offset + end, newText: '' };
}

/** Wraps text in curly quotes for messages: “text”. */
export function quote(text: string): string {
  return `“${text.replace(/\s+/g, ' ').trim()}”`;
}
