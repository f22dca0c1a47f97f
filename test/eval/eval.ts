// Accuracy of the rules on labelled data, beside the word-list peers.
// Usage: node out/test/eval/eval.js --data ../shared/data [--shown] [--only hedge,claims,citations] [--errors FAMILY] [--cues FAMILY] [--limit N] [--sensitivity medium] [--no-peers]
// (--errors date reads the tuning half of the time-expression sets; --half held-out|all shows the others)
import { performance } from 'node:perf_hooks';
import type { Sensitivity } from '../../src/core/config';
import { loadClaimBuster, loadConll, loadWikiStatements, loadMeantime, loadSzeged, loadTempEval, type Item, type SentenceSet, type TimexDoc } from './lib/datasets';
import { overlaps, scores, tally, zeroCounts, type Counts, type Scores } from './lib/metrics';
import { countShownOnly, hasDigit, runOurs, runRetextIntensify, runWriteGood, type Hit } from './lib/systems';
import { halfOf, type Half } from './lib/split';
import { describeTempEval, evaluateTempEval, TEMPEVAL_RECALL_TARGET, type TempEvalResult } from './lib/temporal';

/** "Today" for every sentence set; the time-expression sets use their documents' own dates. */
const REFERENCE_DATE = '2026-11-28';
const SENSITIVITIES: Sensitivity[] = ['low', 'medium', 'high'];

interface System {
  name: string;
  flags(item: Item): boolean;
}

interface Family {
  id: string;
  title: string;
  rules: string[];
  sets(dir: string, split: 'dev' | 'test'): SentenceSet[];
  systems(rules: string[], peers: boolean): System[];
}

interface Row {
  family: string;
  data: string;
  split: string;
  system: string;
  counts: Counts;
  scores: Scores;
  ours: boolean;
}

const cache = new Map<string, Hit[]>();
function cached(key: string, run: () => Hit[]): Hit[] {
  let hits = cache.get(key);
  if (!hits) cache.set(key, (hits = run()));
  return hits;
}

const ours = (text: string, sensitivity: Sensitivity = 'medium') => cached(`ours/${sensitivity}/${text}`, () => runOurs(text, REFERENCE_DATE, sensitivity));
const retext = (text: string) => cached(`retext/${text}`, () => runRetextIntensify(text));
const writeGood = (text: string) => cached(`write-good/${text}`, () => runWriteGood(text));
const any = (hits: Hit[], ids: string[]) => hits.some((h) => ids.includes(h.ruleId));

function oursSystem(rules: string[], sensitivity: Sensitivity = 'medium', name = 'citation-needed'): System {
  return { name, flags: (item) => any(ours(item.text, sensitivity), rules) };
}

function peerSystems(): System[] {
  return [
    { name: 'retext-intensify (hedges)', flags: (item) => any(retext(item.text), ['hedge']) },
    { name: 'retext-intensify (weasels)', flags: (item) => any(retext(item.text), ['weasel']) },
    { name: 'retext-intensify (hedges+weasels)', flags: (item) => any(retext(item.text), ['hedge', 'weasel']) },
    { name: 'write-good (weasel)', flags: (item) => writeGood(item.text).length > 0 },
  ];
}

const wordListSystems = (rules: string[], peers: boolean) => [oursSystem(rules), ...(peers ? peerSystems() : [])];

const FAMILIES: Family[] = [
  {
    id: 'hedge',
    title: 'hedge vs Szeged epistemic/doxastic cues',
    rules: ['hedge'],
    sets: (dir, split) => split === 'dev' ? [loadSzeged(dir, 'szeged-wiki', 'dev')] : [loadSzeged(dir, 'szeged-wiki', 'test'), loadSzeged(dir, 'szeged-bio', 'test')],
    systems: wordListSystems,
  },
  {
    id: 'attribution',
    title: 'unsupported-attribution + puffery vs CoNLL-2010 discourse_only (against certain)',
    rules: ['unsupported-attribution', 'puffery'],
    sets: (dir, split) => [loadConll(dir, split, 'discourse')],
    systems: wordListSystems,
  },
  {
    id: 'uncertain',
    title: 'hedge + unsupported-attribution + puffery vs CoNLL-2010 conll_uncertain',
    rules: ['hedge', 'unsupported-attribution', 'puffery'],
    sets: (dir, split) => [loadConll(dir, split, 'uncertain')],
    systems: wordListSystems,
  },
  {
    id: 'claims',
    title: 'unsourced-claim vs ClaimBuster check-worthy sentences',
    rules: ['unsourced-claim'],
    sets: (dir, split) => [loadClaimBuster(dir, split)],
    systems: (rules) => [
      ...SENSITIVITIES.map((s) => oursSystem(rules, s, `citation-needed (sensitivity ${s})`)),
      { name: 'digit baseline', flags: (item) => hasDigit(item.text) },
    ],
  },
  {
    id: 'citations',
    title: 'unsourced-claim vs Wikipedia statements that editors cited (each statement linted as a paragraph of its own)',
    rules: ['unsourced-claim'],
    sets: (dir, split) => [loadWikiStatements(dir, split)],
    systems: (rules) => [
      ...SENSITIVITIES.map((s) => oursSystem(rules, s, `citation-needed (sensitivity ${s})`)),
      { name: 'digit baseline', flags: (item) => hasDigit(item.text) },
      { name: 'every statement', flags: () => true },
    ],
  },
];

function measure(family: Family, set: SentenceSet, system: System): Row {
  const counts = zeroCounts();
  for (const item of set.items) tally(counts, item.gold, system.flags(item));
  return { family: family.id, data: set.data, split: set.split, system: system.name, counts, scores: scores(counts), ours: system.name.startsWith('citation-needed') };
}

/** Time expressions: recall over `*_REF` expressions, precision as the share of findings on any expression. */
function measureTimex(data: string, docs: TimexDoc[], split: Half | 'all'): Row {
  let relative = 0, hit = 0, findings = 0, onTimex = 0;
  for (const doc of docs.filter((d) => split === 'all' || halfOf(d.doc) === split)) {
    const hits = dateHits(doc);
    findings += hits.length;
    onTimex += hits.filter((h) => doc.timexes.some((t) => overlaps(h.start, h.end, t.start, t.end))).length;
    for (const t of doc.timexes.filter((x) => x.relative)) {
      relative++;
      if (hits.some((h) => overlaps(h.start, h.end, t.start, t.end))) hit++;
    }
  }
  const counts: Counts = { tp: hit, fp: findings - onTimex, fn: relative - hit, tn: 0 };
  const precision = findings ? onTimex / findings : 0;
  const recall = relative ? hit / relative : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { family: 'date', data, split, system: 'citation-needed', counts, scores: { precision, recall, f1 }, ours: true };
}

/** The date-sensitive findings of a dated text (cached: the table measures each document three times). */
const dateHits = (doc: TimexDoc) => cached(`date/${doc.date}/${doc.text}`, () => runOurs(doc.text, doc.date).filter((h) => h.ruleId === 'date-sensitive'));

const fmt = (x: number) => x.toFixed(2);

function printTable(rows: Row[]): void {
  console.log('| family | data | split | system | TP | FP | FN | P | R | F1 |');
  console.log('|---|---|---|---|--:|--:|--:|--:|--:|--:|');
  for (const r of rows) {
    const name = r.ours ? `**${r.system}**` : r.system;
    console.log(`| ${r.family} | ${r.data} | ${r.split} | ${name} | ${r.counts.tp} | ${r.counts.fp} | ${r.counts.fn} | ${fmt(r.scores.precision)} | ${fmt(r.scores.recall)} | ${fmt(r.scores.f1)} |`);
  }
}

function find(rows: Row[], family: string, data: string, system = 'citation-needed'): Row | undefined {
  return rows.find((r) => r.family === family && r.data === data && (r.split === 'test' || r.split === 'all') && r.system === system);
}

function bestPeer(rows: Row[], family: string, data: string): Row | undefined {
  return rows.filter((r) => r.family === family && r.data === data && r.split !== 'dev' && !r.ours).sort((a, b) => b.scores.f1 - a.scores.f1)[0];
}

function printTargets(rows: Row[], tempEval?: TempEvalResult): void {
  const lines: string[] = [];
  const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
  const check = (label: string, row: Row | undefined, ok: (s: Scores) => boolean, peerOf?: [string, string]) => {
    if (!row) return;
    const peer = peerOf ? bestPeer(rows, ...peerOf) : undefined;
    const margin = peer
      ? `; ${verdict(row.scores.f1 >= peer.scores.f1 + 0.1)} F1 >= best peer + 0.10 (${peer.system} ${fmt(peer.scores.f1)}, margin ${fmt(row.scores.f1 - peer.scores.f1)})`
      : '';
    lines.push(`- ${verdict(ok(row.scores))} ${label}: P ${fmt(row.scores.precision)} R ${fmt(row.scores.recall)} F1 ${fmt(row.scores.f1)}${margin}`);
  };
  check('hedge on szeged-wiki.test, F1 >= 0.75 and P >= 0.75', find(rows, 'hedge', 'szeged-wiki'), (s) => s.f1 >= 0.75 && s.precision >= 0.75, ['hedge', 'szeged-wiki']);
  check('unsupported-attribution + puffery on conll2010-wiki.test, F1 >= 0.80', find(rows, 'attribution', 'conll2010-wiki'), (s) => s.f1 >= 0.8, ['attribution', 'conll2010-wiki']);
  check('all three vs conll_uncertain on conll2010-wiki.test, F1 >= 0.80', find(rows, 'uncertain', 'conll2010-wiki'), (s) => s.f1 >= 0.8, ['uncertain', 'conll2010-wiki']);
  check('unsourced-claim on claimbuster.test (medium), F1 >= 0.70', find(rows, 'claims', 'claimbuster', 'citation-needed (sensitivity medium)'), (s) => s.f1 >= 0.7, ['claims', 'claimbuster']);
  check('unsourced-claim on wiki-statements.test (medium), F1 >= 0.80', find(rows, 'citations', 'wiki-statements', 'citation-needed (sensitivity medium)'), (s) => s.f1 >= 0.8, ['citations', 'wiki-statements']);
  for (const data of ['meantime-en', 'tempeval3-train']) {
    check(`date-sensitive on ${data}, R >= 0.90 and P >= 0.85`, find(rows, 'date', data), (s) => s.recall >= 0.9 && s.precision >= 0.85);
  }
  if (tempEval) lines.push(`- ${verdict(tempEval.recall >= TEMPEVAL_RECALL_TARGET)} ${describeTempEval(tempEval)}, target >= ${TEMPEVAL_RECALL_TARGET.toFixed(2)}`);
  if (lines.length) console.log(`\nTargets (test splits; date sets: all documents, see the tune/held-out rows):\n${lines.join('\n')}`);
}

function marked(text: string, hits: Hit[]): string {
  let out = text;
  for (const h of [...hits].sort((a, b) => b.start - a.start)) out = `${out.slice(0, h.start)}⟦${out.slice(h.start, h.end)}⟧${out.slice(h.end)}`;
  return out;
}

function printErrors(familyId: string, dir: string, limit: number, sensitivity: Sensitivity, half: Half | 'all'): void {
  if (familyId === 'date') return printTimexErrors(dir, limit, half);
  const family = FAMILIES.find((f) => f.id === familyId);
  if (!family) throw new Error(`unknown family "${familyId}": expected one of ${[...FAMILIES.map((f) => f.id), 'date'].join(', ')}`);
  for (const set of family.sets(dir, 'dev')) {
    const judged = set.items.map((item) => ({ item, hits: ours(item.text, sensitivity).filter((h) => family.rules.includes(h.ruleId)) }));
    for (const [kind, wanted] of [['False positives', false], ['False negatives', true]] as const) {
      const wrong = judged.filter(({ item, hits }) => item.gold === wanted && (hits.length > 0) !== wanted);
      console.log(`\n## ${kind} of ${family.id} on ${set.data}.dev: ${wrong.length} (showing ${Math.min(limit, wrong.length)})\n`);
      for (const { item, hits } of wrong.slice(0, limit)) {
        const why = hits.map((h) => `${h.ruleId}:${h.text}`).join('; ');
        console.log(`- [${item.id}] ${marked(item.text, hits)}${why ? `  {${why}}` : ''}${item.cues ? `  (gold: ${item.cues})` : ''}`);
      }
    }
  }
}

/** Per-phrase tallies on the dev split: how often each flagged phrase falls in a gold-positive or gold-negative sentence. */
function printCues(familyId: string, dir: string, limit: number, sensitivity: Sensitivity): void {
  const family = FAMILIES.find((f) => f.id === familyId);
  if (!family) throw new Error(`unknown family "${familyId}": expected one of ${FAMILIES.map((f) => f.id).join(', ')}`);
  for (const set of family.sets(dir, 'dev')) {
    const tallies = new Map<string, { pos: number; neg: number; alonePos: number; aloneNeg: number }>();
    for (const item of set.items) {
      const hits = ours(item.text, sensitivity).filter((h) => family.rules.includes(h.ruleId));
      const keys = [...new Set(hits.map((h) => `${h.ruleId}:${h.text.toLowerCase().replace(/\s+/g, ' ')}`))];
      for (const key of keys) {
        const t = tallies.get(key) ?? { pos: 0, neg: 0, alonePos: 0, aloneNeg: 0 };
        if (item.gold) t.pos++; else t.neg++;
        if (keys.length === 1) { if (item.gold) t.alonePos++; else t.aloneNeg++; }
        tallies.set(key, t);
      }
    }
    const rows = [...tallies].sort((a, b) => b[1].aloneNeg - a[1].aloneNeg || b[1].neg - a[1].neg);
    console.log(`\n## Flagged phrases of ${family.id} on ${set.data}.dev (sentences; "alone" = the sentence's only flagged phrase)\n`);
    console.log('| phrase | in positives | in negatives | alone in positives | alone in negatives |\n|---|--:|--:|--:|--:|');
    for (const [key, t] of rows.slice(0, limit)) console.log(`| ${key} | ${t.pos} | ${t.neg} | ${t.alonePos} | ${t.aloneNeg} |`);
  }
}

function printTimexErrors(dir: string, limit: number, half: Half | 'all'): void {
  for (const [name, docs] of [['MEANTIME annotated sentences', loadMeantime(dir)], ['TempEval-3', loadTempEval(dir)]] as const) {
    const missed: string[] = [], stray: string[] = [];
    const chosen = docs.filter((d) => half === 'all' || halfOf(d.doc) === half);
    for (const doc of chosen) {
      const hits = dateHits(doc);
      const around = (start: number, end: number) => doc.text.slice(Math.max(0, start - 80), end + 80).replace(/\s+/g, ' ');
      for (const t of doc.timexes.filter((x) => x.relative && !hits.some((h) => overlaps(h.start, h.end, x.start, x.end)))) missed.push(`- [${doc.id}] “${t.text}”: …${around(t.start, t.end)}…`);
      for (const h of hits.filter((x) => !doc.timexes.some((t) => overlaps(x.start, x.end, t.start, t.end)))) stray.push(`- [${doc.id}] “${h.text}”: …${around(h.start, h.end)}…`);
    }
    const which = `${name}, ${half === 'all' ? 'all documents' : `${half} half`}: ${new Set(chosen.map((d) => d.doc)).size} documents`;
    console.log(`\n## Findings on no time expression (${which}): ${stray.length}\n\n${stray.slice(0, limit).join('\n')}`);
    console.log(`\n## Missed *_REF expressions (${which}): ${missed.length}\n\n${missed.slice(0, limit).join('\n')}`);
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function main(args: string[]): void {
  if (args.includes('--shown')) countShownOnly();
  const dir = option(args, '--data');
  if (!dir) throw new Error('usage: eval --data DIR [--only FAMILY,...] [--errors FAMILY [--half tune|held-out|all]] [--cues FAMILY] [--limit N] [--sensitivity low|medium|high] [--no-peers]');
  const cues = option(args, '--cues');
  if (cues) return printCues(cues, dir, Number(option(args, '--limit') ?? 60), (option(args, '--sensitivity') ?? 'medium') as Sensitivity);
  const errors = option(args, '--errors');
  const half = option(args, '--half') ?? 'tune';
  if (!['tune', 'held-out', 'all'].includes(half)) throw new Error(`--half: expected tune, held-out or all, not "${half}"`);
  if (errors) return printErrors(errors, dir, Number(option(args, '--limit') ?? 40), (option(args, '--sensitivity') ?? 'medium') as Sensitivity, half as Half | 'all');
  const only = option(args, '--only')?.split(',');
  const peers = !args.includes('--no-peers');
  const started = performance.now();
  const rows: Row[] = [];
  for (const family of FAMILIES.filter((f) => !only || only.includes(f.id))) {
    for (const split of ['dev', 'test'] as const) {
      for (const set of family.sets(dir, split)) for (const system of family.systems(family.rules, peers)) rows.push(measure(family, set, system));
    }
  }
  const dates = !only || only.includes('date');
  if (dates) {
    for (const [data, docs] of [['meantime-en', loadMeantime(dir)], ['tempeval3-train', loadTempEval(dir)]] as const) {
      for (const split of ['all', 'tune', 'held-out'] as const) rows.push(measureTimex(data, docs, split));
    }
  }
  const tempEval = dates ? evaluateTempEval(dir) : undefined;
  console.log(`Sentence-level accuracy (reference date ${REFERENCE_DATE}); date rows: R over *_REF expressions, P as share of findings on any time expression;`);
  console.log('the date sets have no split: documents are halved by an FNV-1a hash of their id (even: tune, odd: held-out; error analysis reads tune only).\n');
  printTable(rows);
  if (tempEval) console.log(`\nTemporal rules (issue 9): ${describeTempEval(tempEval)}.`);
  printTargets(rows, tempEval);
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
