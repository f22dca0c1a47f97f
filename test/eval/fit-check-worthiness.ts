// Fits the weights of the check-worthiness features by logistic regression on claimbuster.dev only,
// and picks the score thresholds of the three sensitivities (F0.5, F1, F2; the most precise within a tolerance of the best). Prints them; --write stores them in the data file.
// Usage: node out/test/eval/fit-check-worthiness.js --data ../shared/data [--write]
import { readFileSync, writeFileSync } from 'node:fs';
import { FEATURES, countNames, featureMatches } from '../../src/rules/unsourced-claim/check-worthiness';
import { loadClaimBuster } from './lib/datasets';
import { fitLogistic, bestThreshold } from './lib/fit';

const DATA_FILE = 'src/rules/unsourced-claim/check-worthiness.json';
const NAME_CAP: number = JSON.parse(readFileSync(DATA_FILE, 'utf8')).namedEntity.cap;
// The F-beta curves are flat near their peaks: of the thresholds within this of the best on dev, take the most precise,
// since a document has far fewer claims than a debate and every extra finding is noise there.
const TOLERANCE = 0.005;

function vector(text: string): number[] {
  return [...featureMatches(text).map((m) => (m ? 1 : 0)), Math.min(countNames(text), NAME_CAP)];
}

function main(args: string[]): void {
  const dir = args[args.indexOf('--data') + 1];
  const dev = loadClaimBuster(dir, 'dev').items;
  const xs = dev.map((item) => vector(item.text));
  const ys = dev.map((item) => (item.gold ? 1 : 0));
  const features = JSON.parse(readFileSync(DATA_FILE, 'utf8')).features as Array<{ weight: number; fixed?: boolean }>;
  const fixed = new Map(features.flatMap((f, i) => (f.fixed ? [[i, f.weight] as [number, number]] : [])));
  const { weights } = fitLogistic(xs, ys, { epochs: 3000, rate: 0.5, l2: 1e-3, fixed });
  const rounded = weights.map((w) => Math.round(w * 100) / 100);
  const scores = xs.map((x) => x.reduce((s, v, i) => s + v * rounded[i], 0));
  const medium = bestThreshold(scores, ys, 1, TOLERANCE);
  const low = bestThreshold(scores, ys, 0.5, TOLERANCE);
  const high = bestThreshold(scores, ys, 2, TOLERANCE);
  console.log(FEATURES.map((f, i) => `${rounded[i].toFixed(2).padStart(6)}  ${f.label}  ${f.regex.source.slice(0, 60)}`).join('\n'));
  console.log(`${rounded[FEATURES.length].toFixed(2).padStart(6)}  named entity (per name, up to ${NAME_CAP})`);
  console.log({ low, medium, high });
  if (!args.includes('--write')) return;
  const data = JSON.parse(readFileSync(DATA_FILE, 'utf8'));
  data.features.forEach((f: { weight: number }, i: number) => (f.weight = rounded[i]));
  data.namedEntity.weight = rounded[FEATURES.length];
  data.namedEntity.max = Math.round(rounded[FEATURES.length] * NAME_CAP * 100) / 100;
  data.thresholds = { low: low.threshold, medium: medium.threshold, high: high.threshold };
  writeFileSync(DATA_FILE, JSON.stringify(data, null, 1) + '\n');
}

main(process.argv.slice(2));
