import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseBibliography } from '../../../src/core/bibliography';
import { defaultConfig } from '../../../src/core/config';
import { checkText, type TextCheck, type TextJob } from '../../../src/workers/text-check';
import { threadBundle } from '../../../src/workers/thread-worker';
import { REPORT_WORKER_IDLE_MS, TextEngines, WORKER_MIN_LENGTH } from '../../../src/workers/text-engine';
import { FileCheckError, PoolStoppedError } from '../../../src/workers/pool';
import { projectRoot } from '../paths';
import { FakeClock } from './fake-clock';

const WORKER = resolve(projectRoot, 'dist/worker.js'); // built by `npm test` before mocha runs
const config = defaultConfig();
const referenceDate = '2026-11-28';
const job = (file: string, text: string): TextJob => ({ file, text, config, referenceDate });

/** Markdown drafts of the repository (one fixture folder per rule, and the example), as jobs. */
function drafts(): TextJob[] {
  const dir = join(projectRoot, 'test', 'fixtures');
  const files = readdirSync(dir).flatMap((rule) => readdirSync(join(dir, rule)).filter((f) => f.endsWith('.md')).map((f) => join(dir, rule, f)));
  files.push(join(projectRoot, 'examples', 'ai-draft.md'));
  return files.map((file) => job(file.slice(projectRoot.length + 1), readFileSync(file, 'utf8')));
}

/** Every TextEngines a test made, disposed after it (a kept report worker would keep mocha running). */
const made: TextEngines[] = [];
afterEach(() => made.splice(0).forEach((e) => e.dispose()));

/** TextEngines whose warnings are recorded, its report worker's idle stop on `clock`; `paused` counts the checks it ran in this thread. */
function engines(workerFile: string) {
  const warnings: string[] = [];
  const counts = { paused: 0 };
  const clock = new FakeClock();
  const value = new TextEngines({ bundle: threadBundle(workerFile), warn: (reason) => warnings.push(reason), pause: async () => { counts.paused++; }, timers: clock });
  made.push(value);
  return { engines: value, warnings, counts, clock };
}

/** A stand-in worker that speaks the text protocol and answers every job with length -1 (so a result shows it came from a worker). */
const MARKER_WORKER = `const { workerData } = require('node:worker_threads');
const port = workerData.textPort;
port.on('message', ({ id }) => port.postMessage({ type: 'done', id, result: { findings: [], report: null, lineStarts: [0], length: -1 } }));
port.postMessage({ type: 'ready' });
`;

describe('workers: text engines (the host fallback)', () => {
  let tmp: string;
  before(() => { tmp = mkdtempSync(join(tmpdir(), 'cn-text-engine-')); });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('checks in this thread when the worker bundle is missing, with the results a worker gives, and warns once', async () => {
    const missing = join(tmp, 'no-such-worker.js');
    assert.equal(existsSync(missing), false);
    const jobs = drafts();
    const host = engines(missing);
    const fromHost: TextCheck[] = [];
    for (let run = 0; run < 3; run++) { // three runs, as three workspace checks would start
      const engine = await host.engines.start(2);
      assert.equal(engine.workers, 0);
      const results = await Promise.all(jobs.map((j) => engine.check(j)));
      if (run === 0) fromHost.push(...results);
      await engine.terminate();
    }
    assert.deepEqual(host.warnings, [`the worker bundle ${missing} is missing`], 'one warning for three runs');
    assert.equal(host.counts.paused, 3 * jobs.length, 'each text in this thread after a pause');

    const workers = engines(WORKER);
    const engine = await workers.engines.start(2);
    try {
      assert.equal(engine.workers, 2);
      const fromWorkers = await Promise.all(jobs.map((j) => engine.check(j)));
      assert.deepEqual(fromHost, fromWorkers);
      assert.ok(fromWorkers.filter((r) => r.findings.length > 0).length > 10, 'the drafts have findings');
    } finally {
      await engine.terminate();
    }
    assert.deepEqual(workers.warnings, []);
    assert.equal(workers.counts.paused, 0, 'nothing was checked in this thread');
  });

  it('falls back once when the bundle throws while loading', async () => {
    const broken = join(tmp, 'broken.js');
    writeFileSync(broken, 'throw new Error("broken bundle");\n');
    const { engines: value, warnings } = engines(broken);
    const text = readFileSync(join(projectRoot, 'examples', 'ai-draft.md'), 'utf8');
    for (let run = 0; run < 2; run++) {
      const engine = await value.start(1);
      assert.equal(engine.workers, 0);
      assert.deepEqual(await engine.check(job('draft.md', text)), checkText(job('draft.md', text)));
    }
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /broken bundle/);
  });

  it('goes on in this thread, warning once, when the workers stop and none can replace them', async () => {
    // Exits on its first job; a replacement finds the flag file and throws while loading.
    const flag = join(tmp, 'exited');
    const file = join(tmp, 'exits-once.js');
    writeFileSync(file, `const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
if (fs.existsSync(${JSON.stringify(flag)})) throw new Error('cannot load again');
const port = workerData.textPort;
port.on('message', () => { fs.writeFileSync(${JSON.stringify(flag)}, ''); process.exit(3); });
port.postMessage({ type: 'ready' });
`);
    const { engines: value, warnings, counts } = engines(file);
    const engine = await value.start(1);
    assert.equal(engine.workers, 1);
    const jobs = [job('first.md', 'Experts say it works.\n'), job('second.md', 'Sales rose by 40% in 2024.\n'), job('third.md', 'Sales likely rose.\n')];
    const [first, second, third] = await Promise.all(jobs.map((j) => engine.check(j).catch((error: Error) => error)));
    assert.ok(first instanceof FileCheckError, 'the job of the worker that stopped fails, naming its file');
    assert.equal(first.file, 'first.md');
    assert.deepEqual(second, checkText(jobs[1]));
    assert.deepEqual(third, checkText(jobs[2]));
    assert.equal(engine.workers, 0);
    assert.deepEqual(await engine.check(jobs[0]), checkText(jobs[0]));
    assert.equal(warnings.length, 1, `one warning: ${JSON.stringify(warnings)}`);
    assert.match(warnings[0], /no worker is running/);
    assert.equal(counts.paused, 3);
    await engine.terminate();
  });

  it('terminate() stops an engine at once, in a worker or in this thread: running and later checks reject', async () => {
    const { engines: value } = engines(WORKER);
    const long = readFileSync(join(projectRoot, 'examples', 'ai-draft.md'), 'utf8').repeat(40);
    const inWorker = await value.start(1);
    const running = assert.rejects(inWorker.check(job('long.md', long)), PoolStoppedError);
    await inWorker.terminate();
    await running;
    await assert.rejects(inWorker.check(job('after.md', 'text')), PoolStoppedError);
    const inHost = await value.start(0);
    await inHost.terminate();
    await assert.rejects(inHost.check(job('after.md', 'text')), PoolStoppedError);
  });

  it('dispose() stops the running pools; later engines check in this thread without a warning', async () => {
    const { engines: value, warnings } = engines(WORKER);
    const engine = await value.start(1);
    const running = assert.rejects(engine.check(job('long.md', readFileSync(join(projectRoot, 'examples', 'ai-draft.md'), 'utf8').repeat(40))), PoolStoppedError);
    value.dispose();
    await running;
    const later = await value.start(2);
    assert.equal(later.workers, 0);
    assert.deepEqual(await later.check(job('a.md', 'Experts say it works.\n')), checkText(job('a.md', 'Experts say it works.\n')));
    assert.deepEqual(warnings, []);
  });
});

describe('workers: checkOne (the report of "Check attributions")', () => {
  let tmp: string;
  before(() => { tmp = mkdtempSync(join(tmpdir(), 'cn-check-one-')); });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it(`checks a text of ${WORKER_MIN_LENGTH} characters or more in a worker, a shorter one in this thread`, async () => {
    const file = join(tmp, 'marker.js');
    writeFileSync(file, MARKER_WORKER);
    const { engines: value, warnings, counts } = engines(file);
    const short = job('short.md', 'Experts say it works.\n'.padEnd(WORKER_MIN_LENGTH - 1, '\n'));
    const long = job('long.md', 'Experts say it works.\n'.padEnd(WORKER_MIN_LENGTH, '\n'));
    assert.deepEqual(await value.checkOne(short), checkText(short));
    assert.equal((await value.checkOne(long)).length, -1, 'the stand-in worker answered');
    assert.equal(counts.paused, 1);
    assert.deepEqual(warnings, []);
  });

  it('gives the same findings and report in a worker as in this thread (missing bundle), with a bibliography', async () => {
    const draft = readFileSync(join(projectRoot, 'examples', 'ai-draft.md'), 'utf8');
    const cited = 'The widget market grew by 40% in 2024 [@smith2021].\n\nUnit sales doubled [see @doe2019, p. 4; @smtih2021].\n\n';
    const text = `---\ntitle: Long draft\n---\n\n${(cited + draft).repeat(Math.ceil(WORKER_MIN_LENGTH / (cited + draft).length) + 1)}`;
    assert.ok(text.length >= WORKER_MIN_LENGTH);
    const bibliography = parseBibliography([{ file: 'refs.bib', text: '@book{smith2021, title={Widgets}, year={2021}}\n@book{doe2019, title={Sales}, year={2019}}\n' }]);
    const inWorker = engines(WORKER);
    const inHost = engines(join(tmp, 'missing.js'));
    const a = await inWorker.engines.checkOne(job('docs/long.md', text), bibliography);
    const b = await inHost.engines.checkOne(job('docs/long.md', text), bibliography);
    assert.deepEqual(a, b);
    assert.equal(inWorker.counts.paused, 0, 'the worker checked it');
    assert.equal(inHost.counts.paused, 1, 'the host checked it');
    assert.equal(inHost.warnings.length, 1);
    assert.ok(a.findings.some((f) => f.ruleId === 'citation-integrity'), 'the bibliography was used');
    assert.ok(a.report.claims.length > 10, `${a.report.claims.length} claims in the report`);
  });

  it('leaves the findings and directive problems out of a report-only result, in a worker and in this thread, with the same report', async () => {
    const draft = readFileSync(join(projectRoot, 'examples', 'ai-draft.md'), 'utf8').repeat(Math.ceil(WORKER_MIN_LENGTH / 1000));
    const text = `${draft}\n\n<!-- citation-needed-disable hedgee -->\n`;
    const full = checkText(job('draft.md', text));
    assert.ok(full.findings.length > 0);
    assert.deepEqual(full.directiveProblems.map((p) => [p.name, p.suggestions]), [['hedgee', ['hedge']]]);
    const expected = { ...full, findings: [], directiveProblems: [] };
    assert.deepEqual(checkText({ ...job('draft.md', text), reportOnly: true }), expected);
    const inWorker = engines(WORKER);
    assert.deepEqual(await inWorker.engines.checkOne({ ...job('draft.md', text), reportOnly: true }), expected);
    assert.equal(inWorker.counts.paused, 0, 'the worker checked it');
  });
});

/**
 * A stand-in worker that records each thread it starts in (a file `started-<threadId>` in `dir`) and
 * answers a job with its thread id (lineStarts[0]) and how many jobs that thread has done (length);
 * it exits on a job for `crash.md`.
 */
const threadWorker = (dir: string) => `const { workerData, threadId } = require('node:worker_threads');
require('node:fs').writeFileSync(require('node:path').join(${JSON.stringify(dir)}, 'started-' + threadId), '');
const port = workerData.textPort;
let jobs = 0;
port.on('message', ({ id, job }) => {
  if (job.file === 'crash.md') process.exit(7);
  port.postMessage({ type: 'done', id, result: { findings: [], report: null, lineStarts: [threadId], length: ++jobs } });
});
port.postMessage({ type: 'ready' });
`;

describe('workers: the kept report worker of checkOne', () => {
  let tmp: string;
  let dir: string;
  let file: string;
  const long = (name = 'long.md') => job(name, 'Experts say it works.\n'.padEnd(WORKER_MIN_LENGTH, '\n'));
  /** [thread id, jobs that thread has done] of a stand-in worker's answer. */
  const answer = (check: TextCheck) => [check.lineStarts[0], check.length];
  /** Threads the stand-in worker has started in. */
  const threads = () => readdirSync(dir).filter((f) => f.startsWith('started-')).map((f) => Number(f.slice('started-'.length))).sort((a, b) => a - b);
  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'cn-report-worker-'));
    dir = join(tmp, 'threads');
    mkdirSync(dir);
    file = join(tmp, 'thread-worker.js');
    writeFileSync(file, threadWorker(dir));
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it('reuses one worker for repeated reports, and stops it REPORT_WORKER_IDLE_MS after the last; the next report starts another', async () => {
    const { engines: value, clock, warnings, counts } = engines(file);
    assert.equal(value.reportWorkerRunning, false);
    const first = answer(await value.checkOne(long()));
    assert.equal(first[1], 1);
    clock.advance(REPORT_WORKER_IDLE_MS - 1);
    assert.deepEqual(answer(await value.checkOne(long())), [first[0], 2], 'the same thread, its second job');
    assert.deepEqual(answer(await value.checkOne(long())), [first[0], 3]);
    clock.advance(REPORT_WORKER_IDLE_MS - 1);
    assert.equal(value.reportWorkerRunning, true, 'the countdown restarts after each report');
    clock.advance(1);
    assert.equal(value.reportWorkerRunning, false, 'stopped after the idle period');
    const next = answer(await value.checkOne(long()));
    assert.notEqual(next[0], first[0]);
    assert.equal(next[1], 1, 'a new worker');
    assert.equal(threads().length, 2);
    assert.equal(counts.paused, 0, 'nothing was checked in this thread');
    assert.deepEqual(warnings, []);
  });

  it('overlapping reports share the worker, and the countdown waits for the last', async () => {
    const { engines: value, clock } = engines(file);
    const results = await Promise.all([value.checkOne(long('a.md')), value.checkOne(long('b.md'))]);
    assert.deepEqual(results.map(answer).map(([, jobs]) => jobs).sort(), [1, 2]);
    assert.equal(new Set(results.map((r) => r.lineStarts[0])).size, 1);
    assert.equal(clock.pending, 1, 'one countdown');
    assert.equal(threads().length, 1);
  });

  it('prewarm() starts the worker the first report then uses; it stops when idle like any other', async () => {
    const { engines: value, clock } = engines(file);
    await value.prewarm();
    assert.equal(threads().length, 1);
    assert.deepEqual(answer(await value.checkOne(long())), [threads()[0], 1]);
    await value.prewarm();
    assert.equal(threads().length, 1, 'a kept worker is not started again');
    clock.advance(REPORT_WORKER_IDLE_MS);
    assert.equal(value.reportWorkerRunning, false);
    await value.prewarm();
    clock.advance(REPORT_WORKER_IDLE_MS);
    assert.equal(value.reportWorkerRunning, false, 'a pre-warmed worker without a report stops too');
    assert.equal(threads().length, 2);
  });

  it('stopReportWorker() (citationNeeded.workers changed) lets a running report finish; the next report starts another worker', async () => {
    const { engines: value } = engines(file);
    const first = answer(await value.checkOne(long()));
    const running = value.checkOne(long());
    const stopped = value.stopReportWorker();
    assert.equal(value.reportWorkerRunning, false);
    assert.deepEqual(answer(await running), [first[0], 2], 'the running report finishes in the old worker');
    await stopped;
    const next = answer(await value.checkOne(long()));
    assert.notEqual(next[0], first[0]);
    assert.equal(next[1], 1);
  });

  it('a report whose worker crashes fails naming its file; the worker is replaced and the next report runs in it', async () => {
    const { engines: value, warnings, counts } = engines(file);
    const first = answer(await value.checkOne(long()));
    const error = await value.checkOne(long('crash.md')).catch((e: Error) => e);
    assert.ok(error instanceof FileCheckError, String(error));
    assert.equal(error.file, 'crash.md');
    assert.match(error.message, /^crash\.md: the worker stopped \(exit code 7\)$/);
    const next = answer(await value.checkOne(long()));
    assert.notEqual(next[0], first[0], 'a replacement thread');
    assert.equal(next[1], 1);
    assert.equal(value.reportWorkerRunning, true);
    assert.deepEqual(warnings, []);
    assert.equal(counts.paused, 0);
  });

  it('when the crashed worker cannot be replaced, the next reports are checked in this thread, warning once', async () => {
    // Exits on its first job; a replacement finds the flag file and throws while loading.
    const flag = join(tmp, 'exited');
    const once = join(tmp, 'exits-once.js');
    writeFileSync(once, `const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
if (fs.existsSync(${JSON.stringify(flag)})) throw new Error('cannot load again');
const port = workerData.textPort;
port.on('message', () => { fs.writeFileSync(${JSON.stringify(flag)}, ''); process.exit(3); });
port.postMessage({ type: 'ready' });
`);
    const { engines: value, warnings, counts } = engines(once);
    const error = await value.checkOne(long('first.md')).catch((e: Error) => e);
    assert.ok(error instanceof FileCheckError && error.file === 'first.md', String(error));
    for (const name of ['second.md', 'third.md']) {
      assert.deepEqual(await value.checkOne(long(name)), checkText(long(name)));
    }
    assert.equal(counts.paused, 2);
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    assert.equal(value.reportWorkerRunning, false, 'the broken worker is not kept');
  });

  it('dispose() stops the kept worker (a running report rejects); later reports are checked in this thread', async () => {
    const { engines: value, clock, warnings } = engines(WORKER);
    const draft = readFileSync(join(projectRoot, 'examples', 'ai-draft.md'), 'utf8');
    await value.prewarm();
    const running = assert.rejects(value.checkOne(job('long.md', draft.repeat(40))), PoolStoppedError);
    value.dispose();
    await running;
    assert.equal(value.reportWorkerRunning, false);
    assert.equal(clock.pending, 0, 'no countdown left');
    const text = draft.repeat(Math.ceil(WORKER_MIN_LENGTH / draft.length));
    assert.deepEqual(await value.checkOne(job('after.md', text)), checkText(job('after.md', text)));
    await value.prewarm();
    assert.equal(value.reportWorkerRunning, false, 'no worker after dispose');
    assert.deepEqual(warnings, []);
  });

  it('without the worker bundle, prewarm() and reports fall back to this thread, warning once, and keep nothing', async () => {
    const missing = join(tmp, 'missing.js');
    const { engines: value, warnings, counts, clock } = engines(missing);
    await value.prewarm();
    const text = long().text;
    assert.deepEqual(await value.checkOne(long()), checkText(job('long.md', text)));
    assert.deepEqual(await value.checkOne(long()), checkText(job('long.md', text)));
    assert.deepEqual(warnings, [`the worker bundle ${missing} is missing`]);
    assert.equal(counts.paused, 2);
    assert.equal(value.reportWorkerRunning, false);
    assert.equal(clock.pending, 0);
  });
});
