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

const FEATURES = data.features.map((f) => ({ ...f, regex: new RegExp(f.pattern, 'iu') }));
const CAPITALISED = /(?<=[\p{L}\p{N},;:)]\s+)\p{Lu}[\p{L}'’-]+/gu;

/** Scores a sentence's masked text for check-worthiness (data in rules/check-worthiness.json). */
export function scoreSentence(text: string, sensitivity: Sensitivity): Worthiness {
  const hits: FeatureHit[] = [];
  let score = 0;
  const labels = new Set<string>();
  for (const feature of FEATURES) {
    const m = feature.regex.exec(text);
    if (!m || labels.has(feature.label)) continue;
    labels.add(feature.label);
    hits.push({ label: feature.label, weight: feature.weight, text: m[0], index: m.index });
    score += feature.weight;
  }
  const names = text.match(CAPITALISED)?.length ?? 0;
  if (names > 0) {
    const weight = Math.min(names * data.namedEntity.weight, data.namedEntity.max);
    score += weight;
    hits.push({ label: 'named entity', weight, text: '', index: -1 });
  }
  return { score, hits, checkWorthy: score >= data.thresholds[sensitivity] };
}
