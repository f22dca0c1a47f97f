// Debounce per document and generation counters that drop stale results; no `vscode` import here.

/** Timer functions, injectable for tests. */
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Runs at most one pending task per key, after the key has been quiet for the delay. */
export class Debouncer {
  private readonly pending = new Map<string, unknown>();

  constructor(private readonly timers: Timers = realTimers) {}

  /** Schedules `task` for `key`, replacing any task still waiting for it. */
  schedule(key: string, delay: number, task: () => void): void {
    this.cancel(key);
    this.pending.set(key, this.timers.set(() => {
      this.pending.delete(key);
      task();
    }, delay));
  }

  /** Drops the waiting task of `key`, if any. */
  cancel(key: string): void {
    const handle = this.pending.get(key);
    if (handle === undefined) return;
    this.timers.clear(handle);
    this.pending.delete(key);
  }

  /** True while a task waits for `key`. */
  has(key: string): boolean {
    return this.pending.has(key);
  }

  /** Drops every waiting task. */
  dispose(): void {
    for (const key of [...this.pending.keys()]) this.cancel(key);
  }
}

/** A counter per key: a result is current only if no newer run started for its key since. */
export class Generations {
  private readonly counters = new Map<string, number>();

  /** Starts a run for `key` and returns its generation. */
  next(key: string): number {
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    return n;
  }

  /** True when `generation` is the latest run of `key`. */
  isCurrent(key: string, generation: number): boolean {
    return this.counters.get(key) === generation;
  }

  /** Invalidates every run of `key` (e.g. the document closed). */
  invalidate(key: string): void {
    this.next(key);
  }
}
