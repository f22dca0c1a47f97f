// What two cores give without any pool: lints every Markdown file of the corpus folders in one
// process, then in two independent processes that each lint every other file, and prints the ratio.
// The CLI's worker pool can do no better than this. Usage: node out/test/bench/halves.js --corpus ../shared/corpus
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { lint } from '../../src/engine';

const { values } = parseArgs({ options: { corpus: { type: 'string', default: '../shared/corpus' }, part: { type: 'string' } } });

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(path);
    return /\.(?:md|markdown|mdx)$/.test(e.name) ? [path] : [];
  });
}

/** Lints files k, k+n, k+2n, ... of the sorted corpus in this process; returns the milliseconds. */
function lintPart(corpus: string, k: number, n: number): number {
  const folders = readdirSync(corpus).map((d) => join(corpus, d)).filter((d) => statSync(d).isDirectory());
  const files = folders.flatMap(markdownFiles).sort().filter((_, i) => i % n === k);
  const start = performance.now();
  for (const file of files) lint(readFileSync(file, 'utf8'), { referenceDate: '2026-11-28' });
  return performance.now() - start;
}

/** Runs the given parts as child processes at once; resolves with the wall time of all of them. */
function runParts(corpus: string, parts: string[]): Promise<number> {
  const start = performance.now();
  return Promise.all(parts.map((part) => new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [__filename, '--corpus', corpus, '--part', part], { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`part ${part} exited with ${code}`))));
  }))).then(() => performance.now() - start);
}

async function main(): Promise<void> {
  const corpus = resolve(values.corpus!);
  if (values.part) {
    const [k, n] = values.part.split('/').map(Number);
    console.error(`  part ${values.part}: ${lintPart(corpus, k, n).toFixed(0)} ms`);
    return;
  }
  const one = await runParts(corpus, ['0/1']);
  const two = await runParts(corpus, ['0/2', '1/2']);
  console.log(`one process: ${one.toFixed(0)} ms; two independent processes, half each: ${two.toFixed(0)} ms; ratio ${(two / one).toFixed(2)}`);
}

void main();
