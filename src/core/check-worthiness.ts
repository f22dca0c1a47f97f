import type { Sensitivity } from './config';
import data from '../rules/check-worthiness.json';

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

/** A compiled feature of the scorer. */
export interface Feature {
  label: string;
  weight: number;
  regex: RegExp;
  /** Looked for only outside quotation marks. */
  outsideQuotes: boolean;
}

/** The scorer's features, compiled from rules/check-worthiness.json (the fitter reads them too). */
export const FEATURES: readonly Feature[] = data.features.map((f) => ({
  label: f.label,
  weight: f.weight,
  regex: new RegExp(f.pattern, 'caseSensitive' in f && f.caseSensitive ? 'u' : 'iu'),
  outsideQuotes: 'outsideQuotes' in f && f.outsideQuotes === true,
}));
const CAPITALISED = /(?<=[\p{L}\p{N},;:)]\s+)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’-]+/gu;

/** How many capitalised words follow the first word: names of people, places, organisations. */
export function countNames(text: string): number {
  return text.match(CAPITALISED)?.length ?? 0;
}

const QUOTED = /“[^”]*”|"[^"\r\n]*"/g;

/**
 * The match of each feature on a text, or null. Features of talk that asserts nothing (questions,
 * promises, opinions) are looked for outside quotation marks only: a quoted promise is still a quotation.
 */
export function featureMatches(text: string): Array<RegExpExecArray | null> {
  const unquoted = text.replace(QUOTED, (q) => ' '.repeat(q.length));
  return FEATURES.map((f) => f.regex.exec(f.outsideQuotes ? unquoted : text));
}

/** Scores a sentence's masked text for check-worthiness (data in rules/check-worthiness.json). */
export function scoreSentence(text: string, sensitivity: Sensitivity): Worthiness {
  const hits: FeatureHit[] = [];
  let score = 0;
  featureMatches(text).forEach((m, i) => {
    if (!m) return;
    const { label, weight } = FEATURES[i];
    hits.push({ label, weight, text: m[0], index: m.index });
    score += weight;
  });
  const names = countNames(text);
  if (names > 0) {
    const weight = Math.min(names * data.namedEntity.weight, data.namedEntity.max);
    score += weight;
    hits.push({ label: 'named entity', weight, text: '', index: -1 });
  }
  return { score, hits, checkWorthy: score >= data.thresholds[sensitivity] };
}
