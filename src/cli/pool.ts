import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { checkFile } from './check-file';
import type { CheckOptions, FileResult } from './types';

/** How a pool runs: worker count, cancellation, progress, and where the worker bundle is. */
export interface PoolOptions {
  /** Worker threads to use (default: the number of cores); 1 checks in the calling thread. */
  workers?: number;
  /** Aborting stops the workers; the iteration then throws the signal's reason. */
  signal?: AbortSignal;
  /** Called after each file is checked, in completion order. */
  onProgress?(done: number, total: number, file: string): void;
  /** The worker bundle (default: worker.js beside this bundle). */
  workerFile?: string;
}

/** Files queued per worker, so a worker never waits for the main thread between files. */
const PER_WORKER = 2;

interface Reply {
  index: number;
  result: FileResult;
}

/** Default worker count: one per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * Checks files in worker threads and yields their results in input order as soon as each is ready.
 * Results carry located findings, and at most a window of results waits
 * out of order, so memory stays bounded on any number of files. No process-wide side effects.
 */
export async function* checkFiles(files: readonly string[], options: CheckOptions, pool: PoolOptions = {}): AsyncGenerator<FileResult> {
  const workerFile = pool.workerFile ?? join(__dirname, 'worker.js');
  // Without a worker bundle (e.g. code bundled elsewhere, as in tests), check in this thread.
  const count = existsSync(workerFile) ? Math.max(1, Math.min(pool.workers ?? defaultWorkers(), files.length)) : 1;
  if (count === 1) {
    for (let i = 0; i < files.length; i++) {
      pool.signal?.throwIfAborted();
      const result = checkFile(files[i], options);
      pool.onProgress?.(i + 1, files.length, files[i]);
      yield result;
      await Promise.resolve();
    }
    return;
  }
  yield* runWorkers(files, options, { ...pool, workerFile }, count);
}

async function* runWorkers(files: readonly string[], options: CheckOptions, pool: PoolOptions, count: number): AsyncGenerator<FileResult> {
  const workerFile = pool.workerFile ?? join(__dirname, 'worker.js');
  const window = count * 32; // results allowed to wait for a slower earlier file (small: located findings only)
  const ready = new Map<number, FileResult>();
  let dispatched = 0;
  let done = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => { wake?.(); wake = undefined; };
  const workers: Worker[] = [];
  // Free slots, PER_WORKER per worker: a worker has its next file queued before it finishes the current one.
  const idle: Worker[] = [];
  let next = 0;
  const dispatch = () => {
    while (idle.length && dispatched < files.length && dispatched < next + window) {
      idle.pop()!.postMessage({ index: dispatched, file: files[dispatched] });
      dispatched++;
    }
  };
  const onAbort = () => { failure = pool.signal!.reason ?? new Error('aborted'); notify(); };
  pool.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    pool.signal?.throwIfAborted();
    for (let i = 0; i < count; i++) {
      const worker = new Worker(workerFile, { workerData: { options } });
      worker.on('message', ({ index, result }: Reply) => {
        ready.set(index, result);
        pool.onProgress?.(++done, files.length, files[index]);
        idle.push(worker);
        dispatch();
        notify();
      });
      worker.on('error', (error) => { failure = error; notify(); });
      workers.push(worker);
      for (let slot = 0; slot < PER_WORKER; slot++) idle.push(worker);
    }
    dispatch();
    while (next < files.length) {
      if (failure) throw failure;
      const result = ready.get(next);
      if (!result) {
        await new Promise<void>((resolve) => { wake = resolve; });
        continue;
      }
      ready.delete(next++);
      dispatch();
      yield result;
    }
  } finally {
    pool.signal?.removeEventListener('abort', onAbort);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
