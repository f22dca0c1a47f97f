import * as assert from 'node:assert/strict';
import { Debouncer, Generations, type Timers } from '../../../src/vscode/scheduler';

/** Timers driven by hand: `advance(ms)` fires what is due. */
function fakeTimers(): Timers & { advance(ms: number): void; pending(): number } {
  let now = 0;
  let nextId = 0;
  const queue = new Map<number, { at: number; fn: () => void }>();
  return {
    set: (fn, ms) => { queue.set(++nextId, { at: now + ms, fn }); return nextId; },
    clear: (handle) => { queue.delete(handle as number); },
    advance(ms) {
      now += ms;
      for (const [id, t] of [...queue].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now) { queue.delete(id); t.fn(); }
      }
    },
    pending: () => queue.size,
  };
}

describe('vscode scheduler: debounce', () => {
  it('runs once, after the key has been quiet for the delay', () => {
    const timers = fakeTimers();
    const debouncer = new Debouncer(timers);
    const runs: string[] = [];
    debouncer.schedule('a', 300, () => runs.push('first'));
    timers.advance(200);
    debouncer.schedule('a', 300, () => runs.push('second'));
    timers.advance(200);
    assert.deepEqual(runs, []);
    timers.advance(100);
    assert.deepEqual(runs, ['second']);
    assert.equal(debouncer.has('a'), false);
  });

  it('keeps keys apart, and cancel and dispose drop waiting tasks', () => {
    const timers = fakeTimers();
    const debouncer = new Debouncer(timers);
    const runs: string[] = [];
    debouncer.schedule('a', 10, () => runs.push('a'));
    debouncer.schedule('b', 10, () => runs.push('b'));
    debouncer.schedule('c', 10, () => runs.push('c'));
    debouncer.cancel('a');
    timers.advance(10);
    assert.deepEqual(runs.sort(), ['b', 'c']);
    debouncer.schedule('d', 10, () => runs.push('d'));
    debouncer.dispose();
    timers.advance(10);
    assert.equal(timers.pending(), 0);
    assert.ok(!runs.includes('d'));
  });
});

describe('vscode scheduler: generations', () => {
  it('keeps only the latest run of a key current', () => {
    const generations = new Generations();
    const first = generations.next('doc');
    const other = generations.next('other');
    const second = generations.next('doc');
    assert.equal(generations.isCurrent('doc', first), false);
    assert.equal(generations.isCurrent('doc', second), true);
    assert.equal(generations.isCurrent('other', other), true);
    generations.invalidate('doc');
    assert.equal(generations.isCurrent('doc', second), false);
  });
});
