import type { Citation, CiteSite, Segment, Sentence } from './types';
import { splitSentences } from './sentences';
import words from './citation-words.json';

// Pandoc citations: [@key], [see @key, p. 3; @other].
const PANDOC = /\[[^\[\]\r\n]{0,200}?(?<![\w.])-?@[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*[^\[\]\r\n]{0,200}\]/gu;
// Author-year parentheticals: (Smith, 2021), (Smith et al. 2021a; Jones and Lee, 2019), (WHO, n.d.), and an author of
// several words (Annenberg Learner, 2021), (Bank of England, 2019).
const AUTHOR_YEAR =
  /\((?:see |e\.g\.,? |cf\. )?\p{Lu}[\p{L}'’-]+(?: (?:of (?:the )?)?\p{Lu}[\p{L}'’-]+){0,4}(?:,? (?:et al\.?|(?:and|&) \p{Lu}[\p{L}'’-]+))?,? (?:1[5-9]\d\d|20\d\d)[a-z]?(?:, (?:p|pp)\. ?[\d–-]+)?(?:; [^()\r\n]{1,100})?\)|\(\p{Lu}[\p{L}'’-]+,? n\.d\.\)/gu;
// Narrative author-year citations: "Vaughn (2019) outlines", "Smith et al. (2020) found", "Kim and Lee (2018) argue". Only
// before a verb of reporting (citation-words.json narrativeVerbs): "Titanic (1997) won 11 Oscars" is a title and its year.
const NARRATIVE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]+(?: et al\.?| (?:and|&) \p{Lu}[\p{L}'’-]+)?(?:['’]s)? \((?:1[5-9]|20)\d\d[a-z]?\)(?= (?:${words.narrativeVerbs.join('|')})\b)`,
  'gu',
);
// Bracketed numeric references as in academic text: [1], [2, 3], [4-6].
const NUMERIC = /\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]/g;

// Page references: "(p. 72)", "(pp. 12-14)" anywhere, and a bare "(72)" right after a closing quotation mark, as MLA
// cites a quotation from a work the paragraph names ("As Beehner notes, "…" (72)."). Four digits after a quotation
// are a year ("Cloverfield" (2008)), not a page.
const PAGE = /\(pp?\. ?\d{1,4}(?:\s*[–-]\s*\d{1,4})?\)|(?<=["”] ?)\(\d{1,3}(?:\s*[–-]\s*\d{1,3})?\)/g;
// MLA author-page references before the end of a sentence: "(Bobroff 36).", "(Smith and Jones 12-14).", "(Ovid 8)"; a
// page has at most three digits (four are a year, which AUTHOR_YEAR reads). Not a word that takes a number without being
// an author ("(Figure 3).", "(Boeing 747).": citation-words.json).
const AUTHOR_PAGE = new RegExp(
  String.raw`\((?!(?:${words.notAuthors.join('|')})\s)\p{Lu}[\p{Ll}'’-]+(?: (?:and|&) \p{Lu}[\p{Ll}'’-]+| et al\.)?,? \d{1,3}(?:\s*[–-]\s*\d{1,4})?\)(?=\s*[.!?;]|\s*$)`,
  'gu',
);

/** Finds citations written as plain text in a prose segment: Pandoc keys, author-year, [n], page and author-page references. */
export function findTextCitations(segment: Segment): Citation[] {
  const found: Citation[] = [];
  const scan = (re: RegExp, kind: Citation['kind']) => {
    re.lastIndex = 0;
    for (let m = re.exec(segment.text); m; m = re.exec(segment.text)) {
      const key = kind === 'pandoc' ? /@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/u.exec(m[0])?.[1] : undefined;
      found.push({ kind, offset: segment.offset + m.index, endOffset: segment.offset + m.index + m[0].length, target: key?.replace(/[.:]+$/, '') });
    }
  };
  scan(PANDOC, 'pandoc');
  scan(AUTHOR_YEAR, 'author-year');
  scan(NARRATIVE, 'author-year');
  scan(NUMERIC, 'numeric');
  scan(PAGE, 'page');
  scan(AUTHOR_PAGE, 'page');
  return found;
}

function citeSite(text: string, start: number, end: number, base: number): CiteSite {
  let before = end;
  while (before > start && /[.!?…]/.test(text.charAt(before - 1))) before--;
  return { before: base + before, after: base + end };
}

/** Most sentences a paragraph may have for a citation at its end to cover all of them. */
const PARAGRAPH_CLAIM_SENTENCES = 3;

/**
 * Splits a segment into sentences and attaches citations: those inside a sentence or between it
 * and the next; a citation ending a short paragraph covers the whole paragraph.
 */
export function buildSentences(segment: Segment, citations: Citation[]): Sentence[] {
  const spans = segment.kind === 'heading' || segment.kind === 'front-matter'
    ? [{ start: 0, end: segment.text.trimEnd().length }]
    : splitSentences(segment.text);
  const inSegment = citations.filter((c) => c.offset >= segment.offset && c.offset < segment.endOffset);
  let next = 0; // citations are sorted, sentences in order: one pass assigns them
  const sentences: Sentence[] = spans.map((span, i) => {
    const from = segment.offset + span.start;
    const to = i + 1 < spans.length ? segment.offset + spans[i + 1].start : segment.endOffset;
    while (next < inSegment.length && inSegment[next].offset < from) next++;
    const own: Citation[] = [];
    for (; next < inSegment.length && inSegment[next].offset < to; next++) own.push(inSegment[next]);
    return {
      offset: from,
      endOffset: segment.offset + span.end,
      text: segment.text.slice(span.start, span.end),
      segment,
      citations: own,
      cited: own.length > 0,
      cite: citeSite(segment.text, span.start, span.end, segment.offset),
    };
  });
  const last = sentences[sentences.length - 1];
  if (last?.cited && segment.kind === 'paragraph' && sentences.length <= PARAGRAPH_CLAIM_SENTENCES) {
    const tail = last.citations[last.citations.length - 1];
    if (!/[^\s.!?;:,)\]"'”’]/.test(segment.text.slice(tail.endOffset - segment.offset))) for (const s of sentences) s.cited = true;
  }
  return sentences;
}
