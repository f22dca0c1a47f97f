import * as assert from 'node:assert/strict';
import type { Config } from '../../../src/core/config';
import { LIVE_DOCUMENTS, LiveDocuments } from '../../../src/workers/live-documents';
import type { LiveResult, LiveSync } from '../../../src/workers/protocol';
import { PARAGRAPH, TEXT, answer, apply, config, full, referenceDate, typing } from './live-fixtures';

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

