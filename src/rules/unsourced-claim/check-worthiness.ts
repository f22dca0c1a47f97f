import type { Sensitivity } from '../../core/config';
import data from './check-worthiness.json';
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
 * Scores a sentence's masked text for check-worthiness (data in check-worthiness.json).
 * Unless `complete`, a sentence whose raising features cannot reach the threshold is not looked at
 * further: the verdict is the same, but its score and hits then cover the raising features only.
 */
export function scoreSentence(text: string, sensitivity: Sensitivity, complete = false): Worthiness {
  const threshold = data.thresholds[sensitivity];
  const found: Array<RegExpExecArray | null> = [];
  const lookFor = lookIn(text);
  const look = (i: number) => { found[i] = lookFor(i); };
  RAISING.forEach(look);
  const names = countNames(text);
  const nameWeight = names > 0 ? Math.min(names * data.namedEntity.weight, data.namedEntity.max) : 0;
  const hits: FeatureHit[] = [];
  let score = 0;
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
    score = 0;
  }
  LOWERING.forEach(look);
  total();
  return { score, hits, checkWorthy: score >= threshold };
}
