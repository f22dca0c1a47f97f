// Fits unsourced-claim's check-worthiness scorer jointly on two sets of real labels: claimbuster.dev (debate sentences
// a panel marked check-worthy) and wiki-statements.dev (Wikipedia statements editors cited or not). One logistic
// regression over the hand-written features (check-worthiness.json, labels kept for messages) and the sentence's
// words and word pairs (word-weights.json). Each statement is checked as the rule checks it: linted as a paragraph
// of its own, the sentences the rule scores taken out of it, a statement flagged when any of them reaches the
// threshold. Sentences of a wiki statement carry its label. As in the rule, only a sentence with a reason to name (a
// hand-written feature that raises the score) can be flagged.
// The regularisation and the thresholds are chosen on out-of-fold scores (5 folds by article / sentence id); the
// weights written are then fit on all of dev. The test files are never read.
// Usage: node out/test/eval/fit-check-worthiness.js --data ../shared/data [--write] [--l2 X] [--min-count N]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURES, countNames, featureMatches, paragraphKeys, paragraphSizes } from '../../src/rules/unsourced-claim/check-worthiness';
import { addressesReader, reportsOwnWork } from '../../src/rules/shared/register';
import { candidates } from '../../src/rules/unsourced-claim/index';
import { allRules, docsUrl } from '../../src/rules';
import { analyzeDocument, createEngine } from '../../src/core/lint';
import { loadClaimBuster, loadWikiStatements, type Item } from './lib/datasets';
import { escapeMarkdown } from './lib/markdown';
import { fnv1a, halfOf } from './lib/split';

const DATA_FILE = 'src/rules/unsourced-claim/check-worthiness.json';
const WORDS_FILE = 'src/rules/unsourced-claim/word-weights.json';
const NAME_CAP: number = JSON.parse(readFileSync(DATA_FILE, 'utf8')).namedEntity.cap;
const FOLDS = 5;
// Word weights smaller than this are dropped from the data file (they move no verdict and cost bytes).
const KEEP = 0.02;
// The F-beta curves are flat near their peaks: of the thresholds within this of the best, take the most precise.
const TOLERANCE = 0.005;
// Ceiling on unsourced-claim's findings per 1,000 words of model-written drafts (tuning half) at low and medium sensitivity.
const DRAFT_RATE = 8.5;

type Source = 'claimbuster' | 'wiki';

interface Statement {
  source: Source;
  gold: boolean;
  fold: number;
  /** The sentences the rule scores, as hand-feature vectors. */
  sentences: number[][];
  /** The word keys of their paragraph. */
  keys: string[];
}

function handVector(text: string): number[] {
  return [...featureMatches(text).map((m) => (m ? 1 : 0)), Math.min(countNames(text), NAME_CAP)];
}

const engine = createEngine(allRules, { referenceDate: '2026-11-28', config: { sensitivity: 'medium' } });

function statement(item: Item, source: Source, group: string): Statement {
  const { markdown } = escapeMarkdown(item.text);
  const all = analyzeDocument(engine, markdown, docsUrl).sentences;
  const scored = candidates(all);
  const keys = scored.length ? [...paragraphKeys(scored[0].segment.text, all.filter((s) => s.segment === scored[0].segment).length)] : [];
  return { source, gold: item.gold, fold: fnv1a(group) % FOLDS, sentences: scored.map((s) => handVector(s.text)), keys };
}

interface Model {
  hand: number[];
  words: Map<string, number>;
  bias: number;
}

interface FitOptions {
  l2: number;
  minCount: number;
  epochs: number;
  fixed: ReadonlyMap<number, number>;
}

/**
 * Logistic regression by AdaGrad over statements: a statement's score is its best sentence's hand-feature score
 * plus its paragraph's word weights (the gradient of the hand weights flows through the best sentence).
 * L2 on the word weights; a light one on the hand ones.
 */
function fit(train: Statement[], options: FitOptions): Model {
  const count = new Map<string, number>();
  for (const st of train) for (const k of st.keys) count.set(k, (count.get(k) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [k, c] of count) if (c >= options.minCount) index.set(k, index.size);
  const d = FEATURES.length + 1;
  const rows = train.filter((st) => st.sentences.length > 0).map((st) => ({ sentences: st.sentences, words: st.keys.flatMap((k) => (index.has(k) ? [index.get(k)!] : [])), y: st.gold ? 1 : 0 }));
  const hand = Array.from({ length: d }, (_, i) => options.fixed.get(i) ?? 0);
  const words = new Float64Array(index.size);
  const gHand = new Float64Array(d), gWords = new Float64Array(index.size);
  let bias = 0, gBias = 0;
  const rate = 0.1, eps = 1e-8;
  const n = rows.length;
  let seed = 12345;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const r of order) {
      const row = rows[r];
      let top = -Infinity, x = row.sentences[0];
      for (const v of row.sentences) {
        let h = 0;
        for (let i = 0; i < d; i++) h += hand[i] * v[i];
        if (h > top) { top = h; x = v; }
      }
      let z = bias + top;
      for (const w of row.words) z += words[w];
      const err = 1 / (1 + Math.exp(-z)) - row.y;
      for (let i = 0; i < d; i++) {
        if (options.fixed.has(i)) continue;
        const g = err * x[i] + 1e-4 * hand[i];
        if (g === 0) continue;
        gHand[i] += g * g;
        hand[i] -= (rate * g) / Math.sqrt(gHand[i] + eps);
      }
      for (const w of row.words) {
        const g = err + options.l2 * words[w];
        gWords[w] += g * g;
        words[w] -= (rate * g) / Math.sqrt(gWords[w] + eps);
      }
      gBias += err * err;
      bias -= (rate * err) / Math.sqrt(gBias + eps);
    }
  }
  const out = new Map<string, number>();
  for (const [k, i] of index) if (Math.abs(words[i]) >= KEEP) out.set(k, Math.round(words[i] * 1000) / 1000);
  return { hand: hand.map((w) => Math.round(w * 100) / 100), words: out, bias: Math.round(bias * 1000) / 1000 };
}

/** Whether a sentence can be flagged: a hand-written feature raises its score (names or a small count alone do not), and none rules it out. */
const hasReason = (model: Model, v: number[]) => v.some((x, i) => x > 0 && i < FEATURES.length && model.hand[i] > 0 && !FEATURES[i].weak) && !v.some((x, i) => x > 0 && i < FEATURES.length && FEATURES[i].never);

/** A statement's score: its best sentence's hand score plus its paragraph's words (the rule flags the statement when any sentence reaches the threshold). */
function score(model: Model, st: Statement): number {
  let best = -Infinity;
  for (const v of st.sentences) if (hasReason(model, v)) best = Math.max(best, v.reduce((z, x, i) => z + x * model.hand[i], 0));
  for (const k of st.keys) best += model.words.get(k) ?? 0;
  return best + model.bias;
}

/**
 * The scores of the sentences the rule would flag on the tuning half of the model-written drafts (the rule's own
 * lower confidence for steps of a how-to and the authors' own results aside: those are hints), and the words they hold.
 */
function draftScores(dir: string, model: Model): { scores: number[]; words: number } {
  const rows = readFileSync(join(dir, 'machine-written', 'machine.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { pair_id: string; text: string });
  const scores: number[] = [];
  let words = 0;
  for (const article of rows.filter((r) => halfOf(r.pair_id) === 'tune')) {
    words += article.text.split(/\s+/).filter(Boolean).length;
    const all = analyzeDocument(engine, article.text, docsUrl).sentences;
    const sizes = paragraphSizes(all);
    for (const s of candidates(all)) {
      const v = handVector(s.text);
      if (addressesReader(s) || reportsOwnWork(s) || !hasReason(model, v)) continue;
      const hand = v.reduce((z, x, i) => z + x * model.hand[i], 0);
      let paragraph = model.bias;
      for (const k of paragraphKeys(s.segment.text, sizes.get(s.segment) ?? 1)) paragraph += model.words.get(k) ?? 0;
      scores.push(hand + paragraph);
    }
  }
  return { scores, words };
}

interface Figures { p: number; r: number; f: number }

function figures(scores: number[], golds: boolean[], threshold: number, beta = 1): Figures {
  let tp = 0, fp = 0, fn = 0;
  scores.forEach((s, i) => { const flag = s >= threshold - 1e-9; if (flag && golds[i]) tp++; else if (flag) fp++; else if (golds[i]) fn++; });
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0, b2 = beta * beta;
  return { p, r, f: p + r ? ((1 + b2) * p * r) / (b2 * p + r) : 0 };
}

const fmt = (x: Figures) => `P ${x.p.toFixed(2)} R ${x.r.toFixed(2)} F1 ${x.f.toFixed(2)}`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(args: string[]): void {
  const dir = option(args, '--data');
  if (!dir) throw new Error('usage: fit-check-worthiness --data DIR [--write] [--l2 X] [--min-count N]');
  const started = Date.now();
  const statements = [
    ...loadClaimBuster(dir, 'dev').items.map((item) => statement(item, 'claimbuster', item.id)),
    ...loadWikiStatements(dir, 'dev').items.map((item) => statement(item, 'wiki', item.group ?? item.id)),
  ];
  console.log(`${statements.length} dev statements, ${statements.reduce((a, s) => a + s.sentences.length, 0)} scored sentences, ${statements.filter((s) => !s.sentences.length).length} statements with none (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const features = JSON.parse(readFileSync(DATA_FILE, 'utf8')).features as Array<{ weight: number; fixed?: boolean }>;
  const fixed = new Map(features.flatMap((f, i) => (f.fixed ? [[i, f.weight] as [number, number]] : [])));
  const l2s = option(args, '--l2')?.split(',').map(Number) ?? [1e-3, 3e-3, 1e-2];
  const minCount = Number(option(args, '--min-count') ?? 3);
  const epochs = Number(option(args, '--epochs') ?? 10);
  let best: { l2: number; oof: number[]; loss: number } | undefined;
  for (const l2 of l2s) {
    const oof = new Array<number>(statements.length);
    for (let k = 0; k < FOLDS; k++) {
      const model = fit(statements.filter((s) => s.fold !== k), { l2, minCount, epochs, fixed });
      statements.forEach((s, i) => { if (s.fold === k) oof[i] = score(model, s); });
    }
    // Chosen by the mean of the two sets' best F1 out of fold.
    const bestF = (src: Source) => {
      const idx = statements.map((s, i) => (s.source === src ? i : -1)).filter((i) => i >= 0);
      const sc = idx.map((i) => oof[i]), g = idx.map((i) => statements[i].gold);
      return Math.max(...[...new Set(sc.map((x) => Math.round(x * 100) / 100))].map((t) => figures(sc, g, t).f));
    };
    const cb = bestF('claimbuster'), wiki = bestF('wiki');
    console.log(`l2 ${l2}: best out-of-fold F1 claimbuster ${cb.toFixed(3)} wiki ${wiki.toFixed(3)}`);
    if (!best || -(cb + wiki) < best.loss) best = { l2, oof, loss: -(cb + wiki) };
  }
  const oof = best!.oof;
  const of = (src: Source) => {
    const idx = statements.map((s, i) => (s.source === src ? i : -1)).filter((i) => i >= 0);
    return { scores: idx.map((i) => oof[i]), golds: idx.map((i) => statements[i].gold) };
  };
  const cb = of('claimbuster'), wiki = of('wiki');
  const thresholds = [...new Set(oof.filter(Number.isFinite).map((x) => Math.round(x * 20) / 20))].sort((a, b) => a - b);
  console.log(`l2 ${best!.l2}; out-of-fold figures by threshold, and findings per 1,000 words of model-written drafts (tuning half):`);
  const model = fit(statements, { l2: best!.l2, minCount, epochs, fixed });
  const drafts = draftScores(dir, model);
  const rate = (t: number) => (1000 * drafts.scores.filter((x) => x >= t - 1e-9).length) / drafts.words;
  // Each sensitivity's threshold maximises the mean of the two sets' F-beta out of fold (low: F0.5, medium: F1, high: F2);
  // of the thresholds within a tolerance of the best, the most precise. Low and medium must also keep the findings on
  // model-written drafts at or under the ceiling: a writer sees those, and precision there comes first.
  const pick = (beta: number, ceiling = Infinity) => {
    const rows = thresholds.filter((t) => rate(t) <= ceiling).map((t) => ({ t, f: (figures(cb.scores, cb.golds, t, beta).f + figures(wiki.scores, wiki.golds, t, beta).f) / 2 }));
    const top = Math.max(...rows.map((r) => r.f));
    return rows.filter((r) => r.f >= top - TOLERANCE).pop()!.t;
  };
  const ceiling = Number(option(args, '--draft-rate') ?? DRAFT_RATE);
  const chosen = { low: pick(0.5, ceiling), medium: pick(1, ceiling), high: pick(2) };
  for (const t of thresholds.filter((_, i) => i % 3 === 0)) {
    const c = figures(cb.scores, cb.golds, t), w = figures(wiki.scores, wiki.golds, t);
    if (c.r > 0.3 && w.r > 0.3) console.log(`${t.toFixed(2).padStart(6)}  claimbuster ${fmt(c)}   wiki ${fmt(w)}   drafts ${rate(t).toFixed(1)}/1000 words`);
  }
  for (const [name, t] of Object.entries(chosen)) console.log(`${name} ${t.toFixed(2)}: claimbuster ${fmt(figures(cb.scores, cb.golds, t))}, wiki ${fmt(figures(wiki.scores, wiki.golds, t))} (out of fold); drafts ${rate(t).toFixed(1)} per 1,000 words`);
  console.log(`${model.words.size} word weights kept (|w| >= ${KEEP})`);
  if (!args.includes('--write')) return;
  const data = JSON.parse(readFileSync(DATA_FILE, 'utf8'));
  data.features.forEach((f: { weight: number }, i: number) => (f.weight = model.hand[i]));
  data.namedEntity.weight = model.hand[FEATURES.length];
  data.namedEntity.max = Math.round(model.hand[FEATURES.length] * NAME_CAP * 100) / 100;
  data.thresholds = chosen;
  writeFileSync(DATA_FILE, JSON.stringify(data, null, 1) + '\n');
  const words = JSON.parse(readFileSync(WORDS_FILE, 'utf8'));
  words.bias = model.bias;
  words.weights = Object.fromEntries([...model.words].sort((a, b) => a[0].localeCompare(b[0])));
  writeFileSync(WORDS_FILE, JSON.stringify(words, null, 0).replace(/,"/g, ',\n"') + '\n');
}

main(process.argv.slice(2));
