import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { defaultConfig, type Config } from '../../../src/core/config';
import { checkDocument } from '../../../src/engine';
import { LIVE_DOCUMENTS, LIVE_PAGE, LiveDocuments } from '../../../src/workers/live-documents';
import { LiveDocumentsClient, LiveWorker, type LiveDocument, type LiveTransport } from '../../../src/workers/live-client';
import { PoolStoppedError, WorkerStartError } from '../../../src/workers/pool';
import { threadBundle } from '../../../src/workers/thread-worker';
import type { LiveChange, LiveMessage, LiveResult, LiveSync } from '../../../src/workers/protocol';
import { projectRoot } from '../paths';

const WORKER = resolve(projectRoot, 'dist/worker.js'); // built by `npm test` before mocha runs
const config = defaultConfig();
const referenceDate = '2026-11-28';
const PARAGRAPH = 'The workshop has benches in rows and tools on the wall.';
const TEXT = `# Draft\n\n${Array.from({ length: 40 }, (_, i) => (i % 7 === 3 ? `Sales grew by ${i}% in 2024, experts say.` : PARAGRAPH)).join('\n\n')}\n`;

/** What a full check of `text` gives. */
function full(text: string, options: { config?: Config } = {}) {
  const { findings, directiveProblems } = checkDocument(text, { config: options.config ?? config, referenceDate });
  return { findings, directiveProblems, length: text.length };
}

/** What the worker answers for `text` (all of its findings fit in the first page). */
function answer(text: string, options: { config?: Config } = {}) {
  const result = full(text, options);
  assert.ok(result.findings.length <= LIVE_PAGE);
  return { ...result, total: result.findings.length };
}

/** Applies changes to a string, in order. */
function apply(text: string, changes: readonly LiveChange[]): string {
  return changes.reduce((t, c) => t.slice(0, c.offset) + c.insertText + t.slice(c.offset + c.deleteCount), text);
}

/** A document of the host: its text and version, edited as the editor does. */
class HostDocument implements LiveDocument {
  reads = 0;
  constructor(readonly key: string, public text: string, public version = 1) {}
  getText(): string {
    this.reads++;
    return this.text;
  }
  edit(changes: LiveChange[]): LiveChange[] {
    this.text = apply(this.text, changes);
    this.version++;
    return changes;
  }
}

/** Typing `word` character by character at `offset`: one change per keystroke. */
function typing(offset: number, word: string): LiveChange[][] {
  return [...word].map((ch, i) => [{ offset: offset + i, deleteCount: 0, insertText: ch }]);
}

/** A transport to LiveDocuments in this thread, through structuredClone as a worker's port would; `lose()` plays a worker restart. */
class InThread implements LiveTransport {
  worker = new LiveDocuments();
  sent: LiveMessage[] = [];
  running = true;
  fail?: Error;
  busy = new Set<string>();
  stops = 0;
  busyWith(key: string): boolean {
    return this.busy.has(key);
  }
  async stop(): Promise<void> {
    this.stops++;
    this.lose();
  }
  async send(message: LiveMessage): Promise<unknown> {
    if (this.fail) throw this.fail;
    this.sent.push(structuredClone(message));
    return structuredClone(this.worker.handle(structuredClone(message)));
  }
  lose(): void {
    this.worker = new LiveDocuments();
  }
}

describe('live documents: the worker\'s copies', () => {
  const sync = (key: string, version: number, body: Partial<LiveSync>): LiveSync => ({ key, version, config, configKey: 1, referenceDate, ...body });

  it('a whole text, then edits since the held version: each result equals a full check of the text', () => {
    const docs = new LiveDocuments();
    let text = TEXT;
    const first = docs.handle(sync('a', 1, { text })) as LiveResult;
    assert.deepEqual(first, { version: 1, ...answer(text) });
    const middle = text.indexOf(PARAGRAPH, text.length / 2) + PARAGRAPH.length;
    let version = 1;
    for (const changes of [...typing(middle, ' Revenue rose 40% in 2023.'), [{ offset: 2, deleteCount: 5, insertText: 'Notes' }], [{ offset: 0, deleteCount: 0, insertText: 'Intro.\n\n' }, { offset: 10, deleteCount: 3, insertText: '' }]]) {
      text = apply(text, changes);
      const result = docs.handle(sync('a', version + 1, { base: version, changes })) as LiveResult;
      version++;
      assert.deepEqual(result, { version, ...answer(text) });
    }
    assert.ok(full(text).findings.some((f) => text.slice(f.offset, f.endOffset).includes('Revenue rose 40%')), 'the typed claim is found');
  });

  it('answers missing when it holds no copy, or one at another version, or the changes do not fit', () => {
    const docs = new LiveDocuments();
    assert.deepEqual(docs.handle(sync('a', 2, { base: 1, changes: [] })), { missing: true });
    docs.handle(sync('a', 1, { text: 'Short.' }));
    assert.deepEqual(docs.handle(sync('a', 3, { base: 2, changes: [] })), { missing: true });
    assert.deepEqual(docs.handle(sync('a', 2, { base: 1, changes: [{ offset: 50, deleteCount: 1, insertText: '' }] })), { missing: true });
    assert.deepEqual(docs.held, [], 'a copy the changes did not fit is dropped');
  });

  it(`keeps ${LIVE_DOCUMENTS} documents, dropping the least recently checked; a close drops one`, () => {
    const docs = new LiveDocuments();
    for (let i = 0; i <= LIVE_DOCUMENTS; i++) docs.handle(sync(`d${i}`, 1, { text: `Doc ${i}.` }));
    assert.deepEqual(docs.held, Array.from({ length: LIVE_DOCUMENTS }, (_, i) => `d${i + 1}`));
    docs.handle(sync('d1', 1, { base: 1, changes: [] }));
    assert.equal(docs.held.at(-1), 'd1');
    assert.deepEqual(docs.handle({ key: 'd1', close: true }), { closed: true });
    assert.ok(!docs.held.includes('d1'));
  });

  it('a new config re-creates the copy\'s engine from the text it holds', () => {
    const docs = new LiveDocuments();
    const quiet: Config = { ...config, rules: { 'unsourced-claim': { severity: 'off' }, hedge: { severity: 'off' }, 'vague-attribution': { severity: 'off' } } };
    docs.handle(sync('a', 1, { text: TEXT }));
    const changes = [{ offset: 0, deleteCount: 0, insertText: 'Experts say it grew 10% in 2020.\n\n' }];
    const result = docs.handle({ key: 'a', version: 2, base: 1, changes, config: quiet, configKey: 2, referenceDate }) as LiveResult;
    assert.deepEqual(result, { version: 2, ...answer(apply(TEXT, changes), { config: quiet }) });
    assert.notDeepEqual(full(apply(TEXT, changes), { config: quiet }).findings, full(apply(TEXT, changes)).findings);
  });
});

describe('live documents: the host\'s client', () => {
  it(`fetches findings beyond the first ${LIVE_PAGE} page by page; stops when the check is no longer current`, async () => {
    const transport = new InThread();
    const client = new LiveDocumentsClient(transport);
    const doc = new HostDocument('file:///claims.md', 'Experts say this is likely the best. '.repeat(400));
    const expected = full(doc.text);
    assert.ok(expected.findings.length > 2 * LIVE_PAGE, `${expected.findings.length} findings`);
    assert.deepEqual(await client.check(doc, { config, referenceDate }), { version: 1, ...expected });
    assert.equal(client.pages, Math.ceil(expected.findings.length / LIVE_PAGE) - 1);
    let pages = 0;
    const current = () => pages++ < 1;
    client.edited(doc.key, doc.edit([{ offset: 0, deleteCount: 0, insertText: 'Clearly, ' }]), doc.version);
    assert.equal(await client.check(doc, { config, referenceDate }, current), undefined);
    // A page of a version the worker no longer holds: missing.
    assert.deepEqual(transport.worker.handle({ key: doc.key, version: 1, from: LIVE_PAGE, count: LIVE_PAGE }), { missing: true });
  });

  it('sends the whole text once, then only the edits; every result equals a full check', async () => {
    const transport = new InThread();
    const client = new LiveDocumentsClient(transport);
    const doc = new HostDocument('file:///a.md', TEXT);
    assert.deepEqual(await client.check(doc, { config, referenceDate }), { version: 1, ...full(doc.text) });
    const at = doc.text.indexOf(PARAGRAPH, doc.text.length / 2) + PARAGRAPH.length;
    for (const [i, changes] of typing(at, ' Profits rose 12% in 2022.').entries()) {
      client.edited(doc.key, doc.edit(changes), doc.version);
      if (i % 5 === 4) assert.deepEqual(await client.check(doc, { config, referenceDate }), { version: doc.version, ...full(doc.text) });
    }
    assert.deepEqual(await client.check(doc, { config, referenceDate }), { version: doc.version, ...full(doc.text) });
    assert.equal(doc.reads, 1, 'the text was read once');
    assert.equal(client.wholeTexts, 1);
    assert.ok(client.incremental >= 5);
    assert.ok(transport.sent.slice(1).every((m) => !('text' in m) || m.text === undefined), 'no later message carries the text');
  });

  it('a worker without the base version (restarted) answers missing: the whole text is sent again, and the result is right', async () => {
    const transport = new InThread();
    const client = new LiveDocumentsClient(transport);
    const doc = new HostDocument('file:///a.md', TEXT);
    await client.check(doc, { config, referenceDate });
    client.edited(doc.key, doc.edit([{ offset: 0, deleteCount: 0, insertText: 'Experts say sales doubled in 2021.\n\n' }]), doc.version);
    transport.lose();
    assert.deepEqual(await client.check(doc, { config, referenceDate }), { version: doc.version, ...full(doc.text) });
    assert.equal(client.wholeTexts, 2);
    assert.equal(transport.sent.length, 3, 'whole text, the edits (missing), the whole text again');
    assert.equal((transport.sent[2] as LiveSync).text, doc.text);
  });

  it('a missed edit (a gap in versions) sends the whole text; a close is sent only while a worker runs', async () => {
    const transport = new InThread();
    const client = new LiveDocumentsClient(transport);
    const doc = new HostDocument('file:///a.md', TEXT);
    await client.check(doc, { config, referenceDate });
    doc.edit([{ offset: 0, deleteCount: 1, insertText: '' }]);
    client.edited(doc.key, doc.edit([{ offset: 0, deleteCount: 0, insertText: '#' }]), doc.version);
    assert.deepEqual(await client.check(doc, { config, referenceDate }), { version: doc.version, ...full(doc.text) });
    assert.equal(client.wholeTexts, 2);
    client.closed(doc.key);
    assert.deepEqual(transport.sent.at(-1), { key: doc.key, close: true });
    assert.deepEqual(transport.worker.held, []);
    transport.running = false;
    await client.check(doc, { config, referenceDate });
    const sent = transport.sent.length;
    client.closed(doc.key);
    assert.equal(transport.sent.length, sent, 'nothing sent without a running worker');
    assert.equal(transport.stops, 0);
  });

  it('a document closed while the worker checks it stops the worker; every document then goes whole to the next', async () => {
    const transport = new InThread();
    const client = new LiveDocumentsClient(transport);
    const a = new HostDocument('file:///a.md', TEXT);
    const b = new HostDocument('file:///b.md', TEXT);
    await client.check(a, { config, referenceDate });
    await client.check(b, { config, referenceDate });
    transport.busy.add(b.key);
    client.closed(b.key);
    assert.equal(transport.stops, 1);
    assert.equal(client.abandoned, 1);
    assert.equal(client.has(a.key), false, 'the stopped worker held a\'s copy');
    transport.busy.clear();
    client.edited(a.key, a.edit([{ offset: 0, deleteCount: 0, insertText: 'x' }]), a.version);
    assert.deepEqual(await client.check(a, { config, referenceDate }), { version: 2, ...full(a.text) });
    assert.equal((transport.sent.at(-1) as LiveSync).text, a.text);
  });

  it('passes on WorkerStartError and forgets the copy, so the next check sends the whole text', async () => {
    const transport = new InThread();
    const client = new LiveDocumentsClient(transport);
    const doc = new HostDocument('file:///a.md', TEXT);
    await client.check(doc, { config, referenceDate });
    transport.fail = new WorkerStartError('no worker');
    await assert.rejects(client.check(doc, { config, referenceDate }), WorkerStartError);
    assert.equal(client.has(doc.key), false);
    transport.fail = undefined;
    await client.check(doc, { config, referenceDate });
    assert.equal((transport.sent.at(-1) as LiveSync).text, doc.text);
  });
});

describe('live documents: the live worker (a worker thread on dist/worker.js)', () => {
  it('checks edits in the worker as a full check would; stopped, it restarts on the next check and the text is sent again', async () => {
    const worker = new LiveWorker(threadBundle(WORKER));
    const client = new LiveDocumentsClient(worker);
    const doc = new HostDocument('file:///a.md', TEXT);
    try {
      assert.deepEqual(await client.check(doc, { config, referenceDate }), { version: 1, ...full(doc.text) });
      assert.equal(worker.running, true);
      client.edited(doc.key, doc.edit([{ offset: doc.text.length, deleteCount: 0, insertText: '\nIt is widely believed that costs fell.\n' }]), doc.version);
      assert.deepEqual(await client.check(doc, { config, referenceDate }), { version: 2, ...full(doc.text) });
      await worker.stop();
      assert.equal(worker.running, false);
      client.edited(doc.key, doc.edit([{ offset: 0, deleteCount: 0, insertText: 'Studies show 9 in 10 agree.\n\n' }]), doc.version);
      assert.deepEqual(await client.check(doc, { config, referenceDate }), { version: 3, ...full(doc.text) });
      assert.equal(client.wholeTexts, 2, 'the restarted worker had no copy: the text went again');
      assert.equal(worker.checks, 4);
    } finally {
      await worker.stop();
    }
  });

  it('a document closed while its check runs stops the worker: the check rejects with PoolStoppedError, the next one starts a worker', async () => {
    const worker = new LiveWorker(threadBundle(WORKER));
    const client = new LiveDocumentsClient(worker);
    const doc = new HostDocument('file:///a.md', TEXT);
    try {
      const pending = client.check(doc, { config, referenceDate });
      assert.equal(worker.busyWith(doc.key), true);
      client.closed(doc.key);
      await assert.rejects(pending, PoolStoppedError);
      assert.equal(worker.running, false);
      assert.equal(worker.busyWith(doc.key), false);
      assert.deepEqual(await client.check(doc, { config, referenceDate }), { version: 1, ...full(doc.text) });
    } finally {
      await worker.stop();
    }
  });

  it('rejects with WorkerStartError when the bundle is missing', async () => {
    const worker = new LiveWorker(threadBundle(resolve(projectRoot, 'no-such-folder', 'worker.js')));
    await assert.rejects(new LiveDocumentsClient(worker).check(new HostDocument('k', 'Text.'), { config }), WorkerStartError);
    assert.equal(worker.running, false);
  });
});
