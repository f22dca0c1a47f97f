import type { FetchOutcome } from './fetch-source';

/** A fetch outcome with the time it was fetched (ms since the epoch). */
export interface CachedOutcome {
  fetchedAt: number;
  outcome: FetchOutcome;
}

/**
 * Persistent storage for fetch outcomes, keyed by URL. The VS Code host implements it over the
 * extension's global storage; the CLI uses none. Values must survive a JSON round trip.
 */
export interface CacheStore {
  get(url: string): Promise<CachedOutcome | undefined>;
  set(url: string, value: CachedOutcome): Promise<void>;
}

/** Default time to live of a cached outcome: one day. */
export const DEFAULT_TTL_MS = 24 * 60 * 60 * 1000;

/** Fetch outcomes cached in memory with a time to live, backed by an optional persistent store. */
export class SourceCache {
  private readonly memory = new Map<string, CachedOutcome>();

  constructor(
    private readonly ttlMs = DEFAULT_TTL_MS,
    private readonly store?: CacheStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** A fresh outcome for the URL, from memory or the store, or undefined. */
  async get(url: string): Promise<FetchOutcome | undefined> {
    let hit = this.memory.get(url);
    if (!hit && this.store) {
      hit = await this.store.get(url);
      if (hit) this.memory.set(url, hit);
    }
    if (!hit) return undefined;
    if (this.now() - hit.fetchedAt > this.ttlMs) {
      this.memory.delete(url);
      return undefined;
    }
    return hit.outcome;
  }

  /** Remembers an outcome (in memory and in the store). */
  async set(url: string, outcome: FetchOutcome): Promise<void> {
    const value = { fetchedAt: this.now(), outcome };
    this.memory.set(url, value);
    await this.store?.set(url, value);
  }

  /** Number of URLs held in memory. */
  get size(): number {
    return this.memory.size;
  }
}
