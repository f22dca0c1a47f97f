// Benchmark of the report check of "Check attributions" (TextEngines.checkOne), without VS Code: for
// drafts of growing length, the check in this thread (what the host did before, and still does below
// WORKER_MIN_LENGTH or without the worker bundle) against the check in a worker started for it.
// Prints medians of wall time and of the longest stall of this thread's event loop (what typing in the
// editor would wait for).
// Usage: npm run build && node out/test/bench/report-check.js [--runs 5]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { defaultConfig } from '../../src/core/config';
import { TextEngines, WORKER_MIN_LENGTH } from '../../src/workers/text-engine';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const root = resolve(__dirname, '../../..');
const draft = readFileSync(resolve(root, 'examples/ai-draft.md'), 'utf8');
const config = defaultConfig();
const SIZES = [2_000, 5_000, WORKER_MIN_LENGTH, 20_000, 100_000, 1_000_000];

/** One check of `text` (in a worker of its own when `workers` is 1, in this thread when 0): wall time and longest stall. */
async function measure(engines: TextEngines, text: string, workers: number): Promise<{ ms: number; stallMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  await new Promise((r) => setTimeout(r, 20)); // the monitor measures from its first tick on
  const start = performance.now();
  const engine = await engines.start(workers);
  await engine.check({ file: 'draft.md', text, config, referenceDate: '2026-11-28', reportOnly: true }); // as the command asks
  await engine.terminate();
  const ms = performance.now() - start;
  await new Promise((r) => setTimeout(r, 20)); // let the delay monitor's timer see the last stretch
  delay.disable();
  return { ms, stallMs: delay.max / 1e6 };
}

async function main(): Promise<void> {
  const engines = new TextEngines({ workerFile: resolve(root, 'dist/worker.js'), warn: (reason) => { throw new Error(reason); } });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  await measure(engines, draft, 0); // warm this thread's code, as an editor session has
  console.log(`medians of ${runs} runs; WORKER_MIN_LENGTH = ${WORKER_MIN_LENGTH}`);
  console.log('| characters | in the host: wall time | longest host stall | in a worker: wall time | longest host stall |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const size of SIZES) {
    const text = draft.repeat(Math.ceil(size / draft.length)).slice(0, size);
    const host = [];
    const worker = [];
    for (let i = 0; i < runs; i++) {
      host.push(await measure(engines, text, 0));
      worker.push(await measure(engines, text, 1));
    }
    const ms = (xs: Array<{ ms: number }>) => `${median(xs.map((x) => x.ms)).toFixed(0)} ms`;
    const stall = (xs: Array<{ stallMs: number }>) => `${median(xs.map((x) => x.stallMs)).toFixed(0)} ms`;
    console.log(`| ${size} | ${ms(host)} | ${stall(host)} | ${ms(worker)} | ${stall(worker)} |`);
  }
}

void main();
