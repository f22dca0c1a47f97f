// The browser's side of the worker pool, in Node: Web Workers are a stand-in class on globalThis that
// runs the real serving side (serveChecks over webHostChannel) in this thread, with structured clones
// delivered as separate tasks, as a browser delivers messages. The real browser run is `npm run test:web`.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../../../src/core/config';
import { checkText, type TextJob } from '../../../src/workers/text-check';
import { TextEngines } from '../../../src/workers/text-engine';
import { serveChecks } from '../../../src/workers/serve';
import { webBundle, webHostChannel } from '../../../src/workers/web-worker';
import { projectRoot } from '../paths';

const SCRIPT = 'https://extension.example/dist/web/worker.js';
const job = (file: string, text: string): TextJob => ({ file, text, config: defaultConfig(), referenceDate: '2026-11-28' });

/** What the stand-in Web Workers saw: the URLs they were started from, how many were terminated. */
const seen = { urls: [] as string[], terminated: 0 };

/** A Web Worker as a browser gives it: postMessage / onmessage / onerror / terminate, messages cloned and delivered later. */
class StandInWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  private readonly scope = {
    onmessage: null as ((event: { data: unknown }) => void) | null,
    postMessage: (message: unknown) => setImmediate(() => this.onmessage?.({ data: structuredClone(message) })),
  };

  constructor(url: string) {
    seen.urls.push(url);
    serveChecks(webHostChannel(this.scope));
  }

  postMessage(message: unknown): void {
    setImmediate(() => this.scope.onmessage?.({ data: structuredClone(message) }));
  }

  terminate(): void {
    seen.terminated++;
  }
}

describe('workers: Web Workers (the browser extension host)', () => {
  const global = globalThis as { Worker?: unknown };
  const made: TextEngines[] = [];
  const engines = (read: (uri: string) => Promise<string>) => {
    const warnings: string[] = [];
    const value = new TextEngines({ bundle: webBundle(SCRIPT, read), warn: (reason) => warnings.push(reason) });
    made.push(value);
    return { engines: value, warnings };
  };
  beforeEach(() => {
    seen.urls = [];
    seen.terminated = 0;
  });
  afterEach(() => {
    made.splice(0).forEach((e) => e.dispose());
    delete global.Worker;
  });

  it('reads the bundle once, starts the workers from a blob: URL, and gives what this thread gives', async () => {
    global.Worker = StandInWorker;
    const reads: string[] = [];
    const { engines: host, warnings } = engines(async (uri) => { reads.push(uri); return '/* the bundle */'; });
    const text = readFileSync(join(projectRoot, 'examples', 'ai-draft.md'), 'utf8');
    for (let run = 0; run < 2; run++) {
      const engine = await host.start(2);
      assert.equal(engine.workers, 2);
      const results = await Promise.all([engine.check(job('a.md', text)), engine.check(job('b.md', 'Experts say it works.\n'))]);
      assert.deepEqual(results, [checkText(job('a.md', text)), checkText(job('b.md', 'Experts say it works.\n'))]);
      await engine.terminate();
    }
    assert.deepEqual(reads, [SCRIPT], 'read once for every pool');
    assert.equal(seen.urls.length, 4);
    assert.ok(seen.urls.every((url) => url === seen.urls[0] && url.startsWith('blob:')), JSON.stringify(seen.urls));
    assert.equal(seen.terminated, 4);
    assert.deepEqual(warnings, []);
  });

  it('checks in this thread, warning once, when the bundle cannot be read (and reads it again next time)', async () => {
    global.Worker = StandInWorker;
    let reads = 0;
    const { engines: host, warnings } = engines(async () => { reads++; throw new Error('HTTP 404'); });
    for (let run = 0; run < 2; run++) {
      const engine = await host.start(2);
      assert.equal(engine.workers, 0);
      assert.deepEqual(await engine.check(job('a.md', 'Experts say it works.\n')), checkText(job('a.md', 'Experts say it works.\n')));
    }
    assert.equal(reads, 2);
    assert.deepEqual(warnings, [`cannot read the worker bundle ${SCRIPT}: HTTP 404`]);
    assert.deepEqual(seen.urls, []);
  });

  it('checks in this thread, warning once, where there are no Web Workers', async () => {
    const { engines: host, warnings } = engines(async () => '/* the bundle */');
    const engine = await host.start(2);
    assert.equal(engine.workers, 0);
    assert.deepEqual(warnings, ['this host has no Web Workers']);
  });
});
