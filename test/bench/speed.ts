// Sections of `npm run bench` that compare lint with the parser on the same text, and the typing pattern.
// Imported by bench.ts (its entry point); run one with `npm run bench -- --only ratio|process|typing`.
import { spawnSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { lint, createDocument } from '../../src/engine';
import { isFencedCodeOnly, splitBlocks } from '../../src/core/blocks';
import type { LintOptions } from '../../src/core/lint';

/** A table row: input, what, median, ratio, notes. */
export type Row = (...cells: string[]) => void;

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
/** The value below which 90% of `xs` fall (nearest rank). */
export const p90 = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.9) - 1)];
export const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1)) + ' ms';

const floorParser = () => unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** Wall time and CPU time (every thread of the process, the GC's included) of one call, in ms. */
function timedBoth(fn: () => unknown): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/**
 * lint(text) against the parser floor in this process: both warmed once, then `pairs` pairs whose
 * order alternates (lint first, then parse first), so that JIT state, GC debt and load fall on both.
 * Reports the median of the per-pair ratios overall and per order.
 */
export function ratioInProcess(name: string, text: string, options: LintOptions, pairs: number, row: Row): void {
  const parser = floorParser();
  const runLint = () => lint(text, options);
  const runParse = () => parser.parse(text);
  runLint();
  runParse();
  const results: Array<{ lint: { wall: number; cpu: number }; parse: { wall: number; cpu: number }; lintFirst: boolean }> = [];
  for (let i = 0; i < pairs; i++) {
    const lintFirst = i % 2 === 0;
    if (lintFirst) {
      const l = timedBoth(runLint);
      results.push({ lint: l, parse: timedBoth(runParse), lintFirst });
    } else {
      const p = timedBoth(runParse);
      results.push({ parse: p, lint: timedBoth(runLint), lintFirst });
    }
  }
  const ratios = (rs: typeof results, k: 'wall' | 'cpu' = 'wall') => rs.map((r) => r.lint[k] / r.parse[k]);
  const first = results.filter((r) => r.lintFirst);
  const second = results.filter((r) => !r.lintFirst);
  row(name, 'lint() / parse, one process, alternating', `${ms(median(results.map((r) => r.lint.wall)))} / ${ms(median(results.map((r) => r.parse.wall)))}`, median(ratios(results)).toFixed(2),
    `${pairs} pairs; lint first ${median(ratios(first)).toFixed(2)}, parse first ${median(ratios(second)).toFixed(2)}; CPU time ${median(ratios(results, 'cpu')).toFixed(2)}; per pair ${ratios(results).map((r) => r.toFixed(2)).join(' ')}`);
}

/** Child mode: times `runs` calls of lint or the parse alone in this process after one warm-up; prints the median. */
export function childInProcess(what: string, file: string, text: string, options: LintOptions, runs: number): void {
  const parser = floorParser();
  const fn = what === 'lint' ? () => lint(text, options) : what === 'parse' ? () => parser.parse(text) : null;
  if (!fn) throw new Error(`--child-inproc expects lint or parse, got "${what}" (${file})`);
  fn();
  const times = Array.from({ length: runs }, () => timedBoth(fn));
  process.stderr.write(JSON.stringify({ ms: median(times.map((t) => t.wall)), cpu: median(times.map((t) => t.cpu)) }) + '\n');
}

/**
 * lint(text) and the parse each alone in its own process (no JIT state shared between them), warmed
 * once, median of `runs` calls; `pairs` pairs of processes alternate their order. The ratio is the median per pair.
 */
export function ratioIsolated(name: string, file: string, script: string, pairs: number, runs: number, row: Row): void {
  const child = (what: string): { ms: number; cpu: number } => {
    const out = spawnSync(process.execPath, [script, '--child-inproc', what, '--runs', String(runs), '--file', file], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`${what} child failed: ${out.stderr}`);
    return JSON.parse(out.stderr.trim().split('\n').pop()!);
  };
  const results: Array<{ lint: { ms: number; cpu: number }; parse: { ms: number; cpu: number } }> = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      const l = child('lint');
      results.push({ lint: l, parse: child('parse') });
    } else {
      const p = child('parse');
      results.push({ parse: p, lint: child('lint') });
    }
  }
  const ratios = results.map((r) => r.lint.ms / r.parse.ms);
  const cpu = median(results.map((r) => r.lint.cpu / r.parse.cpu));
  row(name, 'lint() / parse, each in its own process', `${ms(median(results.map((r) => r.lint.ms)))} / ${ms(median(results.map((r) => r.parse.ms)))}`, median(ratios).toFixed(2),
    `${pairs} pairs of processes, each the median of ${runs} runs after a warm-up; CPU time ${cpu.toFixed(2)}; per pair ${ratios.map((r) => r.toFixed(2)).join(' ')}`);
}

/**
 * Whole cold processes: `citation-needed check <file> --format json` against a process that only
 * parses the file (parse-only.js), `pairs` alternating pairs; wall time of each process, output to /dev/null.
 */
export function ratioProcesses(name: string, file: string, root: string, referenceDate: string, pairs: number, row: Row): void {
  const run = (args: string[]): number => {
    const start = performance.now();
    const out = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const elapsed = performance.now() - start;
    if (out.status !== 0 && out.status !== 1) throw new Error(`${args.join(' ')} exited ${out.status}: ${out.stderr}`);
    return elapsed;
  };
  const check = () => run([join(root, 'bin/citation-needed.js'), 'check', file, '--format', 'json', '--reference-date', referenceDate]);
  const parse = () => run([join(root, 'out/test/bench/parse-only.js'), file]);
  const results: Array<{ check: number; parse: number }> = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      const c = check();
      results.push({ check: c, parse: parse() });
    } else {
      const p = parse();
      results.push({ parse: p, check: check() });
    }
  }
  const c = median(results.map((r) => r.check));
  const p = median(results.map((r) => r.parse));
  row(name, 'cold process: citation-needed check --format json / parse only', `${ms(c)} / ${ms(p)}`, (c / p).toFixed(2),
    `${pairs} alternating pairs; per pair ${results.map((r) => (r.check / r.parse).toFixed(2)).join(' ')}`);
}

/**
 * The typing pattern: `count` one-character insertions at successive offsets (a word typed) from a
 * word start in the middle of a block: the block at the middle of the text (`middle`), or the first
 * block from there on that is not fenced code (`prose`); edit() + findings() per keystroke.
 * Reports the median and p90 per edit, and whether the final findings equal a full lint of the final text.
 */
export function typing(name: string, text: string, options: LintOptions, count: number, where: 'middle' | 'prose', row: Row): void {
  const doc = createDocument(text, options);
  doc.findings();
  const block = splitBlocks(text).find((b) => b.endOffset >= text.length >> 1 && !b.skipped && (where === 'middle' || !isFencedCodeOnly(text.slice(b.offset, b.endOffset))))!;
  const mid = (block.offset + block.endOffset) >> 1;
  const space = text.indexOf(' ', mid);
  const at = space >= 0 && space < block.endOffset ? space + 1 : mid;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = timedBoth(() => {
      doc.edit(at + i, 0, 'abcdefghijklmnopqrstuvwxyz'[i % 26]);
      doc.findings();
    });
    times.push(t.wall);
    cpu.push(t.cpu);
  }
  const same = isDeepStrictEqual(doc.findings(), lint(doc.text, options));
  row(name, `typing: ${count} insertions at successive offsets in the ${where === 'middle' ? 'middle block' : 'first prose block after the middle'}, edit() + findings()`, ms(median(times)), `p90 ${ms(p90(times))}`,
    `${count} edits in a ${block.endOffset - block.offset}-character block at ${block.offset}; CPU time median ${ms(median(cpu))}; final findings ${same ? 'equal' : 'DIFFER FROM'} lint() of the final text`);
  if (!same) process.exitCode = 1;
}
