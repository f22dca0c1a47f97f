/** What a source must contain to support a sentence: its direct quotations and its numbers. */
export interface ClaimParts {
  /** Direct quotations of four words or more, as written. */
  quotes: string[];
  /** Percentages, amounts of money and large or decimal numbers, as written ("40%", "$5.6 million", "2,000"). */
  numbers: string[];
}

const QUOTATION = /“([^”]{3,600})”|"([^"\r\n]{3,600})"/g;
const SCALE = '(?:million|billion|trillion|thousand|bn|m|k)';
const NUMBER = new RegExp(
  `[$€£¥]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?${SCALE}\\b)?|\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b)|\\b\\d[\\d,]*(?:\\.\\d+)?\\s(?:million|billion|trillion)\\b|\\b\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?\\b|\\b\\d+\\.\\d+\\b|\\b\\d{3,}\\b`,
  'gi',
);
const YEAR = /^(?:1[89]\d\d|20\d\d)$/;

/** Extracts the quotations and numbers a cited source should contain. */
export function claimParts(sentence: string): ClaimParts {
  const quotes: string[] = [];
  QUOTATION.lastIndex = 0;
  for (let m = QUOTATION.exec(sentence); m; m = QUOTATION.exec(sentence)) {
    const q = (m[1] ?? m[2]).trim();
    if (q.split(/\s+/).length >= 4) quotes.push(q);
  }
  const numbers: string[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(sentence); m; m = NUMBER.exec(sentence)) {
    const n = m[0].trim();
    if (!YEAR.test(n) && !numbers.includes(n)) numbers.push(n);
  }
  return { quotes, numbers };
}

/** A number's value and kind, so "40%" matches "40 percent" and "$5.6 million" matches "5,600,000". */
export interface Quantity {
  value: number;
  percent: boolean;
}

const MULTIPLIER: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

/** The quantity a number expression stands for. */
export function toQuantity(expression: string): Quantity | undefined {
  const m = /(\d[\d,]*(?:\.\d+)?)\s?(%|percent|per cent|million|billion|trillion|thousand|bn|m|k)?/i.exec(expression);
  if (!m) return undefined;
  const unit = m[2]?.toLowerCase();
  const base = Number(m[1].replace(/,/g, ''));
  if (!Number.isFinite(base)) return undefined;
  const percent = unit === '%' || unit === 'percent' || unit === 'per cent';
  return { value: base * (unit && !percent ? MULTIPLIER[unit] : 1), percent };
}

const PAGE_NUMBER = /(\d[\d,]*(?:\.\d+)?)(?:\s?(%|percent\b|per cent\b|million\b|billion\b|trillion\b|thousand\b|bn\b|m\b|k\b))?/gi;

/** Every quantity written in a page, as "value|percent" keys for lookup. */
export function pageQuantities(text: string): Set<string> {
  const out = new Set<string>();
  PAGE_NUMBER.lastIndex = 0;
  for (let m = PAGE_NUMBER.exec(text); m; m = PAGE_NUMBER.exec(text)) {
    const q = toQuantity(m[0]);
    if (q) out.add(quantityKey(q));
    // "5.6 million" also counts as the bare 5.6 (tables often give units in headers).
    const bare = Number(m[1].replace(/,/g, ''));
    if (Number.isFinite(bare)) out.add(quantityKey({ value: bare, percent: false }));
  }
  return out;
}

/** The lookup key of a quantity. */
export function quantityKey(q: Quantity): string {
  return `${Number(q.value.toPrecision(12))}|${q.percent ? '%' : ''}`;
}

/** Folds text for quotation matching: case, curly quotes, dashes, punctuation and whitespace. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** True when a folded page contains the quotation (parts around an ellipsis in order). */
export function containsQuote(foldedPage: string, quote: string): boolean {
  let from = 0;
  for (const part of quote.split(/\s*(?:…|\.\.\.|\[\.\.\.\])\s*/)) {
    const folded = foldText(part);
    if (!folded) continue;
    const at = foldedPage.indexOf(folded, from);
    if (at < 0) return false;
    from = at + folded.length;
  }
  return true;
}

const STOP = new Set('the a an of to in and or for on at by with from as is are was were be been that this it its their said says has have had not but which who'.split(' '));
const words = (s: string) => foldText(s.replace(/https?:\/\/\S+/g, ' ')).split(' ').filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w));

/** The page passage (a line or sentence) sharing the most words with `target`, when it shares at least `minShare` of them. */
export function closestPassage(page: string, target: string, minShare = 0.5): string | undefined {
  const wanted = new Set(words(target));
  if (wanted.size === 0) return undefined;
  let best: { text: string; share: number } | undefined;
  for (const passage of page.split(/(?<=[.!?])\s+|\n+/)) {
    if (passage.length < 10 || passage.length > 2000) continue;
    const own = new Set(words(passage));
    let shared = 0;
    for (const w of wanted) if (own.has(w)) shared++;
    const share = shared / wanted.size;
    if (share >= minShare && (!best || share > best.share)) best = { text: passage.trim(), share };
  }
  return best?.text;
}
