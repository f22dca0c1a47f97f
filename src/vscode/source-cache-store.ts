// The persistent half of the source verification cache: one JSON file per URL in a folder (the
// extension's global storage). No `vscode` import: the folder is an interface the adapter implements.
import { createHash } from 'node:crypto';
import type { CacheStore, CachedOutcome } from '../verify/cache';

/** A folder of files by name: what the store needs of `vscode.workspace.fs` under `globalStorageUri`. */
export interface CacheFolder {
  /** The file's bytes, or undefined when there is no such file. */
  read(name: string): Promise<Uint8Array | undefined>;
  write(name: string, bytes: Uint8Array): Promise<void>;
  /** Every file with its modification time (ms since the epoch). */
  list(): Promise<Array<{ name: string; mtime: number }>>;
  remove(name: string): Promise<void>;
}

/** The file name that holds a URL's outcome: a hash, so any URL makes a safe, short name. */
export function cacheFileName(url: string): string {
  return `${createHash('sha256').update(url).digest('hex').slice(0, 40)}.json`;
}

interface StoredEntry extends CachedOutcome {
  url: string;
}

function isEntry(value: unknown, url: string): value is StoredEntry {
  const v = value as Partial<StoredEntry> | null;
  return typeof v === 'object' && v !== null && v.url === url && typeof v.fetchedAt === 'number'
    && typeof v.outcome === 'object' && v.outcome !== null && typeof (v.outcome as { status?: unknown }).status === 'string';
}

/**
 * A `CacheStore` over a folder: `set` writes `<hash>.json` holding the URL, the time it was fetched
 * and the outcome; `get` reads it back (a missing, unreadable or foreign file is a miss). The time
 * to live is applied by `SourceCache`; `prune` deletes files older than it.
 */
export class FolderCacheStore implements CacheStore {
  constructor(private readonly folder: CacheFolder, private readonly encoder = new TextEncoder(), private readonly decoder = new TextDecoder()) {}

  async get(url: string): Promise<CachedOutcome | undefined> {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await this.folder.read(cacheFileName(url));
    } catch {
      return undefined;
    }
    if (!bytes) return undefined;
    try {
      const value: unknown = JSON.parse(this.decoder.decode(bytes));
      return isEntry(value, url) ? { fetchedAt: value.fetchedAt, outcome: value.outcome } : undefined;
    } catch {
      return undefined; // a torn or foreign file: fetched again
    }
  }

  async set(url: string, value: CachedOutcome): Promise<void> {
    const entry: StoredEntry = { url, fetchedAt: value.fetchedAt, outcome: value.outcome };
    await this.folder.write(cacheFileName(url), this.encoder.encode(JSON.stringify(entry)));
  }

  /** Deletes cache files last written more than `ttlMs` before `now`; returns how many. */
  async prune(ttlMs: number, now = Date.now()): Promise<number> {
    let removed = 0;
    for (const { name, mtime } of await this.folder.list()) {
      if (!/^[0-9a-f]{40}\.json$/.test(name) || now - mtime <= ttlMs) continue;
      await this.folder.remove(name);
      removed++;
    }
    return removed;
  }
}
