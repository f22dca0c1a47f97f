import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { LIVE_PAGE } from '../../../src/workers/live-documents';
import { LiveDocumentsClient, LiveWorker } from '../../../src/workers/live-client';
import { PoolStoppedError, WorkerStartError } from '../../../src/workers/pool';
import { threadBundle } from '../../../src/workers/thread-worker';
import type { LiveSync } from '../../../src/workers/protocol';
import { projectRoot } from '../paths';
import { HostDocument, InThread, PARAGRAPH, TEXT, WORKER, config, full, referenceDate, typing } from './live-fixtures';

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
