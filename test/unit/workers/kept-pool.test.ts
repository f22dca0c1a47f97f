import * as assert from 'node:assert/strict';
import { KeptPool } from '../../../src/workers/kept-pool';
import { FakeClock } from './fake-clock';

const IDLE_MS = 180_000;

/** A pool that only records whether it was terminated. */
class FakePool {
  terminated = false;
  constructor(readonly id: number) {}
  async terminate(): Promise<void> {
    this.terminated = true;
  }
}

/** Lets settled promises' callbacks run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A kept pool of FakePools on a fake clock; `started` lists every pool started; `failNext` makes the next start reject. */
function kept() {
  const clock = new FakeClock();
  const started: FakePool[] = [];
  const state = { failNext: false };
  const pool = new KeptPool<FakePool>({
    idleMs: IDLE_MS,
    timers: clock,
    start: async () => {
      if (state.failNext) {
        state.failNext = false;
        throw new Error('cannot start');
      }
      const p = new FakePool(started.length + 1);
      started.push(p);
      return p;
    },
  });
  return { pool, clock, started, state };
}

/** A task that runs until `finish` is called; `pool` is the pool it ran on. */
function heldTask() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => { finish = resolve; });
  const seen: { pool?: FakePool } = {};
  return { seen, finish, task: async (p: FakePool) => { seen.pool = p; await done; return p.id; } };
}

describe('workers: kept pool (idle stop on an injected clock)', () => {
  it('starts one pool for the first use and reuses it for the next ones, also for uses that begin while it starts', async () => {
    const { pool, started } = kept();
    assert.equal(pool.running, false);
    assert.deepEqual(await Promise.all([pool.use(async (p) => p.id), pool.use(async (p) => p.id)]), [1, 1]);
    assert.equal(await pool.use(async (p) => p.id), 1);
    assert.equal(started.length, 1);
    assert.equal(pool.running, true);
    assert.equal(started[0].terminated, false);
  });

  it('stops the pool idleMs after the last use ends, not while a use runs; the next use starts another', async () => {
    const { pool, clock, started } = kept();
    await pool.use(async () => undefined);
    clock.advance(IDLE_MS - 1);
    const held = heldTask();
    const running = pool.use(held.task);
    await settle();
    assert.equal(held.seen.pool, started[0], 'reused before the idle period ran out');
    assert.equal(clock.pending, 0, 'no countdown while a use runs');
    clock.advance(10 * IDLE_MS);
    assert.equal(started[0].terminated, false, 'a running use keeps it');
    held.finish();
    await running;
    clock.advance(IDLE_MS - 1);
    await settle();
    assert.equal(started[0].terminated, false, 'the countdown restarted when the use ended');
    clock.advance(1);
    await settle();
    assert.equal(started[0].terminated, true);
    assert.equal(pool.running, false);
    assert.equal(await pool.use(async (p) => p.id), 2);
    assert.equal(started.length, 2);
  });

  it('counts down only after the last of overlapping uses ends', async () => {
    const { pool, clock, started } = kept();
    const first = heldTask();
    const second = heldTask();
    const a = pool.use(first.task);
    const b = pool.use(second.task);
    await settle();
    first.finish();
    await a;
    assert.equal(clock.pending, 0, 'the second use still runs');
    clock.advance(IDLE_MS);
    second.finish();
    await b;
    assert.equal(clock.pending, 1);
    clock.advance(IDLE_MS);
    await settle();
    assert.equal(started[0].terminated, true);
    assert.equal(started.length, 1);
  });

  it('prewarm starts the pool and its countdown; the first use takes it; prewarm on a kept pool starts nothing', async () => {
    const { pool, clock, started } = kept();
    await pool.prewarm();
    assert.equal(started.length, 1);
    assert.equal(clock.pending, 1);
    await pool.prewarm();
    assert.equal(started.length, 1);
    clock.advance(IDLE_MS - 1);
    assert.equal(await pool.use(async (p) => p.id), 1);
    clock.advance(IDLE_MS - 1);
    await settle();
    assert.equal(started[0].terminated, false);
    clock.advance(1);
    await settle();
    assert.equal(started[0].terminated, true, 'an unused pre-warmed pool stops like any other');
  });

  it('an unused pre-warmed pool stops after idleMs', async () => {
    const { pool, clock, started } = kept();
    await pool.prewarm();
    clock.advance(IDLE_MS);
    await settle();
    assert.equal(started[0].terminated, true);
    assert.equal(pool.running, false);
  });

  it('stop() stops an idle pool at once and a busy one when its uses end; a use after stop() starts another', async () => {
    const { pool, clock, started } = kept();
    await pool.use(async () => undefined);
    await pool.stop();
    assert.equal(started[0].terminated, true);
    assert.equal(clock.pending, 0, 'no countdown left behind');

    const held = heldTask();
    const running = pool.use(held.task);
    await settle();
    let stopped = false;
    const stopping = pool.stop().then(() => { stopped = true; });
    assert.equal(pool.running, false, 'retired: no new use goes to it');
    assert.equal(await pool.use(async (p) => p.id), 3, 'a use during the retirement gets a new pool');
    await settle();
    assert.equal(started[1].terminated, false, 'the retired pool finishes its running use');
    assert.equal(stopped, false);
    held.finish();
    assert.equal(await running, 2);
    await stopping;
    assert.equal(started[1].terminated, true);
    assert.equal(started[2].terminated, false);
  });

  it('stop(true) stops a busy pool at once', async () => {
    const { pool, started } = kept();
    const held = heldTask();
    const running = pool.use(held.task);
    await settle();
    await pool.stop(true);
    assert.equal(started[0].terminated, true);
    held.finish();
    await running;
    assert.equal(started.length, 1);
  });

  it('passes a failed start to its users and prewarm, keeps no countdown, and starts again on the next use', async () => {
    const { pool, clock, started, state } = kept();
    state.failNext = true;
    await assert.rejects(pool.use(async () => undefined), /cannot start/);
    assert.equal(pool.running, false);
    assert.equal(clock.pending, 0);
    state.failNext = true;
    await assert.rejects(pool.prewarm(), /cannot start/);
    assert.equal(pool.running, false);
    assert.equal(clock.pending, 0);
    assert.equal(await pool.use(async (p) => p.id), 1);
    assert.equal(started.length, 1);
  });

  it('discard() retires the kept pool it is given, and no other', async () => {
    const { pool, started } = kept();
    const first = await pool.use(async (p) => p);
    pool.discard(new FakePool(99));
    assert.equal(pool.running, true);
    pool.discard(first);
    await settle();
    assert.equal(first.terminated, true);
    assert.equal(await pool.use(async (p) => p.id), 2);
    pool.discard(first);
    assert.equal(pool.running, true, 'an old pool does not retire the new one');
    assert.equal(started.length, 2);
  });
});
