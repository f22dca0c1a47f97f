// What the rules show a writer on real machine-written articles, beside the human-written counterparts.
// Usage:
//   node out/test/eval/drafts.js --data ../shared/data [--half held-out|tune|all] [--sensitivity medium]
//     prints findings per 1,000 words, machine vs human, per rule (the findings a writer sees in Problems, and hints apart)
//   ... --sheet DIR [--findings 120] [--seed 7] [--exclude JUDGED_DIR ...]
//     also writes DIR/paragraphs.jsonl (for the judges: machine-written/GUIDE.md) and DIR/key.jsonl (for scoring);
//     --exclude leaves out the paragraphs of earlier sheets (put it last: every folder after it is one)
//   node out/test/eval/drafts.js --score DIR
//     reads DIR/key.jsonl and every DIR/judge-*.json; prints precision per rule, recall, misses and agreement
//   node out/test/eval/drafts.js --rematch DIR [DIR ...]
//     re-matches judged sheets to today's rules (an estimate before judging a fresh sample: lib/rematch.ts)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type Finding } from '../../src/engine';
import type { Sensitivity } from '../../src/core/config';
import { halfOf } from './lib/split';
import { judgedIds, readJudges, readKey, verdictOf, type KeyItem } from './lib/sheet';
import { printRematch, rematch } from './lib/rematch';

const REFERENCE_DATE = '2026-11-28';

interface Article {
  id: string;
  pair_id: string;
  domain: string;
  generator: string;
  text: string;
}

interface Paragraph {
  id: string;
  article: Article;
  offset: number;
  text: string;
  findings: Finding[];
}

const visible = (f: Finding) => f.severity !== 'hint';
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function loadArticles(dir: string, side: 'machine' | 'human', half: string): Article[] {
  const rows = readFileSync(join(dir, 'machine-written', `${side}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Article);
  return half === 'all' ? rows : rows.filter((r) => halfOf(r.pair_id) === half);
}

/** Paragraphs of an article (split at blank lines), each with the findings that start inside it. */
function paragraphsOf(article: Article, findings: Finding[]): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  let index = 0;
  for (let m = re.exec(article.text); m; m = re.exec(article.text)) {
    const text = m[0].trim();
    if (!text) continue;
    const offset = m.index + m[0].indexOf(text);
    const end = offset + text.length;
    out.push({ id: `${article.id}#p${index++}`, article, offset, text, findings: findings.filter((f) => f.offset >= offset && f.offset < end) });
  }
  return out;
}

/** mulberry32: a small seeded generator, so a sheet can be drawn again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], seed: number): T[] {
  const next = random(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Findings per rule (shown and hints) over a set of articles, and the number of words they hold. */
interface Rates {
  perRule: Map<string, { shown: number; hints: number }>;
  words: number;
}

function rates(label: string, articles: Article[], sensitivity: Sensitivity): Rates {
  const perRule = new Map<string, { shown: number; hints: number }>();
  let total = 0;
  for (const article of articles) {
    total += words(article.text);
    for (const f of lint(article.text, { referenceDate: REFERENCE_DATE, config: { sensitivity } })) {
      const row = perRule.get(f.ruleId) ?? { shown: 0, hints: 0 };
      if (visible(f)) row.shown++;
      else row.hints++;
      perRule.set(f.ruleId, row);
    }
  }
  console.error(`${label}: ${articles.length} articles, ${total} words`);
  return { perRule, words: total };
}

function printRates(machine: Rates, human: Rates): void {
  const per = (n: number, w: number) => ((n * 1000) / w).toFixed(1);
  const cell = (r: { shown: number; hints: number }, w: number) => `${per(r.shown, w)} (${per(r.hints, w)})`.padStart(16);
  const rules = [...new Set([...machine.perRule.keys(), ...human.perRule.keys()])].sort();
  console.log('Findings per 1,000 words (shown in Problems; hints in brackets)');
  console.log(`${'rule'.padEnd(26)}${'machine'.padStart(16)}${'human'.padStart(16)}  ratio`);
  const sum = (r: Rates) => [...r.perRule.values()].reduce((t, x) => ({ shown: t.shown + x.shown, hints: t.hints + x.hints }), { shown: 0, hints: 0 });
  for (const rule of rules) {
    const m = machine.perRule.get(rule) ?? { shown: 0, hints: 0 };
    const h = human.perRule.get(rule) ?? { shown: 0, hints: 0 };
    const ratio = h.shown ? (m.shown / machine.words) / (h.shown / human.words) : Infinity;
    console.log(`${rule.padEnd(26)}${cell(m, machine.words)}${cell(h, human.words)}  ${ratio === Infinity ? '-' : ratio.toFixed(2)}`);
  }
  console.log(`${'all rules'.padEnd(26)}${cell(sum(machine), machine.words)}${cell(sum(human), human.words)}`);
}

function writeSheet(dir: string, articles: Article[], wanted: number, seed: number, sensitivity: Sensitivity, exclude: Set<string> | undefined): void {
  let paragraphs = articles.flatMap((a) => paragraphsOf(a, lint(a.text, { referenceDate: REFERENCE_DATE, config: { sensitivity } }).filter(visible)));
  // Leaving out paragraphs judged before (and the short ones) ahead of the shuffle: a sample of text no judge has seen.
  if (exclude) {
    paragraphs = paragraphs.filter((p) => !exclude.has(p.id) && words(p.text) >= 8);
    const withFindings = paragraphs.filter((p) => p.findings.length);
    console.log(`${paragraphs.length} paragraphs not in the excluded sheets (${withFindings.length} with findings, ${withFindings.reduce((n, p) => n + p.findings.length, 0)} findings)`);
  }
  // Paragraphs are drawn whether or not they have findings, so the judges' misses measure recall fairly.
  const drawn: Paragraph[] = [];
  let count = 0;
  for (const p of shuffle(paragraphs, seed)) {
    if (count >= wanted) break;
    if (words(p.text) < 8) continue;
    drawn.push(p);
    count += p.findings.length;
  }
  mkdirSync(dir, { recursive: true });
  const forJudges = drawn.map((p) => ({
    id: p.id,
    text: p.text,
    findings: p.findings.map((f, i) => ({ n: i + 1, rule: f.ruleId, flagged: f.text, message: f.message })),
  }));
  const key: KeyItem[] = drawn.map((p) => ({
    id: p.id,
    domain: p.article.domain,
    generator: p.article.generator,
    findings: p.findings.map((f, i) => ({ n: i + 1, rule: f.ruleId, severity: f.severity, confidence: (f as Finding & { confidence?: number }).confidence, offset: f.offset - p.offset, endOffset: f.endOffset - p.offset, flagged: f.text, message: f.message })),
  }));
  writeFileSync(join(dir, 'paragraphs.jsonl'), forJudges.map((x) => JSON.stringify(x)).join('\n') + '\n');
  writeFileSync(join(dir, 'key.jsonl'), key.map((x) => JSON.stringify(x)).join('\n') + '\n');
  console.log(`Wrote ${drawn.length} paragraphs with ${count} findings (seed ${seed}) to ${dir}`);
}

function kappa(pairs: Array<[boolean, boolean]>): number {
  const n = pairs.length;
  if (!n) return NaN;
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  const pa = pairs.filter(([a]) => a).length / n;
  const pb = pairs.filter(([, b]) => b).length / n;
  const chance = pa * pb + (1 - pa) * (1 - pb);
  return chance === 1 ? 1 : (agree - chance) / (1 - chance);
}

function score(dir: string): void {
  const key = readKey(dir);
  const judges = readJudges(dir);
  const totalFindings = key.reduce((s, k) => s + k.findings.length, 0);
  console.log(`${key.length} paragraphs, ${totalFindings} findings, judges: ${judges.map((j) => j.name).join(', ')}`);
  const rules = [...new Set(key.flatMap((k) => k.findings.map((f) => f.rule)))].sort();
  const header = `${'rule'.padEnd(26)}${'n'.padStart(5)}${judges.map((j) => j.name.padStart(12)).join('')}${'both'.padStart(10)}`;
  console.log('\nPrecision (share judged useful)');
  console.log(header);
  const row = (label: string, match: (rule: string) => boolean) => {
    const fs = key.flatMap((k) => k.findings.filter((f) => match(f.rule)).map((f) => ({ id: k.id, n: f.n })));
    const cells = judges.map((j) => {
      const judged = fs.map((f) => verdictOf(j.items, f.id, f.n)).filter((v) => v !== undefined);
      const useful = judged.filter((v) => v === 'useful').length;
      return judged.length ? `${(useful / judged.length).toFixed(2)} ${useful}/${judged.length}`.padStart(12) : '-'.padStart(12);
    });
    const both = fs.filter((f) => judges.every((j) => verdictOf(j.items, f.id, f.n) === 'useful')).length;
    console.log(`${label.padEnd(26)}${String(fs.length).padStart(5)}${cells.join('')}${(fs.length ? (both / fs.length).toFixed(2) : '-').padStart(10)}`);
  };
  rules.forEach((rule) => row(rule, (r) => r === rule));
  row('all', () => true);
  console.log('\nRecall (useful findings / (useful findings + misses)) and misses per rule');
  for (const j of judges) {
    let useful = 0;
    const misses = new Map<string, number>();
    for (const k of key) {
      useful += k.findings.filter((f) => verdictOf(j.items, k.id, f.n) === 'useful').length;
      for (const miss of j.items.get(k.id)?.misses ?? []) misses.set(miss.rule, (misses.get(miss.rule) ?? 0) + 1);
    }
    const missed = [...misses.values()].reduce((a, b) => a + b, 0);
    const missing = key.filter((k) => !j.items.has(k.id)).length;
    console.log(`${j.name}: recall ${(useful / (useful + missed)).toFixed(2)} (${useful} useful, ${missed} misses: ${[...misses].map(([r, n]) => `${r} ${n}`).join(', ')})${missing ? `; ${missing} paragraphs unanswered` : ''}`);
  }
  console.log('\nCalibration: judged share useful (mean of the judges) by rule and confidence');
  const buckets = new Map<string, { n: number; useful: number }>();
  for (const k of key) for (const f of k.findings) {
    const votes = judges.map((j) => verdictOf(j.items, k.id, f.n)).filter((v) => v !== undefined);
    if (!votes.length) continue;
    const bucket = buckets.get(`${f.rule} ${f.confidence}`) ?? { n: 0, useful: 0 };
    bucket.n++;
    bucket.useful += votes.filter((v) => v === 'useful').length / votes.length;
    buckets.set(`${f.rule} ${f.confidence}`, bucket);
  }
  for (const [name, b] of [...buckets].sort()) console.log(`${name.padEnd(32)}${String(b.n).padStart(5)}  ${(b.useful / b.n).toFixed(2)}`);
  if (judges.length >= 2) {
    const [a, b] = judges;
    const pairs: Array<[boolean, boolean]> = [];
    for (const k of key) for (const f of k.findings) {
      const va = verdictOf(a.items, k.id, f.n);
      const vb = verdictOf(b.items, k.id, f.n);
      if (va && vb) pairs.push([va === 'useful', vb === 'useful']);
    }
    const agree = pairs.filter(([x, y]) => x === y).length;
    console.log(`\nAgreement ${a.name}/${b.name}: ${(agree / pairs.length).toFixed(2)} (${agree}/${pairs.length}), Cohen's kappa ${kappa(pairs).toFixed(2)}`);
  }
}

function main(args: string[]): void {
  const scoreDir = argValue(args, '--score');
  if (scoreDir) return score(scoreDir);
  const at = args.indexOf('--rematch');
  if (at >= 0) {
    const dirs = args.slice(at + 1).filter((a) => !a.startsWith('--'));
    if (!dirs.length) throw new Error('--rematch: give one or more judged sheet folders');
    return printRematch(rematch(dirs, REFERENCE_DATE));
  }
  const dir = argValue(args, '--data');
  if (!dir) throw new Error('usage: drafts.js --data DIR [--half held-out|tune|all] [--sheet OUT --findings N --seed S [--exclude DIR...]] | --score DIR | --rematch DIR...');
  const half = argValue(args, '--half') ?? 'held-out';
  if (!['held-out', 'tune', 'all'].includes(half)) throw new Error(`--half: expected held-out, tune or all, got ${half}`);
  const sensitivity = (argValue(args, '--sensitivity') ?? 'medium') as Sensitivity;
  const machine = loadArticles(dir, 'machine', half);
  const human = loadArticles(dir, 'human', half);
  printRates(rates('machine', machine, sensitivity), rates('human', human, sensitivity));
  const sheet = argValue(args, '--sheet');
  // --exclude takes every folder up to the next option.
  const after = args.indexOf('--exclude') >= 0 ? args.slice(args.indexOf('--exclude') + 1) : undefined;
  const excluded = after?.slice(0, after.findIndex((a) => a.startsWith('--')) >>> 0);
  if (excluded && !excluded.length) throw new Error('--exclude: give one or more judged sheet folders');
  const exclude = excluded ? judgedIds(excluded) : undefined;
  if (sheet) writeSheet(sheet, machine, Number(argValue(args, '--findings') ?? 120), Number(argValue(args, '--seed') ?? 7), sensitivity, exclude);
}

main(process.argv.slice(2));
