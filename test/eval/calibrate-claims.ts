// Calibrates unsourced-claim's confidence on judged sheets of model-written drafts: how often judges wanted a flagged
// sentence, by its check-worthiness score. Fits useful ~ logistic(a + b * score) and prints it with a table by score.
// Usage: node out/test/eval/calibrate-claims.js DIR [DIR...] [--write]   (each DIR holds key.jsonl, paragraphs.jsonl and judge-*.json)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/engine';
import { scoreSentence } from '../../src/rules/unsourced-claim/check-worthiness';
import { fitLogistic } from './lib/fit';

interface KeyFinding { n: number; rule: string; offset: number; endOffset: number }

const readLines = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);

function judgedClaims(dir: string): Array<{ score: number; useful: number }> {
  const key = readLines<{ id: string; findings: KeyFinding[] }>(join(dir, 'key.jsonl'));
  const paragraphs = new Map(readLines<{ id: string; text: string }>(join(dir, 'paragraphs.jsonl')).map((p) => [p.id, p.text]));
  const judges = readdirSync(dir).filter((f) => /^judge-.*\.json$/.test(f)).map((f) =>
    new Map((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { items: Array<{ id: string; verdicts: Array<{ n: number; verdict: string }> }> }).items.map((i) => [i.id, i])));
  const out: Array<{ score: number; useful: number }> = [];
  for (const k of key) {
    const text = paragraphs.get(k.id) ?? '';
    const found = lint(text, { referenceDate: '2026-11-28', config: { sensitivity: 'high' } }).filter((f) => f.ruleId === 'unsourced-claim');
    for (const f of k.findings.filter((x) => x.rule === 'unsourced-claim')) {
      const now = found.find((g) => g.offset < f.endOffset && f.offset < g.endOffset);
      // Steps of a how-to and the authors' own results have their own confidence (rules/unsourced-claim/index.ts).
      if (!now || now.confidence < 0.5) continue;
      const votes = judges.map((j) => j.get(k.id)?.verdicts.find((v) => v.n === f.n)?.verdict).filter(Boolean);
      if (!votes.length) continue;
      out.push({ score: scoreSentence(now.text, 'high', true).score, useful: votes.filter((v) => v === 'useful').length / votes.length });
    }
  }
  return out;
}

const args = process.argv.slice(2);
const items = args.filter((a) => a !== '--write').flatMap(judgedClaims);
// A finding the judges split on counts as useful (the guide asks for what a careful fact-checker would want to see).
const { weights, bias } = fitLogistic(items.map((x) => [x.score]), items.map((x) => (x.useful >= 0.5 ? 1 : 0)), { epochs: 4000, rate: 0.3, l2: 1e-3 });
const fitted = (score: number) => 1 / (1 + Math.exp(-(bias + weights[0] * score)));
console.log(`${items.length} judged unsourced-claim findings; confidence = 1 / (1 + exp(-(${bias.toFixed(3)} + ${weights[0].toFixed(3)} * score)))`);
if (args.includes('--write')) {
  const file = 'src/rules/unsourced-claim/calibration.json';
  const data = JSON.parse(readFileSync(file, 'utf8'));
  Object.assign(data, { bias: Math.round(bias * 1000) / 1000, weight: Math.round(weights[0] * 1000) / 1000, judged: items.length });
  writeFileSync(file, JSON.stringify(data, null, 1) + '\n');
}
const bins = [-Infinity, 0.5, 1, 1.5, 2, 2.5, 3, Infinity];
for (let i = 0; i < bins.length - 1; i++) {
  const inBin = items.filter((x) => x.score >= bins[i] && x.score < bins[i + 1]);
  if (!inBin.length) continue;
  const mean = inBin.reduce((s, x) => s + x.useful, 0) / inBin.length;
  const mid = inBin.reduce((s, x) => s + x.score, 0) / inBin.length;
  console.log(`score ${String(bins[i]).padStart(9)} .. ${String(bins[i + 1]).padEnd(9)} n ${String(inBin.length).padStart(4)}  judged useful ${mean.toFixed(2)}  fitted ${fitted(mid).toFixed(2)}`);
}
