import type { IdleTimers } from '../../../src/workers/kept-pool';

/** A clock whose timers fire only when the test advances it. */
export class FakeClock implements IdleTimers {
  now = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { due: number; callback: () => void }>();

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { due: this.now + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Timers waiting to fire. */
  get pending(): number {
    return this.timers.size;
  }

  /** Moves the clock on by `ms`, firing the timers that fall due, in order. */
  advance(ms: number): void {
    this.now += ms;
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.due <= this.now).sort((a, b) => a[1].due - b[1].due)[0];
      if (!due) return;
      this.timers.delete(due[0]);
      due[1].callback();
    }
  }
}
