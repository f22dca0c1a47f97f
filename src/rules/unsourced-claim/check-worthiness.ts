import type { Sensitivity } from '../../core/config';
import type { Segment, Sentence } from '../../core/types';
import data from './check-worthiness.json';
import words from './word-weights.json';
import { blankDoubleQuoted } from '../../core/quotations';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../shared/english';

/** One feature that fired in a sentence, with the text that fired it. */
export interface FeatureHit {
  label: string;
  weight: number;
  text: string;
  index: number;
}

/** Check-worthiness of a sentence: the score, the features behind it, and the verdict. */
export interface Worthiness {
  score: number;
  hits: FeatureHit[];
  checkWorthy: boolean;
}

/** Where a match stands: the text just before it, the match itself, the text just after it (each optional, all must hold). */
export interface Context {
  before?: RegExp;
  match?: RegExp;
  after?: RegExp;
}

/** A compiled feature of the scorer. */
export interface Feature {
  label: string;
  weight: number;
  regex: RegExp;
  /** Looked for only outside quotation marks. */
  outsideQuotes: boolean;
  /** A match in any of these contexts does not count (an adjective, a section number, an idiom). */
  unless: readonly Context[];
  /** When present, a match counts only in one of these contexts. */
  only?: readonly Context[];
  /** A sentence with this feature is never check-worthy (a question, a promise, an instruction, a fragment). */
  never: boolean;
  /** Adds to the score but is no reason on its own to flag a sentence (a small count). */
  weak: boolean;
}

interface ContextData {
  before?: string;
  match?: string;
  after?: string;
}

const flagsOf = (caseSensitive: boolean) => (caseSensitive ? 'u' : 'iu');

function compileContext(c: ContextData, caseSensitive: boolean): Context {
  const compile = (source: string | undefined, wrap: (s: string) => string) =>
    source === undefined ? undefined : new RegExp(wrap(source), flagsOf(caseSensitive));
  return {
    before: compile(c.before, (s) => `(?:${s})$`),
    match: compile(c.match, (s) => `^(?:${s})$`),
    after: compile(c.after, (s) => `^(?:${s})`),
  };
}

const CONTEXTS = data.contexts as Record<string, { note: string; caseSensitive?: boolean; rules: ContextData[] }>;

function contexts(names: string[] | undefined): Context[] {
  return (names ?? []).flatMap((name) => {
    const set = CONTEXTS[name];
    if (!set) throw new Error(`check-worthiness.json: unknown context "${name}"`);
    return set.rules.map((c) => compileContext(c, set.caseSensitive === true));
  });
}

/** The scorer's features, compiled from check-worthiness.json (the fitter reads them too). */
export const FEATURES: readonly Feature[] = data.features.map((f) => ({
  label: f.label,
  weight: f.weight,
  regex: new RegExp(f.pattern, 'g' + flagsOf('caseSensitive' in f && f.caseSensitive === true)),
  outsideQuotes: 'outsideQuotes' in f && f.outsideQuotes === true,
  unless: contexts('unless' in f ? f.unless : undefined),
  only: 'only' in f ? contexts(f.only) : undefined,
  never: 'never' in f && f.never === true,
  weak: 'weak' in f && f.weak === true,
}));

const MONTHS_AND_DAYS = `(?!(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN})\\b)`;
const WORD = `${MONTHS_AND_DAYS}\\p{Lu}[\\p{L}'’-]+`;
// A run of capitalised words after the first word ("Kubernetes API Server", "Department of Commerce") is one name;
// acronyms alone ("API", "CSI") are jargon more often than names.
const NAME = new RegExp(`(?<=[\\p{L}\\p{N},;:)]\\s+)(?![\\p{Lu}\\p{N}]+\\b)${WORD}(?:\\s+(?:of\\s+(?:the\\s+)?)?${WORD})*`, 'gu');

/** How many names follow the first word: runs of capitalised words naming people, places, organisations. */
export function countNames(text: string): number {
  return text.match(NAME)?.length ?? 0;
}

// The tokens of a paragraph (read lower-cased): words (letters with inner apostrophes), numbers (digits with inner
// points or commas; all read as "0"), and the marks that carry meaning: quotation marks (curly ones read as straight),
// brackets, colons, semicolons, dollar and per cent signs. Scanned by character class, without a regular expression
// per token: this runs on every paragraph that holds a sentence to score.
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const MARKS = '"“”():;$%';
const enum Kind { Other, Letter, Digit }

/** The class of the code point at i. */
function kindAt(text: string, i: number): Kind {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122 ? Kind.Letter : c >= 48 && c <= 57 ? Kind.Digit : Kind.Other;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return LETTER.test(ch) ? Kind.Letter : DIGIT.test(ch) ? Kind.Digit : Kind.Other;
}

/** The length in code units of the code point at i. */
const sizeAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
};

/** Calls visit(start, end, kind) for each token of the lower-cased text, in order. */
function scan(lower: string, visit: (start: number, end: number, kind: Kind) => void): void {
  let i = 0;
  const n = lower.length;
  while (i < n) {
    const kind = kindAt(lower, i);
    if (kind === Kind.Other) {
      if (MARKS.includes(lower[i])) visit(i, i + 1, Kind.Other);
      i += sizeAt(lower, i);
      continue;
    }
    // A run of the class, continued across one inner joiner (an apostrophe in words, a point or comma in numbers).
    const joiners = kind === Kind.Letter ? "'’" : '.,';
    const start = i;
    i += sizeAt(lower, i);
    while (i < n) {
      if (kindAt(lower, i) === kind) i += sizeAt(lower, i);
      else if (joiners.includes(lower[i]) && i + 1 < n && kindAt(lower, i + 1) === kind) i += 1;
      else break;
    }
    visit(start, i, kind);
  }
}

/** A token as the word weights know it. */
const normalise = (lower: string, start: number, end: number, kind: Kind): string =>
  kind === Kind.Digit ? '0' : kind === Kind.Other ? (lower[start] === '“' || lower[start] === '”' ? '"' : lower[start]) : lower.slice(start, end);

const WORD_BUCKETS = [15, 30, 45, 60, 90];

/** The length keys of a paragraph: in sentences ("sentences=1" … "sentences=6+") and in words ("words<=15" … "words>90"). */
function lengthKeys(sentences: number, wordCount: number): [string, string] {
  const bucket = WORD_BUCKETS.find((b) => wordCount <= b);
  return [`sentences=${sentences >= 6 ? '6+' : sentences >= 4 ? '4-5' : sentences}`, bucket === undefined ? `words>${WORD_BUCKETS[WORD_BUCKETS.length - 1]}` : `words<=${bucket}`];
}

/**
 * The keys of a paragraph the word weights are looked up by (the fitter reads them): each word or number or mark
 * (normalised), each pair of adjacent ones ("of the"), the first after "^", and the paragraph's length keys. Each key once.
 */
export function paragraphKeys(text: string, sentences: number): Set<string> {
  const keys = new Set<string>();
  let previous = '^';
  let wordCount = 0;
  const lower = text.toLowerCase();
  scan(lower, (start, end, kind) => {
    const word = normalise(lower, start, end, kind);
    if (kind === Kind.Letter) wordCount++;
    keys.add(word);
    keys.add(`${previous} ${word}`);
    previous = word;
  });
  for (const key of lengthKeys(sentences, wordCount)) keys.add(key);
  return keys;
}

// Keys are looked up by a 32-bit FNV-1a hash of their UTF-16 code units, folded as the text is read: no key strings
// are built while checking. (Kept to 30 bits, a key unknown to the weights takes a known key's weight about once in 50,000 keys.)
const FNV_OFFSET = 0x811c9dc5;
const fold = (hash: number, s: string): number => {
  let h = hash;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};
/** The hash of a key, as paragraphHashes computes it. */
export const keyHash = (key: string): number => fold(FNV_OFFSET, key);
const SPACE_AFTER_START = fold(keyHash('^'), ' ');
// Hashes are kept to 30 bits in the sets and maps: small integers, which the engine stores without boxing.
const SMALL = 0x3fffffff;

/** The hashes of paragraphKeys(text, sentences), without building the keys. */
export function paragraphHashes(text: string, sentences: number): Set<number> {
  const hashes = new Set<number>();
  let previous = SPACE_AFTER_START;
  let wordCount = 0;
  const lower = text.toLowerCase();
  scan(lower, (start, end, kind) => {
    let hash: number, pair: number;
    if (kind === Kind.Letter) {
      wordCount++;
      hash = FNV_OFFSET;
      pair = previous;
      for (let i = start; i < end; i++) {
        const c = lower.charCodeAt(i);
        hash = Math.imul(hash ^ c, 0x01000193) >>> 0;
        pair = Math.imul(pair ^ c, 0x01000193) >>> 0;
      }
    } else {
      const word = normalise(lower, start, end, kind);
      hash = fold(FNV_OFFSET, word);
      pair = fold(previous, word);
    }
    hashes.add(hash & SMALL);
    hashes.add(pair & SMALL);
    previous = Math.imul(hash ^ 32, 0x01000193) >>> 0;
  });
  for (const key of lengthKeys(sentences, wordCount)) hashes.add(keyHash(key) & SMALL);
  return hashes;
}

const WORD_WEIGHTS: ReadonlyMap<number, number> = (() => {
  const out = new Map<number, number>();
  for (const [key, weight] of Object.entries(words.weights as Record<string, number>)) out.set(keyHash(key) & SMALL, (out.get(keyHash(key) & SMALL) ?? 0) + weight);
  return out;
})();

/**
 * What a paragraph adds to the score of each of its sentences: the bias and the weights of the paragraph's
 * words and length (word-weights.json).
 */
export function paragraphShift(text: string, sentences: number): number {
  let score = words.bias;
  for (const hash of paragraphHashes(text, sentences)) score += WORD_WEIGHTS.get(hash) ?? 0;
  return score;
}

const paragraphShifts = new WeakMap<Segment, number>();

/** A paragraph's shift, computed once per paragraph. */
export function paragraphScore(paragraph: Segment, sentences: number): number {
  let score = paragraphShifts.get(paragraph);
  if (score === undefined) paragraphShifts.set(paragraph, (score = paragraphShift(paragraph.text, sentences)));
  return score;
}

/** Whether a match of a feature counts where it stands. */
function counts(feature: Feature, text: string, m: RegExpExecArray): boolean {
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  const holds = (c: Context) => (!c.before || c.before.test(before)) && (!c.match || c.match.test(m[0])) && (!c.after || c.after.test(after));
  if (feature.unless.some(holds)) return false;
  return !feature.only || feature.only.some(holds);
}

function firstCounting(feature: Feature, text: string): RegExpExecArray | null {
  feature.regex.lastIndex = 0;
  for (let m = feature.regex.exec(text); m; m = feature.regex.exec(text)) {
    if (counts(feature, text, m)) return m;
    if (m[0] === '') feature.regex.lastIndex++;
  }
  return null;
}

/**
 * The first match of each feature that counts in its context, or null. Features of talk that asserts
 * nothing (questions, promises, opinions) are looked for outside quotation marks only: a quoted promise is still a quotation.
 */
export function featureMatches(text: string): Array<RegExpExecArray | null> {
  const look = lookIn(text);
  return FEATURES.map((_, i) => look(i));
}

/** Looks for feature i in a sentence; features of talk look outside quotation marks (masked once, on first need). */
function lookIn(text: string): (i: number) => RegExpExecArray | null {
  let unquoted: string | undefined;
  return (i) => {
    const f = FEATURES[i];
    return firstCounting(f, f.outsideQuotes ? (unquoted ??= blankDoubleQuoted(text)) : text);
  };
}

// Features that raise the score are looked for first: once they cannot reach the threshold, the others (which only lower it) cannot change the verdict.
const RAISING = FEATURES.map((_, i) => i).filter((i) => FEATURES[i].weight > 0);
const LOWERING = FEATURES.map((_, i) => i).filter((i) => FEATURES[i].weight <= 0);

/**
 * Scores a sentence's masked text for check-worthiness (data in check-worthiness.json), shifted by what its
 * paragraph adds (a number, or a function computing it only when needed; by default: a paragraph of this sentence alone).
 * Unless `complete`, a sentence whose raising features cannot reach the threshold is not looked at
 * further: the verdict is the same, but its score and hits then cover the raising features only.
 */
export function scoreSentence(text: string, sensitivity: Sensitivity, complete = false, paragraph: number | (() => number) = () => paragraphShift(text, 1)): Worthiness {
  const threshold = data.thresholds[sensitivity];
  const found: Array<RegExpExecArray | null> = [];
  const lookFor = lookIn(text);
  const look = (i: number) => { found[i] = lookFor(i); };
  RAISING.forEach(look);
  const hits: FeatureHit[] = [];
  // With no reason to name, the verdict is no: the paragraph is not looked at.
  if (!complete && !found.some((m, i) => m && !FEATURES[i].weak)) {
    let raised = 0;
    found.forEach((m, i) => {
      if (!m) return;
      hits.push({ label: FEATURES[i].label, weight: FEATURES[i].weight, text: m[0], index: m.index });
      raised += FEATURES[i].weight;
    });
    return { score: raised, hits, checkWorthy: false };
  }
  const names = countNames(text);
  const nameWeight = names > 0 ? Math.min(names * data.namedEntity.weight, data.namedEntity.max) : 0;
  // The paragraph's words shift the score; only the hand-written features name a reason.
  const shift = typeof paragraph === 'number' ? paragraph : paragraph();
  let score = shift;
  const total = () => {
    // In the data file's order, the named-entity hit last, as the messages list them.
    found.forEach((m, i) => {
      if (!m) return;
      hits.push({ label: FEATURES[i].label, weight: FEATURES[i].weight, text: m[0], index: m.index });
      score += FEATURES[i].weight;
    });
    if (names > 0) {
      score += nameWeight;
      hits.push({ label: 'named entity', weight: nameWeight, text: '', index: -1 });
    }
  };
  if (!complete) {
    total();
    if (score < threshold) return { score, hits, checkWorthy: false };
    hits.length = 0;
    score = shift;
  }
  LOWERING.forEach(look);
  total();
  // A sentence is check-worthy only with a reason to name (a feature that raises the score; names or a small count alone are none),
  // and never when it is a question, a promise, an instruction or a fragment, whatever its paragraph adds.
  const vetoed = found.some((m, i) => m && FEATURES[i].never);
  const reason = found.some((m, i) => m && FEATURES[i].weight > 0 && !FEATURES[i].weak);
  return { score, hits, checkWorthy: score >= threshold && !vetoed && reason };
}

/** How many sentences each paragraph holds. */
export function paragraphSizes(sentences: readonly Sentence[]): Map<Segment, number> {
  const sizes = new Map<Segment, number>();
  for (const s of sentences) sizes.set(s.segment, (sizes.get(s.segment) ?? 0) + 1);
  return sizes;
}

/** Scores the sentences of a document (or block) in their paragraphs, as unsourced-claim does. */
export function sentenceScorer(sentences: readonly Sentence[], sensitivity: Sensitivity): (sentence: Sentence, complete?: boolean) => Worthiness {
  const sizes = paragraphSizes(sentences);
  return (sentence, complete = false) => scoreSentence(sentence.text, sensitivity, complete, () => paragraphScore(sentence.segment, sizes.get(sentence.segment) ?? 1));
}
