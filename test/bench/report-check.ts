// Benchmark of the report check of "Check attributions" (TextEngines.checkOne), without VS Code: for
// drafts of growing length, the check in this thread (what the host does below WORKER_MIN_LENGTH or
// without the worker bundle) against the check in the report worker: cold (no worker kept: it starts
// for the report, as after an idle stop), pre-warmed (started by `prewarm`, no report yet) and warm (a
// repeated report in the kept worker); and, for reference, a worker started for one check and stopped
// after (what every report paid before the worker was kept). Prints medians of wall time and of the
// longest stall of this thread's event loop (what typing in the editor would wait for), then the start
// of the worker and the memory an idle kept worker holds (V8 shrinks an idle worker's heap after a while).
// Usage: npm run build && node out/test/bench/report-check.js [--runs 5] [--max 1000000]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { defaultConfig } from '../../src/core/config';
import type { TextJob } from '../../src/workers/text-check';
import { TextEngines, WORKER_MIN_LENGTH } from '../../src/workers/text-engine';
import { threadBundle } from '../../src/workers/thread-worker';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, max: { type: 'string', default: '1000000' } } });
const runs = Number(values.runs);
const root = resolve(__dirname, '../../..');
const draft = readFileSync(resolve(root, 'examples/ai-draft.md'), 'utf8');
const config = defaultConfig();
const SIZES = [2_000, WORKER_MIN_LENGTH, 100_000, 1_000_000].filter((size) => size <= Number(values.max));

interface Sample { ms: number; stallMs: number }

/** Runs `check` once: wall time and the longest stall of this thread's event loop. */
async function measure(check: () => Promise<unknown>): Promise<Sample> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  await pause(20); // the monitor measures from its first tick on
  const start = performance.now();
  await check();
  const ms = performance.now() - start;
  await pause(20); // let the delay monitor's timer see the last stretch
  delay.disable();
  return { ms, stallMs: delay.max / 1e6 };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** A check in a worker started for it and stopped after (each report before the worker was kept). */
async function freshWorker(engines: TextEngines, job: TextJob): Promise<void> {
  const engine = await engines.start(1);
  await engine.check(job);
  await engine.terminate();
}

/** Resident memory of this process (worker threads included), in MB. */
const rss = () => process.memoryUsage().rss / 2 ** 20;

/** What an idle report worker holds: resident memory with it kept, `after` ms after `setup`, minus without it (stopped). */
async function keptMemory(engines: TextEngines, setup: () => Promise<unknown>, after: number[]): Promise<string> {
  await setup();
  const start = performance.now();
  const kept: number[] = [];
  for (const ms of after) {
    await pause(ms - (performance.now() - start));
    kept.push(rss());
  }
  await engines.stopReportWorker();
  await pause(1000);
  const without = rss();
  return after.map((ms, i) => `${(kept[i] - without).toFixed(0)} MB after ${ms / 1000} s`).join(', ');
}

async function main(): Promise<void> {
  const engines = new TextEngines({ bundle: threadBundle(resolve(root, 'dist/worker.js')), warn: (reason) => { throw new Error(reason); } });
  const job = (text: string): TextJob => ({ file: 'draft.md', text, config, referenceDate: '2026-11-28', reportOnly: true }); // as the command asks
  await engines.start(0).then((engine) => engine.check(job(draft))); // warm this thread's code, as an editor session has
  const modes = ['in the host', 'fresh worker per report', 'cold report worker', 'pre-warmed report worker', 'warm report worker (repeated)'];
  const starts: Sample[] = [];
  console.log(`medians of ${runs} runs; WORKER_MIN_LENGTH = ${WORKER_MIN_LENGTH}; wall time / longest host stall`);
  console.log(`| characters | ${modes.join(' | ')} |`);
  console.log(`| --- |${modes.map(() => ' --- |').join('')}`);
  for (const size of SIZES) {
    const text = draft.repeat(Math.ceil(size / draft.length)).slice(0, size);
    const samples: Sample[][] = modes.map(() => []);
    for (let i = 0; i < runs; i++) {
      samples[0].push(await measure(async () => (await engines.start(0)).check(job(text))));
      samples[1].push(await measure(() => freshWorker(engines, job(text))));
      if (size < WORKER_MIN_LENGTH) continue; // checkOne checks shorter texts in the host
      await engines.stopReportWorker();
      samples[2].push(await measure(() => engines.checkOne(job(text))));
      samples[4].push(await measure(() => engines.checkOne(job(text))));
      await engines.stopReportWorker();
      starts.push(await measure(() => engines.prewarm()));
      samples[3].push(await measure(() => engines.checkOne(job(text))));
    }
    const cell = (xs: Sample[]) => (xs.length ? `${median(xs.map((x) => x.ms)).toFixed(0)} ms / ${median(xs.map((x) => x.stallMs)).toFixed(0)} ms` : '—');
    console.log(`| ${size} | ${samples.map(cell).join(' | ')} |`);
  }
  console.log(`\nstarting the report worker (prewarm): ${median(starts.map((x) => x.ms)).toFixed(0)} ms, longest host stall ${median(starts.map((x) => x.stallMs)).toFixed(0)} ms`);
  await engines.stopReportWorker();
  const largest = draft.repeat(Math.ceil(SIZES[SIZES.length - 1] / draft.length)).slice(0, SIZES[SIZES.length - 1]);
  console.log(`resident memory of an idle report worker, pre-warmed: ${await keptMemory(engines, () => engines.prewarm(), [1000])}`);
  console.log(`resident memory of an idle report worker after a ${largest.length}-character report: ${await keptMemory(engines, () => engines.checkOne(job(largest)), [1000, 30_000, 60_000])}`);
  engines.dispose();
}

void main();
