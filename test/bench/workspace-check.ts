// Benchmark of the extension's workspace check pipeline on a folder, without VS Code: files read
// asynchronously, checked in the host (the fallback) or in the worker pool (1 worker, the default),
// a window of files in flight. Prints medians of wall time, the longest stall of this thread's event
// loop (what the extension host would feel) and peak RSS.
// Usage: npm run build && node out/test/bench/workspace-check.js --dir ../shared/corpus/rust-lang+rfcs/text [--runs 3]
import { readFile, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { defaultConfig } from '../../src/core/config';
import { checkText, type TextCheck, type TextJob } from '../../src/workers/text-check';
import { WorkerPool } from '../../src/workers/pool';
import { spawnThread } from '../../src/workers/thread-worker';

const { values } = parseArgs({ options: { dir: { type: 'string' }, runs: { type: 'string', default: '3' } } });
if (!values.dir) throw new Error('usage: workspace-check --dir FOLDER [--runs N]');
const dir = resolve(values.dir);
const runs = Number(values.runs);
const workerFile = resolve(__dirname, '../../../dist/worker.js');
const config = defaultConfig();
const referenceDate = '2026-11-28';

async function markdownFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(md|markdown|mdx)$/.test(e.name)).map((e) => join(e.parentPath, e.name)).sort();
}

/** One run: every file read, checked (pool of `workers`, or in this thread when 0), its findings counted. */
async function run(files: string[], workers: number): Promise<{ ms: number; stallMs: number; rss: number; findings: number }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  let rss = 0;
  const sampler = setInterval(() => { rss = Math.max(rss, process.memoryUsage().rss); }, 50);
  delay.enable();
  const start = performance.now();
  const pool = workers ? await WorkerPool.start({ spawn: spawnThread(workerFile), size: workers }) : undefined;
  const check = async (job: TextJob): Promise<TextCheck> => {
    if (pool) return pool.check(job);
    await new Promise((r) => setImmediate(r));
    return checkText(job, undefined);
  };
  let findings = 0;
  const inFlight = new Set<Promise<void>>();
  for (const file of files) {
    while (inFlight.size >= (pool ? pool.size * 2 : 1)) await Promise.race(inFlight);
    const task: Promise<void> = readFile(file).then((bytes) => check({ file: relative(dir, file), text: new TextDecoder().decode(bytes), config, referenceDate }))
      .then((r) => { findings += r.findings.length; }).finally(() => inFlight.delete(task));
    inFlight.add(task);
  }
  await Promise.all(inFlight);
  await pool?.terminate();
  const ms = performance.now() - start;
  delay.disable();
  clearInterval(sampler);
  return { ms, stallMs: delay.max / 1e6, rss, findings };
}

async function main(): Promise<void> {
  const files = await markdownFiles(dir);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const modes: Array<[string, number]> = [['in the host (fallback)', 0], ['1 worker', 1], [`default workers (${availableParallelism()})`, availableParallelism()]];
  console.log(`${files.length} files in ${dir}, medians of ${runs} runs`);
  console.log('| mode | wall time | ratio | longest host stall | peak RSS | findings |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  let base = 0;
  for (const [label, workers] of modes) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await run(files, workers));
    const ms = median(results.map((r) => r.ms));
    if (workers === 1) base = ms;
    const ratio = workers === 0 ? '' : (ms / base).toFixed(2);
    console.log(`| ${label} | ${ms.toFixed(0)} ms | ${ratio} | ${median(results.map((r) => r.stallMs)).toFixed(0)} ms | ${(median(results.map((r) => r.rss)) / 1048576).toFixed(0)} MB | ${results[0].findings} |`);
  }
}

void main();
