// How long the extension keeps the extension host busy: every synchronous slice of its own work (parsing
// and analysing documents, publishing diagnostics, providers) is timed, and the host's event-loop delay is
// sampled. No `vscode` and no Node API here: the same recorder runs in the browser's extension host.

/** A run longer than this holds up typing and other extensions noticeably. */
export const LONG_RUN_MS = 50;

/** How often the event-loop delay is sampled. */
const SAMPLE_MS = 100;

/** Totals of one kind of work. */
export interface WorkKind {
  count: number;
  totalMs: number;
  longestMs: number;
}

/** What the recorder has seen since it started (or was reset). */
export interface HostWorkSnapshot {
  /** Per kind of work (`parse`, `analysis`, `publish`, `hover`…). */
  kinds: Record<string, WorkKind>;
  /** The longest synchronous run of the extension's work, and its kind. */
  longestMs: number;
  longestKind?: string;
  /** Runs longer than LONG_RUN_MS. */
  overLongRun: number;
  /** Event-loop delay: how late the sampling timer fired (anything that held the thread, the extension's or not). */
  loopDelay: { samples: number; maxMs: number; overLongRun: number };
}

/** The clock and timers the recorder runs on; tests pass fakes. */
export interface HostClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const HOST_CLOCK: HostClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms) as unknown as { unref?(): void };
    handle.unref?.(); // Node: a pending sample never keeps a process alive
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
};

/** Records the extension's synchronous work on the extension host. */
export class HostWork {
  private kinds = new Map<string, WorkKind>();
  private longest = { ms: 0, kind: undefined as string | undefined };
  private overLongRun = 0;
  private loop = { samples: 0, maxMs: 0, overLongRun: 0 };
  private depth = 0;
  private timer: unknown;
  private disposed = false;

  constructor(private readonly clock: HostClock = HOST_CLOCK) {}

  /** Runs `fn` and records its duration under `kind`; a run inside another is counted in its kind only, not again as a run of its own. */
  run<T>(kind: string, fn: () => T): T {
    const start = this.clock.now();
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
      this.record(kind, this.clock.now() - start, this.depth === 0);
    }
  }

  /** Starts sampling the event-loop delay (every SAMPLE_MS, until disposed). */
  startSampling(): void {
    if (this.timer !== undefined || this.disposed) return;
    const schedule = () => {
      const due = this.clock.now() + SAMPLE_MS;
      this.timer = this.clock.setTimeout(() => {
        const late = Math.max(0, this.clock.now() - due);
        this.loop.samples++;
        this.loop.maxMs = Math.max(this.loop.maxMs, late);
        if (late > LONG_RUN_MS) this.loop.overLongRun++;
        schedule();
      }, SAMPLE_MS);
    };
    schedule();
  }

  snapshot(): HostWorkSnapshot {
    const kinds: Record<string, WorkKind> = {};
    for (const [kind, totals] of this.kinds) kinds[kind] = { ...totals };
    return { kinds, longestMs: this.longest.ms, longestKind: this.longest.kind, overLongRun: this.overLongRun, loopDelay: { ...this.loop } };
  }

  /** Starts counting afresh. */
  reset(): void {
    this.kinds = new Map();
    this.longest = { ms: 0, kind: undefined };
    this.overLongRun = 0;
    this.loop = { samples: 0, maxMs: 0, overLongRun: 0 };
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private record(kind: string, ms: number, outermost: boolean): void {
    let totals = this.kinds.get(kind);
    if (!totals) this.kinds.set(kind, (totals = { count: 0, totalMs: 0, longestMs: 0 }));
    totals.count++;
    totals.totalMs += ms;
    totals.longestMs = Math.max(totals.longestMs, ms);
    if (!outermost) return;
    if (ms > this.longest.ms) this.longest = { ms, kind };
    if (ms > LONG_RUN_MS) this.overLongRun++;
  }
}

/** Wraps a provider's methods so each call's synchronous part is recorded under `kind`. */
export function timed<P extends object>(work: HostWork, kind: string, provider: P): P {
  return new Proxy(provider, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string' || !/^(provide|resolve)/.test(property)) return value;
      return (...args: unknown[]) => work.run(kind, () => (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
}
