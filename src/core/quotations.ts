// Quotation spans of prose: the one definition of "inside a quotation" that every rule reads.
// Spans are [start, end) offsets relative to the text they were found in.

/** A span of text, [start, end), relative to the text it was found in; -1 as start means "before the text". */
export type QuoteSpan = [number, number];

// Straight quotes pair across a soft line break too: Markdown paragraphs wrap inside quotations.
const PAIRED = /“[^”]*”|"[^"]*"|(?<![\p{L}])‘[^’]*’(?![\p{L}])/gu;
const DOUBLE_PAIRED = /“[^”]*”|"[^"]*"/g;
const DOUBLE_MARK = /[“”"]/g;
const PLAIN_TEXT_MARK = /\\?`\\?`|''/g; // the backticks escaped (\`\`) when the plain text was written as Markdown

/** Spans inside quotation marks (“…”, "…", ‘…’ used as quotes) that open and close in the text. */
export function quotedSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const m of text.matchAll(PAIRED)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * Quoted spans, plus quotations that open or close in another sentence: an opening mark with no
 * closing mark runs to the end of the text, a closing mark with no opening mark runs from its start.
 */
export function quotedSpansAcrossSentences(text: string, paired: readonly QuoteSpan[] = quotedSpans(text)): QuoteSpan[] {
  const spans = [...paired];
  for (const m of text.matchAll(DOUBLE_MARK)) {
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
 * pair in the text, or an opening mark whose quotation runs on past it, or a closing mark whose
 * quotation began before it. In Markdown a backtick pair is code, masked before rules run, so these
 * marks reach prose only from escaped plain text (\`\`).
 */
export function plainTextQuotedSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (const m of text.matchAll(PLAIN_TEXT_MARK)) {
    if (m[0] !== "''") open = open < 0 ? m.index : open;
    else {
      spans.push([open < 0 ? -1 : open, m.index + 2]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

/** The text with every double-quoted span (“…”, "…") blanked to spaces, offsets kept. */
export function blankDoubleQuoted(text: string): string {
  return text.replace(DOUBLE_PAIRED, (q) => ' '.repeat(q.length));
}

/** True when index lies strictly inside one of the spans. */
export function inside(spans: ReadonlyArray<readonly [number, number]>, index: number): boolean {
  return spans.some(([s, e]) => index > s && index < e);
}

/** The quotations of a sentence or segment, each kind computed once, on first need. */
export interface Quotations {
  /** Quotations that open and close in the text. */
  readonly paired: readonly QuoteSpan[];
  /** Paired ones, and double quotations that open or close in a neighbouring sentence. */
  readonly acrossSentences: readonly QuoteSpan[];
  /** ``Plain-text'' quotations of converted sources. */
  readonly plainText: readonly QuoteSpan[];
}

class LazyQuotations implements Quotations {
  #paired?: QuoteSpan[];
  #across?: QuoteSpan[];
  #plain?: QuoteSpan[];
  constructor(private readonly text: string) {}
  get paired(): readonly QuoteSpan[] {
    return (this.#paired ??= quotedSpans(this.text));
  }
  get acrossSentences(): readonly QuoteSpan[] {
    return (this.#across ??= quotedSpansAcrossSentences(this.text, this.paired));
  }
  get plainText(): readonly QuoteSpan[] {
    return (this.#plain ??= plainTextQuotedSpans(this.text));
  }
}

// Keyed by the sentence or segment object: every rule that checks it reads the same spans.
const computed = new WeakMap<object, { text: string; quotations: Quotations }>();

/** The quotations of a piece of prose (a sentence or a segment), computed once and shared by every rule. */
export function quotationsOf(prose: { readonly text: string }): Quotations {
  const known = computed.get(prose);
  if (known && known.text === prose.text) return known.quotations;
  const quotations = new LazyQuotations(prose.text);
  computed.set(prose, { text: prose.text, quotations });
  return quotations;
}
