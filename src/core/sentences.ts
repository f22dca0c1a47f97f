import data from './abbreviations.json';

/** A sentence span relative to the segment text: [start, end). */
export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(data.abbreviations);
const STARTERS = new Set(data.sentenceStarters);
// Terminal punctuation, optional closing quotes/brackets/emphasis, an optional bracket right after it
// ("[citation needed]", "[1]": it belongs to the sentence it follows), then whitespace.
const BOUNDARY = /[.!?…]+["'”’)\]*_]*(?:\[[^\[\]\r\n]{1,40}\])?(?=\s)/g;

function isBoundary(text: string, punct: number, next: number): boolean {
  const following = text.slice(next, next + 40);
  const first = following.charAt(0);
  if (!first || /\p{Ll}/u.test(first)) return false;
  if (text.charAt(punct) !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, punct - 20), punct))?.[1] ?? '';
  const lower = word.toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: "J. Smith"
  if (ABBREVIATIONS.has(lower)) {
    if (!lower.includes('.')) return false;
    const nextWord = /^[\p{L}]+/u.exec(following)?.[0] ?? '';
    return STARTERS.has(nextWord); // "in the U.S. The next..." ends; "U.S. Army" does not
  }
  return true;
}

/** Splits masked prose into sentences; never at "U.S.", "e.g.", "Dr.", decimals or mid-sentence ellipses. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    let next = end;
    while (next < text.length && /\s/.test(text.charAt(next))) next++;
    if (!isBoundary(text, m.index, next)) continue;
    pushTrimmed(text, start, end, spans);
    start = next;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (end > start) spans.push({ start, end });
}
