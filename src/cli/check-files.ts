// Checking files by name for the CLI and the MCP server, in the one worker pool of src/workers.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { FileCheckError, WorkerPool, WorkerStartError } from '../workers/pool';
import { spawnThread } from '../workers/thread-worker';
import { checkFile } from './check-file';
import type { CheckOptions, FileResult } from './types';

/** How a run uses the pool: worker count, cancellation, progress, and where the worker bundle is. */
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

/** Default worker count: one per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * Checks files in worker threads and yields their results in input order as soon as each is ready.
 * Results carry located findings, and at most a window of files is in flight or waits out of order,
 * so memory stays bounded on any number of files. A file whose check fails in a worker (an error, or
 * the worker stopped) gets a result with an error naming it, and the other files are still checked
 * (in this thread, should no worker be able to run any more).
 * Checks in this thread when there is no worker bundle (e.g. code bundled elsewhere, as in tests),
 * one worker is asked for, or no worker can start.
 */
export async function* checkFiles(files: readonly string[], options: CheckOptions, pool: PoolOptions = {}): AsyncGenerator<FileResult> {
  const workerFile = pool.workerFile ?? join(__dirname, 'worker.js');
  const count = existsSync(workerFile) ? Math.max(1, Math.min(pool.workers ?? defaultWorkers(), files.length)) : 1;
  let workers: WorkerPool | undefined;
  if (count > 1) {
    pool.signal?.throwIfAborted();
    workers = await WorkerPool.start({ spawn: spawnThread(workerFile), size: count }).catch((error: unknown) => {
      if (error instanceof WorkerStartError) return undefined;
      throw error;
    });
  }
  if (!workers) {
    for (let i = 0; i < files.length; i++) {
      pool.signal?.throwIfAborted();
      const result = checkFile(files[i], options);
      pool.onProgress?.(i + 1, files.length, files[i]);
      yield result;
      await Promise.resolve();
    }
    return;
  }
  yield* inWorkers(workers, files, options, pool);
}

async function* inWorkers(workers: WorkerPool, files: readonly string[], options: CheckOptions, pool: PoolOptions): AsyncGenerator<FileResult> {
  const window = workers.size * 32; // files in flight or waiting for a slower earlier one (small: located findings only)
  const results = new Map<number, Promise<FileResult>>();
  let dispatched = 0;
  let done = 0;
  let aborted: (() => void) | undefined;
  const abort = new Promise<never>((_, reject) => {
    aborted = () => reject(pool.signal!.reason ?? new Error('aborted'));
  });
  abort.catch(() => undefined); // observed by the race below; never unhandled
  const onAbort = () => aborted!();
  pool.signal?.addEventListener('abort', onAbort, { once: true });
  const dispatch = (next: number) => {
    for (; dispatched < files.length && dispatched < next + window; dispatched++) {
      const file = files[dispatched];
      const checked = workers.checkFile<CheckOptions, FileResult>(file, options).catch((error: Error): FileResult => {
        if (error instanceof FileCheckError) return { file, findings: [], unread: true, error: error.message };
        if (error instanceof WorkerStartError) return checkFile(file, options); // every worker stopped and none could start again
        throw error;
      });
      results.set(dispatched, checked.then((result) => {
        pool.onProgress?.(++done, files.length, file);
        return result;
      }));
    }
  };
  try {
    pool.signal?.throwIfAborted();
    for (let next = 0; next < files.length; next++) {
      dispatch(next);
      const result = await Promise.race([results.get(next)!, abort]);
      results.delete(next);
      yield result;
      pool.signal?.throwIfAborted();
    }
  } finally {
    pool.signal?.removeEventListener('abort', onAbort);
    for (const pending of results.values()) pending.catch(() => undefined); // stopped with the pool
    await workers.terminate();
  }
}
