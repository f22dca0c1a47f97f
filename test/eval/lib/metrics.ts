/** Confusion counts of a binary decision over items (sentences or spans). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Precision, recall and F1 of a set of counts. */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** Empty counts. */
export function zeroCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

/** Adds one decision (gold label vs prediction) to counts, in place. */
export function tally(counts: Counts, gold: boolean, predicted: boolean): Counts {
  if (gold && predicted) counts.tp++;
  else if (predicted) counts.fp++;
  else if (gold) counts.fn++;
  else counts.tn++;
  return counts;
}

/** Precision, recall and F1; a ratio with nothing to divide by is 0. */
export function scores(counts: Counts): Scores {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Counts from separately measured span precision and recall (e.g. time expressions). */
export function spanScores(goldHit: number, goldTotal: number, findingsOnGold: number, findingsTotal: number): Scores {
  const precision = ratio(findingsOnGold, findingsTotal);
  const recall = ratio(goldHit, goldTotal);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** True when the half-open spans [a, b) and [c, d) share at least one character. */
export function overlaps(a: number, b: number, c: number, d: number): boolean {
  return a < d && c < b;
}
