import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceCache, type CachedOutcome } from '../../../src/verify/cache';
import { FolderCacheStore, cacheFileName, type CacheFolder } from '../../../src/vscode/source-cache-store';

/** A CacheFolder over a real temporary directory, as the extension's is over global storage. */
function diskFolder(dir: string): CacheFolder {
  return {
    read: async (name) => {
      try {
        return readFileSync(join(dir, name));
      } catch {
        return undefined;
      }
    },
    write: async (name, bytes) => writeFileSync(join(dir, name), bytes),
    list: async () => readdirSync(dir).map((name) => ({ name, mtime: statSync(join(dir, name)).mtimeMs })),
    remove: async (name) => unlinkSync(join(dir, name)),
  };
}

const ok = (url: string, text: string): CachedOutcome => ({
  fetchedAt: 1_000,
  outcome: { status: 'ok', url, finalUrl: url, httpStatus: 200, contentType: 'text/html', text },
});

describe('source cache in global storage', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'cn-cache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one JSON file per URL and reads the outcome back in a new store', async () => {
    const url = 'https://news.test/a?b=1#c';
    await new FolderCacheStore(diskFolder(dir)).set(url, ok(url, 'Costs fell 40% in 2024.'));
    assert.deepEqual(readdirSync(dir), [cacheFileName(url)]);
    assert.match(cacheFileName(url), /^[0-9a-f]{40}\.json$/);
    assert.deepEqual(await new FolderCacheStore(diskFolder(dir)).get(url), ok(url, 'Costs fell 40% in 2024.'));
    assert.equal(await new FolderCacheStore(diskFolder(dir)).get('https://news.test/other'), undefined);
  });

  it('treats torn files and files of another URL as misses', async () => {
    const url = 'https://news.test/a';
    writeFileSync(join(dir, cacheFileName(url)), '{"url": "https://news.test/a", "fetchedAt"');
    assert.equal(await new FolderCacheStore(diskFolder(dir)).get(url), undefined);
    writeFileSync(join(dir, cacheFileName(url)), JSON.stringify({ ...ok('https://else.test/', 'x'), url: 'https://else.test/' }));
    assert.equal(await new FolderCacheStore(diskFolder(dir)).get(url), undefined);
  });

  it('serves SourceCache across sessions within the time to live, and not after it', async () => {
    const url = 'https://news.test/a';
    let now = 50_000;
    const first = new SourceCache(10_000, new FolderCacheStore(diskFolder(dir)), () => now);
    await first.set(url, ok(url, 'page').outcome);
    now += 9_000;
    const second = new SourceCache(10_000, new FolderCacheStore(diskFolder(dir)), () => now);
    assert.equal((await second.get(url))?.status, 'ok');
    now += 2_000;
    const third = new SourceCache(10_000, new FolderCacheStore(diskFolder(dir)), () => now);
    assert.equal(await third.get(url), undefined);
  });

  it('prunes cache files older than the time to live and leaves other files alone', async () => {
    const store = new FolderCacheStore(diskFolder(dir));
    await store.set('https://old.test/', ok('https://old.test/', 'old'));
    await store.set('https://new.test/', ok('https://new.test/', 'new'));
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    const now = Date.now();
    const old = new Date(now - 3 * 3_600_000);
    utimesSync(join(dir, cacheFileName('https://old.test/')), old, old);
    utimesSync(join(dir, 'notes.txt'), old, old);
    assert.equal(await store.prune(3_600_000, now), 1);
    assert.deepEqual(readdirSync(dir).sort(), [cacheFileName('https://new.test/'), 'notes.txt'].sort());
  });
});
