import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseBibliography, type Bibliography } from '../../../src/core/bibliography';
import { defaultConfig, type Config } from '../../../src/core/config';
import { checkDocument } from '../../../src/engine';
import { buildFileReport } from '../../../src/core/report-model';
import { checkText, type TextJob } from '../../../src/workers/text-check';
import { BIBLIOGRAPHY_CACHE } from '../../../src/workers/protocol';
import { FileCheckError, PoolStoppedError, WorkerPool, WorkerStartError } from '../../../src/workers/pool';
import { spawnThread } from '../../../src/workers/thread-worker';
import { projectRoot } from '../paths';

const WORKER = resolve(projectRoot, 'dist/worker.js'); // built by `npm test` before mocha runs
const config = defaultConfig();
const referenceDate = '2026-11-28';
const job = (file: string, text: string, options: Partial<TextJob> = {}): TextJob => ({ file, text, config, referenceDate, ...options });

/** Markdown drafts of the repository (fixtures and the example), as jobs. */
function drafts(): TextJob[] {
  const dir = join(projectRoot, 'test', 'fixtures');
  const files = readdirSync(dir).flatMap((rule) => readdirSync(join(dir, rule)).filter((f) => f.endsWith('.md')).map((f) => join(dir, rule, f)));
  files.push(join(projectRoot, 'examples', 'ai-draft.md'));
  return files.map((file) => job(file.slice(projectRoot.length + 1), readFileSync(file, 'utf8')));
}

/** Settles every promise; failures become their error. */
const settle = <T>(promises: Array<Promise<T>>) => Promise.all(promises.map((p) => p.catch((error: Error) => error)));

describe('workers: checkText', () => {
  it('gives each text the result of its own config, date and bibliography, one text after another in one thread', () => {
    const text = 'Experts say sales will likely rise by 20% this year [@known; @unknown].\n';
    const quiet: Config = { ...defaultConfig(), rules: { hedge: { severity: 'off' } } };
    const bibliography = parseBibliography([{ file: 'refs.bib', text: '@book{known, title={K}}\n' }]);
    const cases: Array<[TextJob, Bibliography | undefined]> = [
      [job('a.md', text), undefined], [job('a.md', text, { config: quiet }), undefined], [job('a.md', text), bibliography],
      [job('a.md', text, { referenceDate: '2020-01-01' }), bibliography], [job('a.md', text), undefined], [job('a.md', text), undefined],
    ];
    const rules = cases.map(([j, b]) => {
      const { findings } = checkText(j, b);
      assert.deepEqual(findings, checkDocument(j.text, { config: j.config, referenceDate: j.referenceDate, bibliography: b }).findings);
      return findings.map((f) => f.ruleId).sort().join(' ');
    });
    assert.equal(new Set(rules.slice(0, 3)).size, 3, 'the three option sets give three different results');
  });
});

describe('workers: text pool (real worker threads on dist/worker.js)', () => {
  let tmp: string;
  before(() => { tmp = mkdtempSync(join(tmpdir(), 'cn-pool-')); });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('gives exactly what checkDocument + buildFileReport give in this thread, for every draft', async () => {
    const jobs = drafts();
    assert.ok(jobs.length > 20);
    const pool = await WorkerPool.start({ spawn: spawnThread(WORKER), size: 2 });
    try {
      assert.equal(pool.size, 2);
      const results = await Promise.all(jobs.map((j) => pool.check(j)));
      for (const [i, j] of jobs.entries()) {
        const { findings, inventory } = checkDocument(j.text, { config, referenceDate });
        assert.deepEqual(results[i].findings, findings, j.file);
        assert.deepEqual(results[i].report, buildFileReport(j.file, j.text, findings, inventory), j.file);
        assert.equal(results[i].length, j.text.length);
      }
      assert.ok(results.some((r) => r.findings.length > 0));
    } finally {
      await pool.terminate();
    }
  });

  it('gives the same results as this thread with more bibliographies than a worker caches', async () => {
    const count = BIBLIOGRAPHY_CACHE + 3;
    const bibliographies: Bibliography[] = Array.from({ length: count }, (_, i) => parseBibliography([{ file: `refs${i}.bib`, text: `@article{key${i}, title={T${i}}, year={2020}}\n` }]));
    // Every text cites key0..key{count-1}: each bibliography leaves a different set of keys missing.
    const text = Array.from({ length: count }, (_, i) => `Sales rose by ${i + 10}% in 2020 [@key${i}].`).join('\n\n') + '\n';
    const order = [...bibliographies.keys(), ...bibliographies.keys(), 0, count - 1, 0];
    const pool = await WorkerPool.start({ spawn: spawnThread(WORKER), size: 1 });
    try {
      for (const i of order) {
        const result = await pool.check(job(`doc${i}.md`, text), bibliographies[i]);
        const expected = checkText(job(`doc${i}.md`, text), bibliographies[i]);
        assert.deepEqual(result, expected, `bibliography ${i}`);
        assert.equal(result.findings.filter((f) => f.ruleId === 'citation-integrity').length, count - 1, `bibliography ${i}`);
      }
    } finally {
      await pool.terminate();
    }
  });

  it('sends a bibliography to a worker only when its first-in, first-out cache lacks it', async () => {
    // A stand-in worker that answers with length 1 when a request carried the bibliography itself.
    const file = join(tmp, 'echo-bibliography.js');
    writeFileSync(file, `const { workerData } = require('node:worker_threads');
const port = workerData.textPort;
port.on('message', ({ id, bibliography }) => {
  port.postMessage({ type: 'done', id, result: { findings: [], report: null, lineStarts: [0], length: bibliography && bibliography.value ? 1 : 0 } });
});
port.postMessage({ type: 'ready' });
`);
    const bibliographies = Array.from({ length: BIBLIOGRAPHY_CACHE + 1 }, (_, i) => parseBibliography([{ file: `r${i}.bib`, text: `@book{k${i}, title={B}}\n` }]));
    const pool = await WorkerPool.start({ spawn: spawnThread(file), size: 1 });
    try {
      const sent = async (indexes: number[]) => {
        const out: number[] = [];
        for (const i of indexes) out.push((await pool.check(job('d.md', 'x'), bibliographies[i])).length);
        return out;
      };
      assert.deepEqual(await sent([0, 0, 1, 0]), [1, 0, 1, 0]);
      const rest = [...bibliographies.keys()].slice(2);
      assert.deepEqual(await sent(rest), rest.map(() => 1));
      assert.deepEqual(await sent([0, 1]), [1, 1], 'the two oldest were dropped when the cache overflowed');
      assert.equal((await pool.check(job('d.md', 'x'))).length, 0);
    } finally {
      await pool.terminate();
    }
  });

  it('fails one job with an error naming its file, and still checks the others', async () => {
    const bad = { rules: { 'no-such-rule': 'off' } } as unknown as Config; // the engine refuses an unresolved, invalid config
    const pool = await WorkerPool.start({ spawn: spawnThread(WORKER), size: 2 });
    try {
      const jobs = [job('a.md', 'Experts say it works.\n'), job('docs/broken.md', 'Experts say it works.\n', { config: bad }), job('c.md', 'Sales likely rose.\n')];
      const [a, broken, c] = await settle(jobs.map((j) => pool.check(j)));
      assert.ok(broken instanceof FileCheckError);
      assert.equal(broken.file, 'docs/broken.md');
      assert.match(broken.message, /^docs\/broken\.md: .*no-such-rule/);
      assert.deepEqual(a, checkText(jobs[0]));
      assert.deepEqual(c, checkText(jobs[2]));
    } finally {
      await pool.terminate();
    }
  });

  it('fails the job of a worker that stops, replaces the worker, and goes on', async () => {
    // A stand-in worker that speaks the protocol and exits on one file.
    const file = join(tmp, 'exits.js');
    writeFileSync(file, `const { workerData } = require('node:worker_threads');
const port = workerData.textPort;
port.on('message', ({ id, job }) => {
  if (job.file === 'exit.md') process.exit(3);
  port.postMessage({ type: 'done', id, result: { findings: [], report: null, lineStarts: [0], length: job.text.length } });
});
port.postMessage({ type: 'ready' });
`);
    const pool = await WorkerPool.start({ spawn: spawnThread(file), size: 2 });
    try {
      const results = await settle(['a.md', 'exit.md', 'b.md', 'c.md', 'd.md'].map((name) => pool.check(job(name, name))));
      assert.ok(results[1] instanceof FileCheckError);
      assert.match(results[1].message, /^exit\.md: the worker stopped \(exit code 3\)/);
      assert.deepEqual(results.filter((_, i) => i !== 1).map((r) => (r as { length: number }).length), [4, 4, 4, 4]);
      assert.equal((await pool.check(job('later.md', 'x'))).length, 1);
      assert.equal(pool.size, 2);
    } finally {
      await pool.terminate();
    }
  });

  it('does not start from a missing bundle or one that throws while loading', async () => {
    await assert.rejects(WorkerPool.start({ spawn: spawnThread(join(tmp, 'missing.js')), size: 2 }), WorkerStartError);
    const broken = join(tmp, 'broken.js');
    writeFileSync(broken, 'throw new Error("broken bundle");\n');
    await assert.rejects(WorkerPool.start({ spawn: spawnThread(broken), size: 2 }), (error: Error) => error instanceof WorkerStartError && /broken bundle/.test(error.message));
  });

  it('terminate() stops at once: queued and running jobs reject, later checks are refused', async () => {
    const long = readFileSync(join(projectRoot, 'examples', 'ai-draft.md'), 'utf8').repeat(20);
    const pool = await WorkerPool.start({ spawn: spawnThread(WORKER), size: 2 });
    const pending = Array.from({ length: 12 }, (_, i) => pool.check(job(`long${i}.md`, long)));
    const first = await Promise.race(pending);
    assert.ok(first.findings.length > 0);
    await pool.terminate();
    const settled = await settle(pending);
    const stopped = settled.filter((r) => r instanceof PoolStoppedError).length;
    assert.ok(stopped >= 12 - 3, `${stopped} of 12 jobs stopped`); // at most the first result and one per worker finished
    assert.equal(pool.size, 0);
    await assert.rejects(pool.check(job('after.md', 'text')), PoolStoppedError);
  });
});
