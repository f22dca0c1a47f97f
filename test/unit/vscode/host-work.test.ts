import * as assert from 'node:assert/strict';
import { HostWork, LONG_RUN_MS, timed, type HostClock } from '../../../src/vscode/host-work';

/** A clock that moves only when the test says; timers fire when it passes their time. */
class Clock implements HostClock {
  t = 0;
  private timers = new Map<number, { due: number; callback: () => void }>();
  private next = 1;
  now(): number {
    return this.t;
  }
  setTimeout(callback: () => void, ms: number): unknown {
    this.timers.set(this.next, { due: this.t + ms, callback });
    return this.next++;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  get pending(): number {
    return this.timers.size;
  }
  /** Holds the thread for `ms` (no timer fires meanwhile), then lets due timers fire. */
  busy(ms: number): void {
    this.t += ms;
    for (const [id, timer] of [...this.timers]) {
      if (timer.due > this.t) continue;
      this.timers.delete(id);
      timer.callback();
    }
  }
}

describe('vscode: HostWork', () => {
  it('records each run by kind: count, total, longest; the longest run and the runs over the limit', () => {
    const clock = new Clock();
    const work = new HostWork(clock);
    assert.equal(work.run('parse', () => { clock.t += 12; return 'parsed'; }), 'parsed');
    work.run('parse', () => { clock.t += LONG_RUN_MS + 30; });
    work.run('publish', () => { clock.t += 4; });
    assert.throws(() => work.run('hover', () => { clock.t += LONG_RUN_MS + 1; throw new Error('provider failed'); }), /provider failed/);
    const snapshot = work.snapshot();
    assert.deepEqual(snapshot.kinds, {
      parse: { count: 2, totalMs: 12 + LONG_RUN_MS + 30, longestMs: LONG_RUN_MS + 30 },
      publish: { count: 1, totalMs: 4, longestMs: 4 },
      hover: { count: 1, totalMs: LONG_RUN_MS + 1, longestMs: LONG_RUN_MS + 1 },
    });
    assert.equal(snapshot.longestMs, LONG_RUN_MS + 30);
    assert.equal(snapshot.longestKind, 'parse');
    assert.equal(snapshot.overLongRun, 2);
    work.reset();
    assert.deepEqual(work.snapshot(), { kinds: {}, longestMs: 0, longestKind: undefined, overLongRun: 0, loopDelay: { samples: 0, maxMs: 0, overLongRun: 0 } });
  });

  it('a run inside another counts in its kind, and only the outer one counts as a run', () => {
    const clock = new Clock();
    const work = new HostWork(clock);
    work.run('events', () => {
      clock.t += 10;
      work.run('edit', () => { clock.t += 45; });
    });
    const snapshot = work.snapshot();
    assert.equal(snapshot.kinds.edit.longestMs, 45);
    assert.equal(snapshot.kinds.events.longestMs, 55);
    assert.equal(snapshot.longestKind, 'events');
    assert.equal(snapshot.overLongRun, 1);
  });

  it('samples the event-loop delay: how late its timer fires when the thread is held', () => {
    const clock = new Clock();
    const work = new HostWork(clock);
    work.startSampling();
    clock.busy(100); // on time
    clock.busy(100 + 180); // the thread held for 180 ms past the sample's time
    clock.busy(30);
    const { loopDelay } = work.snapshot();
    assert.equal(loopDelay.samples, 2);
    assert.equal(loopDelay.maxMs, 180);
    assert.equal(loopDelay.overLongRun, 1);
    work.dispose();
    assert.equal(clock.pending, 0, 'disposed, no timer is left');
  });

  it('timed(): a provider\'s provide* and resolve* calls are recorded; other members pass through', async () => {
    const clock = new Clock();
    const work = new HostWork(clock);
    const provider = {
      label: 'hovers',
      provideHover(word: string) { clock.t += 7; return `hover of ${word}`; },
      async resolveCodeAction() { clock.t += 3; return 'resolved'; },
      helper() { clock.t += 100; return this.label; },
    };
    const wrapped = timed(work, 'hover', provider);
    assert.equal(wrapped.provideHover('x'), 'hover of x');
    assert.equal(await wrapped.resolveCodeAction(), 'resolved');
    assert.equal(wrapped.helper(), 'hovers');
    assert.equal(wrapped.label, 'hovers');
    assert.deepEqual(work.snapshot().kinds, { hover: { count: 2, totalMs: 10, longestMs: 7 } });
  });
});
