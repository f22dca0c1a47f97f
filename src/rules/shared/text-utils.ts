import type { Sentence } from '../../core/types';

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

/**
 * A word list as a regular-expression alternation, longest first so that a longer phrase wins: a space
 * matches any run of whitespace, an apostrophe ' or ’. Entries are patterns ("step \\d+"), not escaped.
 */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .join('|');
}
