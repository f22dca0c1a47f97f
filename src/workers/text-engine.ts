// Where the host's text checks run: a pool of workers when the bundle loads, this thread when it
// cannot (the fallback, said once). No `vscode` and no Node API here: the host passes its worker
// bundle (worker threads in Node, Web Workers in the browser).
import type { Bibliography } from '../core/bibliography';
import type { WorkerBundle } from './channel';
import { KeptPool, type IdleTimers } from './kept-pool';
import { checkText, type TextCheck, type TextJob } from './text-check';
import { PoolStoppedError, WorkerPool, WorkerStartError } from './pool';

/** Shorter texts checked on their own stay in this thread: below 10,000 characters a check takes ~0.1 s, less than a worker's start and first, unoptimised check (~0.5 s; test/bench/report-check.ts). */
export const WORKER_MIN_LENGTH = 10_000;

/**
 * How long the report worker (`checkOne`) is kept after its last report: 3 minutes. Long enough for the
 * check, fix a few findings, check again loop of an editing session (a repeated report of 10,000
 * characters: ~0.12 s instead of ~0.35 s cold; 1 MB: ~2.4 s instead of ~3.2 s); short enough not to
 * hold a thread for a session that has moved on. Idle, it holds ~16 MB once V8 has shrunk its heap
 * (within ~30 s of a 1 MB report, which leaves ~350 MB at first). test/bench/report-check.ts.
 */
export const REPORT_WORKER_IDLE_MS = 3 * 60_000;

/** The worker bundle, and what to do when texts are checked in this thread instead. */
export interface TextEnginesOptions {
  /** The host's worker bundle (`threadBundle('dist/worker.js')`, `webBundle(...)`). */
  bundle: WorkerBundle;
  /** Milliseconds the report worker is kept without a report (default REPORT_WORKER_IDLE_MS). */
  idleMs?: number;
  /** The report worker's idle timers (default: the host's own); tests pass fakes. */
  timers?: IdleTimers;
  /** Told why texts are checked in this thread, not in workers: once per TextEngines, however often it falls back. */
  warn(reason: string): void;
  /** Awaited before each text checked in this thread, so the thread handles other work in between. */
  pause?(): Promise<void>;
}

/**
 * One run's engine: checks texts in its worker pool, or in this thread when it has none (none was
 * asked for, none could start, or every worker stopped for good).
 */
export class TextEngine {
  private stopped = false;

  constructor(private pool: WorkerPool | undefined, private readonly owner: TextEngines) {}

  /** Workers this engine checks in; 0 when it checks in this thread. */
  get workers(): number {
    return this.pool?.size ?? 0;
  }

  /** Checks a text in a worker, or in this thread without one; a pool that cannot run workers any more falls back here. */
  async check(job: TextJob, bibliography?: Bibliography): Promise<TextCheck> {
    if (this.stopped) throw new PoolStoppedError('the engine was terminated');
    const pool = this.pool;
    if (pool) {
      try {
        return await pool.check(job, bibliography);
      } catch (error) {
        if (!(error instanceof WorkerStartError)) throw error;
        if (this.pool === pool) { // the first of the jobs that failed together retires the pool
          this.pool = undefined;
          void this.owner.release(pool);
          this.owner.fellBack(error.message);
        }
      }
    }
    await this.owner.pause();
    if (this.stopped) throw new PoolStoppedError('the engine was terminated');
    return checkText(job, bibliography);
  }

  /** Stops at once: the workers end, running and later checks reject with PoolStoppedError. */
  async terminate(): Promise<void> {
    this.stopped = true;
    const pool = this.pool;
    this.pool = undefined;
    if (pool) await this.owner.release(pool);
  }
}

/**
 * Starts engines for runs of checks, keeps their pools (to stop them on dispose) and says once why it
 * fell back. Keeps one more worker for reports (`checkOne`), stopped after REPORT_WORKER_IDLE_MS without one.
 */
export class TextEngines {
  private readonly pools = new Set<WorkerPool>();
  private readonly reportWorker: KeptPool<WorkerPool>;
  private warned = false;
  private disposed = false;

  constructor(private readonly options: TextEnginesOptions) {
    this.reportWorker = new KeptPool({ start: () => this.startReportWorker(), idleMs: options.idleMs ?? REPORT_WORKER_IDLE_MS, timers: options.timers });
  }

  /** An engine with `size` workers; 0 checks in this thread by choice (no warning). Falls back (warning once) when workers cannot start. */
  async start(size: number): Promise<TextEngine> {
    if (size <= 0 || this.disposed) return new TextEngine(undefined, this);
    try {
      const pool = await WorkerPool.start({ spawn: await this.options.bundle(), size });
      if (this.disposed) {
        await pool.terminate();
        return new TextEngine(undefined, this);
      }
      this.pools.add(pool);
      return new TextEngine(pool, this);
    } catch (error) {
      this.fellBack((error as Error).message);
      return new TextEngine(undefined, this);
    }
  }

  /**
   * Checks one text on its own: in the report worker when it has WORKER_MIN_LENGTH characters or more
   * (started for it, or kept from an earlier report), else in this thread. Falls back to this thread
   * (warning once) when the worker cannot start or run; a check that fails in it names the file.
   */
  async checkOne(job: TextJob, bibliography?: Bibliography): Promise<TextCheck> {
    if (job.text.length >= WORKER_MIN_LENGTH && !this.disposed) {
      try {
        return await this.reportWorker.use(async (pool) => {
          try {
            return await pool.check(job, bibliography);
          } catch (error) {
            if (error instanceof WorkerStartError) this.reportWorker.discard(pool); // its worker stopped and no other could start
            throw error;
          }
        });
      } catch (error) {
        if (!(error instanceof WorkerStartError)) throw error;
        this.fellBack(error.message);
      }
    }
    await this.pause();
    return checkText(job, bibliography);
  }

  /** Starts the report worker ahead of the first report, unless one is kept (it stops when idle, as after a report); falls back (warning once) when it cannot start. */
  async prewarm(): Promise<void> {
    if (this.disposed) return;
    await this.reportWorker.prewarm().catch((error: Error) => this.fellBack(error.message));
  }

  /** True while the report worker is kept (starting, checking or idle). */
  get reportWorkerRunning(): boolean {
    return this.reportWorker.running;
  }

  /** Stops the report worker once its running reports end (the next report starts another); resolves when it has stopped. */
  stopReportWorker(): Promise<void> {
    return this.reportWorker.stop();
  }

  /** Stops every running pool and the report worker (their checks reject); later engines check in this thread. */
  dispose(): void {
    this.disposed = true;
    void this.reportWorker.stop(true);
    for (const pool of this.pools) void pool.terminate();
    this.pools.clear();
  }

  private async startReportWorker(): Promise<WorkerPool> {
    return WorkerPool.start({ spawn: await this.options.bundle(), size: 1 });
  }

  /** @internal A pool an engine is done with. */
  release(pool: WorkerPool): Promise<void> {
    this.pools.delete(pool);
    return pool.terminate();
  }

  /** @internal Texts are checked in this thread because workers could not run: warn once. */
  fellBack(reason: string): void {
    if (this.warned) return;
    this.warned = true;
    this.options.warn(reason);
  }

  /** @internal Before a check in this thread. */
  pause(): Promise<void> {
    return this.options.pause?.() ?? Promise.resolve();
  }
}
