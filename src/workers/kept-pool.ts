// A pool kept between uses and stopped after an idle period: the report worker of "Check attributions".
// Generic over the pool and the timers, so the idle logic is tested with fakes, without threads or sleeps.

/** The timers the idle stop runs on; tests pass fakes that fire on demand. */
export interface IdleTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The host's timers; in Node unreferenced, so a pending idle stop never keeps a process alive (a browser's timers have no `unref`). */
export const HOST_TIMERS: IdleTimers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms) as unknown as { unref?(): void };
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
};

/** How to start the pool, and how long it may stay idle. */
export interface KeptPoolOptions<P> {
  /** Starts a pool; a rejection is passed on to its users (and the next use starts again). */
  start(): Promise<P>;
  /** Milliseconds without a use after which the pool is stopped. */
  idleMs: number;
  /** Default: HOST_TIMERS. */
  timers?: IdleTimers;
}

interface Entry<P> {
  pool: Promise<P>;
  /** The started pool, once it has started. */
  value?: P;
  users: number;
  timer?: unknown;
  /** No new uses; stopped once the last running one ends. */
  retired: boolean;
  /** Resolves once the pool has stopped (or never started). */
  stopped: Promise<void>;
  /** Stops the pool; set until it has been called. */
  stop?: () => void;
}

/**
 * One pool, started on first use (or `prewarm`), reused by every later use, and stopped when it has
 * had no use for `idleMs`, when it is retired (`stop`), or at once on `stop(true)`.
 */
export class KeptPool<P extends { terminate(): Promise<void> }> {
  private current?: Entry<P>;
  private readonly timers: IdleTimers;

  constructor(private readonly options: KeptPoolOptions<P>) {
    this.timers = options.timers ?? HOST_TIMERS;
  }

  /** True while a pool is kept (starting, in use or idle). */
  get running(): boolean {
    return this.current !== undefined;
  }

  /** Runs `task` on the kept pool, starting one when none is kept; the idle countdown restarts when the last running task ends. */
  async use<T>(task: (pool: P) => Promise<T>): Promise<T> {
    const entry = this.current ?? this.begin();
    entry.users++;
    this.clearTimer(entry);
    try {
      return await task(await entry.pool);
    } finally {
      entry.users--;
      this.settle(entry);
    }
  }

  /** Starts a pool ahead of its first use (the idle countdown runs from now); resolves once it has started, rejects when it cannot. */
  async prewarm(): Promise<void> {
    if (this.current) return void await this.current.pool;
    const entry = this.begin();
    this.settle(entry);
    await entry.pool;
  }

  /** Retires `pool` if it is the kept one (it is broken): the next use starts another. */
  discard(pool: P): void {
    if (this.current?.value === pool) this.retire(this.current);
  }

  /** Retires the kept pool: stopped now when idle, after its running tasks otherwise, or at once (their tasks fail) with `now`. Resolves once it has stopped. */
  stop(now = false): Promise<void> {
    const entry = this.current;
    if (!entry) return Promise.resolve();
    this.retire(entry);
    if (now) this.end(entry);
    return entry.stopped;
  }

  private begin(): Entry<P> {
    const pool = this.options.start();
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => {
      stop = () => void pool.then((p) => p.terminate()).then(() => resolve(), () => resolve());
    });
    const entry: Entry<P> = { pool, users: 0, retired: false, stopped, stop };
    this.current = entry;
    entry.pool.then((started) => { entry.value = started; }, () => {
      // A pool that could not start is forgotten: the next use tries again.
      this.retire(entry);
    });
    return entry;
  }

  /** With no task running: a retired pool stops, a kept one starts its idle countdown. */
  private settle(entry: Entry<P>): void {
    if (entry.users > 0) return;
    if (entry.retired) {
      this.end(entry);
      return;
    }
    this.clearTimer(entry);
    entry.timer = this.timers.setTimeout(() => {
      entry.timer = undefined;
      this.retire(entry);
    }, this.options.idleMs);
  }

  private retire(entry: Entry<P>): void {
    if (this.current === entry) this.current = undefined;
    if (entry.retired) return;
    entry.retired = true;
    this.clearTimer(entry);
    this.settle(entry);
  }

  /** Stops the entry's pool (once; after it has started, if it is still starting). */
  private end(entry: Entry<P>): void {
    this.clearTimer(entry);
    const stop = entry.stop;
    entry.stop = undefined;
    stop?.();
  }

  private clearTimer(entry: Entry<P>): void {
    if (entry.timer === undefined) return;
    this.timers.clearTimeout(entry.timer);
    entry.timer = undefined;
  }
}
