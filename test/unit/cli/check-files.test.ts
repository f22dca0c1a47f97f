import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkFiles } from '../../../src/cli/check-files';
import { defaultConfig } from '../../../src/core/config';
import type { CheckOptions, FileResult } from '../../../src/cli/types';

const WORKER = resolve('dist/worker.js'); // built by `npm test` before mocha runs
const options = { config: defaultConfig(), referenceDate: '2026-11-28' };

async function collect(files: string[], workers: number, progress?: string[], keep?: CheckOptions['keep']): Promise<FileResult[]> {
  const out: FileResult[] = [];
  for await (const r of checkFiles(files, { ...options, keep }, { workers, workerFile: WORKER, onProgress: (_d, _t, f) => progress?.push(f) })) out.push(r);
  return out;
}

describe('checking files in the worker pool', () => {
  let dir: string;
  let files: string[];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cn-pool-'));
    files = Array.from({ length: 9 }, (_, i) => {
      const file = join(dir, `f${i}.md`);
      writeFileSync(file, `# File ${i}\n\nRevenue grew by ${i + 10}% last year.\n\nExperts say it will currently grow.\n`.repeat(1 + (i % 3) * 20));
      return file;
    });
    files.push(join(dir, 'missing.md'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('yields the same located results in input order with 3 workers as in-process, without text or inventory by default', async () => {
    const progress: string[] = [];
    const parallel = await collect(files, 3, progress);
    const serial = await collect(files, 1);
    assert.deepEqual(parallel.map((r) => r.file), files);
    assert.deepEqual(parallel, serial);
    assert.equal(progress.length, files.length);
    assert.ok(parallel[0].findings.length > 0 && 'line' in parallel[0].findings[0]);
    assert.ok(parallel.every((r) => !('text' in r) && !('inventory' in r)));
    assert.match(parallel[files.length - 1].error ?? '', /cannot read/);
    assert.equal(parallel[files.length - 1].unread, true);
    assert.ok(parallel.slice(0, -1).every((r) => !r.unread));
  });

  it('keeps the text and the claim inventory when asked, with the same findings', async () => {
    const kept = await collect(files, 2, undefined, { text: true, inventory: true });
    const plain = await collect(files, 2);
    assert.deepEqual(kept.map((r) => r.findings), plain.map((r) => r.findings));
    assert.equal(kept[0].text, readFileSync(files[0], 'utf8'));
    assert.ok((kept[0].inventory?.claims.length ?? 0) > 0);
  });

  it('gives a file whose worker stops an error naming it, and still checks the others in order', async () => {
    // A stand-in worker that speaks the protocol and exits on one file.
    const worker = join(dir, 'exits.js');
    writeFileSync(worker, `const { workerData } = require('node:worker_threads');
const port = workerData.textPort;
port.on('message', ({ id, file }) => {
  if (file.endsWith('exit.md')) process.exit(3);
  port.postMessage({ type: 'done', id, result: { file, findings: [] } });
});
port.postMessage({ type: 'ready' });
`);
    const names = ['a.md', 'exit.md', 'b.md', 'c.md', 'd.md'].map((name) => join(dir, name));
    const progress: string[] = [];
    const results: FileResult[] = [];
    for await (const r of checkFiles(names, options, { workers: 2, workerFile: worker, onProgress: (_d, _t, f) => progress.push(f) })) results.push(r);
    assert.deepEqual(results.map((r) => r.file), names);
    assert.equal(results[1].unread, true);
    assert.match(results[1].error ?? '', /exit\.md: the worker stopped \(exit code 3\)/);
    assert.ok(results.filter((_, i) => i !== 1).every((r) => !r.unread && r.error === undefined));
    assert.deepEqual([...progress].sort(), [...names].sort());
  });

  it('stops with the abort reason when the signal aborts', async () => {
    const controller = new AbortController();
    const seen: FileResult[] = [];
    await assert.rejects(async () => {
      for await (const r of checkFiles(files, options, { workers: 2, workerFile: WORKER, signal: controller.signal })) {
        seen.push(r);
        controller.abort(new Error('cancelled by test'));
      }
    }, /cancelled by test/);
    assert.equal(seen.length, 1);
  });
});
