// How far the CoNLL-2010 labels can be learned at all: a bag-of-words logistic regression fitted to the .dev split
// (regularisation and threshold chosen by 5-fold cross-validation on dev only), scored on .test, beside our rules.
// Not part of the product: it measures the ceiling a sentence classifier trained on this annotation reaches.
// Usage: node out/test/eval/ceiling.js --data ../shared/data
import { loadConll, type Item } from './lib/datasets';
import { scores, tally, zeroCounts } from './lib/metrics';
import { bestThreshold } from './lib/fit';
import { runOurs } from './lib/systems';

const REFERENCE_DATE = '2026-11-28';
const FOLDS = 5;
const L2_GRID = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2];
const EPOCHS = 1500;

type Sparse = number[];

interface Family {
  label: 'discourse' | 'uncertain';
  rules: string[];
}

const FAMILIES: Family[] = [
  { label: 'discourse', rules: ['unsupported-attribution', 'puffery'] },
  { label: 'uncertain', rules: ['unsupported-attribution', 'puffery', 'hedge'] },
];

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}]+)*/gu) ?? [];

/** Unigrams, bigrams and (optionally) our rules' hits, as feature names. */
function featureNames(item: Item, rules: string[] | undefined): string[] {
  const w = words(item.text);
  const names = [...w.map((t) => `w:${t}`), ...w.slice(1).map((t, i) => `b:${w[i]} ${t}`)];
  if (rules) {
    const hits = runOurs(item.text, REFERENCE_DATE).filter((h) => rules.includes(h.ruleId));
    names.push(...hits.map((h) => `r:${h.ruleId}`), ...hits.map((h) => `c:${h.text.toLowerCase()}`));
    if (hits.length) names.push('r:any');
  }
  return [...new Set(names)];
}

function vocabulary(rows: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) for (const name of row) counts.set(name, (counts.get(name) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [name, count] of counts) if (count >= 2) vocab.set(name, vocab.size);
  return vocab;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const score = (x: Sparse, w: Float64Array, bias: number) => x.reduce((s, i) => s + w[i], bias);

/** Logistic regression on binary sparse features, batch gradient descent with L2. */
function fit(xs: Sparse[], ys: number[], size: number, l2: number): { w: Float64Array; bias: number } {
  const w = new Float64Array(size);
  let bias = 0;
  const rate = 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Float64Array(size);
    let gradBias = 0;
    xs.forEach((x, n) => {
      const err = sigmoid(score(x, w, bias)) - ys[n];
      for (const i of x) grad[i] += err;
      gradBias += err;
    });
    for (let i = 0; i < size; i++) w[i] -= rate * (grad[i] / xs.length + l2 * w[i]);
    bias -= (rate * gradBias) / xs.length;
  }
  return { w, bias };
}

/** Out-of-fold scores on dev for one L2 strength. */
function crossValidated(xs: Sparse[], ys: number[], size: number, l2: number): number[] {
  const out = new Array<number>(xs.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = xs.flatMap((_, n) => (n % FOLDS === fold ? [] : [n]));
    const model = fit(train.map((n) => xs[n]), train.map((n) => ys[n]), size, l2);
    xs.forEach((x, n) => { if (n % FOLDS === fold) out[n] = score(x, model.w, model.bias); });
  }
  return out;
}

function ceiling(dir: string, family: Family, withRules: boolean): string {
  const dev = loadConll(dir, 'dev', family.label).items;
  const test = loadConll(dir, 'test', family.label).items;
  const devNames = dev.map((item) => featureNames(item, withRules ? family.rules : undefined));
  const vocab = vocabulary(devNames);
  const encode = (names: string[]) => names.flatMap((name) => (vocab.has(name) ? [vocab.get(name)!] : []));
  const xs = devNames.map(encode);
  const ys = dev.map((item) => (item.gold ? 1 : 0));
  const tried = L2_GRID.map((l2) => ({ l2, ...bestThreshold(crossValidated(xs, ys, vocab.size, l2), ys, 1) }));
  const best = tried.reduce((a, b) => (b.f > a.f ? b : a));
  const model = fit(xs, ys, vocab.size, best.l2);
  const counts = zeroCounts();
  for (const item of test) tally(counts, item.gold, score(encode(featureNames(item, withRules ? family.rules : undefined)), model.w, model.bias) >= best.threshold - 1e-9);
  const s = scores(counts);
  const name = withRules ? 'words + our hits' : 'words only';
  return `| ${family.label} | ${name} | ${vocab.size} | ${best.l2} | ${best.f.toFixed(2)} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} | **${s.f1.toFixed(2)}** |`;
}

function main(args: string[]): void {
  const dir = args[args.indexOf('--data') + 1];
  if (!dir || !args.includes('--data')) throw new Error('usage: ceiling --data DIR');
  console.log('Logistic regression on unigrams + bigrams (seen twice in dev), fitted to conll2010-wiki.dev, scored on .test:\n');
  console.log('| labels | features | features kept | L2 | dev F1 (5-fold CV) | test P | test R | test F1 |');
  console.log('|---|---|--:|--:|--:|--:|--:|--:|');
  for (const family of FAMILIES) for (const withRules of [false, true]) console.log(ceiling(dir, family, withRules));
}

main(process.argv.slice(2));
