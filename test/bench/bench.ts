import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
// Benchmark: full checks beside the parser floor and the peers, edit latency, the typing pattern,
// lint against the parser in one process and as whole processes, corpus with workers, extension
// activation and bundle sizes.
// Usage: npm run bench -- --corpus ../shared/corpus [--quick] [--full] [--only <section>[,<section>...]]
import { readFileSync, statSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import Module from 'node:module';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import { TextlintKernel } from '@textlint/kernel';
import textlintMarkdown from '@textlint/textlint-plugin-markdown';
import writeGoodRule from 'textlint-rule-write-good';
import writeGood from 'write-good';
import { lint, createDocument } from '../../src/engine';
import { splitBlocks } from '../../src/core/blocks';
import { childInProcess, median, ms, ratioInProcess, ratioIsolated, ratioProcesses, typing } from './speed';

/** Loads a built bundle at run time (it is not part of this bundle). */
const loadBundle = createRequire(__filename);

const OPTIONS = { referenceDate: '2026-11-28' };
const ROOT = resolve(__dirname, '../../..');

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpus' },
    quick: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
    only: { type: 'string' },
    'child-cli': { type: 'string' },
    'child-inproc': { type: 'string' },
    runs: { type: 'string' },
    file: { type: 'string' },
  },
  allowPositionals: true,
});

const mb = (bytes: number) => (bytes / 1048576).toFixed(2) + ' MB';

/** Median wall time of `runs` calls after one warm-up call (none when warm is false). */
function time(runs: number, fn: () => unknown, warm = true): number {
  if (warm) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Like `time`, for functions that return a promise. */
async function timeAsync(runs: number, fn: () => Promise<unknown>, warm = true): Promise<number> {
  if (warm) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const rows: string[][] = [];
const row = (...cells: string[]) => { rows.push(cells); console.error(`  ${cells.join(' | ')}`); };

async function fullChecks(name: string, text: string, ours: number, peerRuns: number, withPeers: boolean): Promise<number> {
  const parseOnly = unified().use(remarkParse);
  const floorParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
  const retext = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish)).use(retextIntensify);
  const kernel = new TextlintKernel();
  const plugin = (textlintMarkdown as unknown as { default?: unknown }).default ?? textlintMarkdown;
  const rule = (writeGoodRule as unknown as { default?: unknown }).default ?? writeGoodRule;
  if (!withPeers) return ours;
  const floor = time(peerRuns, () => floorParser.parse(text), peerRuns > 1);
  const parse = time(peerRuns, () => parseOnly.parse(text), peerRuns > 1);
  row(name, 'remark-parse alone', ms(parse), (ours / parse).toFixed(2), `${peerRuns}`);
  row(name, 'remark-parse + gfm + frontmatter (floor)', ms(floor), (ours / floor).toFixed(2), `${peerRuns}`);
  const peers: Array<[string, () => Promise<unknown>]> = [
    ['remark-retext + retext-intensify', async () => retext.run(retext.parse(text))],
    ['textlint + textlint-rule-write-good', () => kernel.lintText(text, { ext: '.md', filePath: 'doc.md', plugins: [{ pluginId: 'markdown', plugin: plugin as never }], rules: [{ ruleId: 'write-good', rule: rule as never }] })],
    ['write-good', async () => writeGood(text)],
  ];
  for (const [peer, fn] of peers) {
    const t = await timeAsync(peerRuns, fn, peerRuns > 1);
    row(name, peer, ms(t), (ours / t).toFixed(2), `${peerRuns}`);
  }
  return ours;
}

function editLatency(name: string, text: string, edits: number): void {
  const doc = createDocument(text, OPTIONS);
  doc.findings();
  const at = splitBlocks(text).find((b) => b.endOffset >= text.length >> 1)?.offset ?? 0;
  const middle = text.indexOf(' ', at) + 1 || at;
  const times: number[] = [];
  for (let i = 0; i < edits + 2; i++) {
    const start = performance.now();
    if (i % 2 === 0) doc.edit(middle, 0, 'x');
    else doc.edit(middle, 1, '');
    doc.findings();
    if (i >= 2) times.push(performance.now() - start);
  }
  const full = time(1, () => lint(text, OPTIONS), false);
  row(name, 'edit() + findings(), one character', ms(median(times)), `1/${(full / median(times)).toFixed(0)} of lint()`, `${edits}`);
}

function corpusRun(dirs: string[], workers: string): { ms: number; rss: number } {
  const script = join(ROOT, 'out/test/bench/bench.js');
  const child = spawnSync(process.execPath, [script, '--child-cli', JSON.stringify(['check', ...dirs, '--format', 'json', '--reference-date', OPTIONS.referenceDate, ...(workers ? ['--workers', workers] : [])])], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const last = child.stderr.trim().split('\n').pop() ?? '';
  return JSON.parse(last);
}

async function childCli(argv: string[]): Promise<void> {
  const cli = loadBundle(join(ROOT, 'dist/cli.js')) as { run(a: string[], o: (s: string) => void, e: (s: string) => void): Promise<number> };
  const start = performance.now();
  await cli.run(argv, () => {}, () => {});
  process.stderr.write(JSON.stringify({ ms: performance.now() - start, rss: process.resourceUsage().maxRSS * 1024 }) + '\n');
}

function activation(): void {
  const bundle = join(ROOT, 'dist/extension.js');
  for (const file of ['api.js', 'cli.js', 'worker.js', 'extension.js']) {
    const path = join(ROOT, 'dist', file);
    if (existsSync(path)) row('bundle', `dist/${file}`, mb(statSync(path).size), '', '');
  }
  if (!existsSync(bundle)) return row('activation', 'dist/extension.js not built', '', '', '');
  // A stand-in for the vscode module: every name the bundle reads, each a callable, constructible proxy.
  const names = new Set([...readFileSync(bundle, 'utf8').matchAll(/\bvscode\d*\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
  const member: object = new Proxy(function () {}, { get: (_t, key) => (key === 'prototype' ? {} : member), apply: () => member, construct: () => member });
  const stub = Object.fromEntries([...names].map((name) => [name, member]));
  const original = (Module as unknown as { _load: (...a: unknown[]) => unknown })._load;
  (Module as unknown as { _load: (...a: unknown[]) => unknown })._load = function (request: unknown, ...rest: unknown[]) {
    return request === 'vscode' ? stub : original.call(this, request, ...rest);
  };
  const start = performance.now();
  loadBundle(bundle);
  row('activation', 'require(dist/extension.js), vscode stubbed', ms(performance.now() - start), '', '1');
  (Module as unknown as { _load: unknown })._load = original;
}

/** Sections of the bench, in the order they run; `--only` picks some. */
const SECTIONS = ['checks', 'edits', 'typing', 'ratio', 'process', 'corpus', 'activation'] as const;

function selectedSections(only: string | undefined): Set<string> {
  if (!only) return new Set(SECTIONS);
  const picked = only.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = picked.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length || !picked.length) throw new Error(`--only expects one or more of ${SECTIONS.join(', ')} (comma-separated), got "${only}"`);
  return new Set(picked);
}

async function main(): Promise<void> {
  if (values['child-cli']) return childCli(JSON.parse(values['child-cli']));
  if (values['child-inproc']) return childInProcess(values['child-inproc'], values.file!, readFileSync(values.file!, 'utf8'), OPTIONS, Number(values.runs ?? 5));
  const sections = selectedSections(values.only);
  const corpus = resolve(values.corpus!);
  const quick = values.quick;
  const runs = quick ? 1 : 5;
  const peerRuns = quick ? 1 : 3;
  console.error(`Benchmark on ${corpus} (${quick ? 'quick: single runs' : `medians of ${runs} runs after a warm-up; peers and floor: ${peerRuns}; 10 MB: 3`}; sections: ${[...sections].join(', ')})`);
  const doc1Path = join(corpus, 'doc-1mb.md');
  const doc1 = readFileSync(doc1Path, 'utf8');
  if (sections.has('checks')) {
    const doc10 = readFileSync(join(corpus, 'doc-10mb.md'), 'utf8');
    // Our checks of both documents run first, in the same process state: the peers share (and
    // reshape) the parser's code paths, which slows whatever runs after them.
    const one = time(runs, () => lint(doc1, OPTIONS), runs > 1);
    row('doc-1mb.md', 'citation-needed lint()', ms(one), '1.00', `${runs}`);
    const tenRuns = quick ? 1 : 3;
    const ten = time(tenRuns, () => lint(doc10, OPTIONS), tenRuns > 1);
    row('doc-10mb.md', 'citation-needed lint()', ms(ten), '1.00', `${tenRuns}`);
    await fullChecks('doc-1mb.md', doc1, one, peerRuns, true);
    await fullChecks('doc-10mb.md', doc10, ten, 1, values.full);
    row('scaling', 'lint(doc-10mb) / lint(doc-1mb)', `${(ten / one).toFixed(1)}x`, `text ${(doc10.length / doc1.length).toFixed(1)}x`, '');
  }
  if (sections.has('edits')) {
    editLatency('doc-1mb.md', doc1, quick ? 10 : 40);
    const blocks = splitBlocks(doc1);
    const draft = doc1.slice(0, blocks.find((b) => b.endOffset >= 20_000)?.endOffset ?? 20_000);
    editLatency(`draft ${(draft.length / 1000).toFixed(0)} KB`, draft, quick ? 10 : 40);
  }
  if (sections.has('typing')) {
    typing('doc-1mb.md', doc1, OPTIONS, 21, 'middle', row);
    typing('doc-1mb.md', doc1, OPTIONS, 21, 'prose', row);
  }
  if (sections.has('ratio')) {
    // In this process (lint and the parser share micromark's compiled code), then each alone in its own process.
    ratioInProcess('doc-1mb.md', doc1, OPTIONS, quick ? 2 : 10, row);
    ratioIsolated('doc-1mb.md', doc1Path, join(ROOT, 'out/test/bench/bench.js'), quick ? 2 : 4, quick ? 1 : 5, row);
  }
  if (sections.has('process')) ratioProcesses('doc-1mb.md', doc1Path, ROOT, OPTIONS.referenceDate, quick ? 1 : 5, row);
  if (sections.has('corpus')) {
    const dirs = readdirSync(corpus).filter((d) => statSync(join(corpus, d)).isDirectory()).map((d) => join(corpus, d));
    // Runs alternate (1 worker, default, 1 worker, ...) so that load on a shared machine hits both alike;
    // the ratio is the median of the per-pair ratios.
    const pairs = Array.from({ length: quick ? 1 : runs }, () => ({ single: corpusRun(dirs, '1'), parallel: corpusRun(dirs, '') }));
    const pick = (f: (p: (typeof pairs)[number]) => number) => median(pairs.map(f));
    const ratio = pick((p) => p.parallel.ms / p.single.ms);
    row('corpus (CLI)', '1 worker', ms(pick((p) => p.single.ms)), '1.00', `${pairs.length}; peak RSS ${mb(Math.max(...pairs.map((p) => p.single.rss)))}`);
    row('corpus (CLI)', `default workers (${availableParallelism()})`, ms(pick((p) => p.parallel.ms)), ratio.toFixed(2), `${pairs.length}; peak RSS ${mb(Math.max(...pairs.map((p) => p.parallel.rss)))}; per-pair ratios ${pairs.map((p) => (p.parallel.ms / p.single.ms).toFixed(2)).join(' ')}`);
  }
  if (sections.has('activation')) activation();
  const header = ['input', 'what', 'median', 'ratio (ours / it; edits: share of lint)', 'runs / notes'];
  const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  console.log(table);
}

void main();
