// Host side of the worker protocol: the one pool of workers, for every host. It checks texts the host
// has read (the extension) and files by name (the CLI, the MCP server). No `vscode` and no Node API
// here: the workers are started through a SpawnWorker (worker threads in Node, Web Workers in the
// browser), so the pool runs (and is tested) in plain Node and bundles for the browser.
import type { Bibliography } from '../core/bibliography';
import type { SpawnWorker, WorkerChannel } from './channel';
import type { TextCheck, TextJob } from './text-check';
import { remember, type LiveMessage, type WorkerReply, type WorkerRequest } from './protocol';

/** No worker could start (missing or broken bundle, refused thread): check in the host instead. */
export class WorkerStartError extends Error {}

/** The pool was terminated (cancelled or disposed) before the job finished. */
export class PoolStoppedError extends Error {}

/** Checking one file failed in a worker (an error, or the worker stopped); the message names the file. */
export class FileCheckError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

/** How to start a worker and how many to run. */
export interface WorkerPoolOptions {
  /** Starts one worker (see thread-worker.ts and web-worker.ts). */
  spawn: SpawnWorker;
  size: number;
  /** Milliseconds a worker may take to load before the pool gives up on starting (default 20 s). */
  startTimeoutMs?: number;
}

interface Pending {
  id: number;
  /** The file the job checks, as its errors name it. */
  file: string;
  /** A text job or an open document (each with its bibliography), or a file checked by name with the run's options. */
  task: { job: TextJob; bibliography?: Bibliography } | { live: LiveMessage; bibliography?: Bibliography } | { file: string; options: unknown };
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: WorkerChannel;
  ready: boolean;
  running?: Pending;
  /** Bibliography keys this worker has cached, in the order it cached them. */
  known: Map<number, true>;
}

/**
 * Workers that check texts (`checkText`) or files by name in parallel. Jobs queue until a worker is free;
 * a job that fails or whose worker stops rejects with a FileCheckError naming its file, and a
 * stopped worker is replaced, so the other jobs still run. Bibliographies are sent to each worker
 * once and then referred to by key.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly bibliographyKeys = new WeakMap<Bibliography, number>();
  private nextKey = 1;
  private nextId = 1;
  private stopped = false;
  private starting?: { resolve(): void; reject(error: Error): void };

  private constructor(private readonly options: WorkerPoolOptions) {}

  /** Starts the workers and resolves once every one has loaded; rejects with WorkerStartError when one cannot. */
  static async start(options: WorkerPoolOptions): Promise<WorkerPool> {
    const pool = new WorkerPool(options);
    const started = new Promise<void>((resolve, reject) => { pool.starting = { resolve, reject }; });
    const timer = setTimeout(() => pool.starting?.reject(new WorkerStartError(`workers did not load within ${options.startTimeoutMs ?? 20_000} ms`)), options.startTimeoutMs ?? 20_000);
    try {
      for (let i = 0; i < Math.max(1, options.size); i++) pool.spawn();
      await started;
      return pool;
    } catch (error) {
      await pool.terminate();
      throw error instanceof WorkerStartError ? error : new WorkerStartError((error as Error).message);
    } finally {
      clearTimeout(timer);
      pool.starting = undefined;
    }
  }

  /** Number of workers running. */
  get size(): number {
    return this.slots.length;
  }

  /** Checks one text in a worker. */
  check(job: TextJob, bibliography?: Bibliography): Promise<TextCheck> {
    return this.enqueue(job.file, { job, bibliography }) as Promise<TextCheck>;
  }

  /** Checks one file by name in a worker, with the file checker the worker bundle serves (its options and result types). */
  checkFile<Options, Result>(file: string, options: Options): Promise<Result> {
    return this.enqueue(file, { file, options }) as Promise<Result>;
  }

  /** Sends an open document (or its close) to a worker: see LiveDocuments. With one worker, messages are handled in the order sent. */
  live(message: LiveMessage, bibliography?: Bibliography): Promise<unknown> {
    return this.enqueue(message.key, { live: message, bibliography });
  }

  private enqueue(file: string, task: Pending['task']): Promise<unknown> {
    if (this.stopped) return Promise.reject(new PoolStoppedError('the pool was terminated'));
    if (this.slots.length === 0) return Promise.reject(new WorkerStartError('no worker is running'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, file, task, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker at once; queued and running jobs reject with PoolStoppedError. */
  async terminate(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const stopped = new PoolStoppedError('the pool was terminated');
    for (const pending of this.queue.splice(0)) pending.reject(stopped);
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      slot.running?.reject(stopped);
      slot.running = undefined;
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): void {
    let worker: WorkerChannel;
    try {
      worker = this.options.spawn();
    } catch (error) {
      this.starting?.reject(new WorkerStartError((error as Error).message));
      return;
    }
    const slot: Slot = { worker, ready: false, known: new Map() };
    worker.listen((reply) => this.received(slot, reply), (reason) => this.lost(slot, reason));
    this.slots.push(slot);
  }

  private received(slot: Slot, reply: WorkerReply): void {
    if (reply.type === 'ready') {
      slot.ready = true;
      if (this.slots.every((s) => s.ready)) this.starting?.resolve();
    } else {
      const pending = slot.running;
      if (!pending || pending.id !== reply.id) return;
      slot.running = undefined;
      if (reply.type === 'done') pending.resolve(reply.result);
      else pending.reject(new FileCheckError(pending.file, reply.message));
    }
    this.dispatch();
  }

  /** A worker stopped (an error, or it exited): fail its job, replace it if it had been working. */
  private lost(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.stopped) return;
    this.slots.splice(index, 1);
    void slot.worker.terminate();
    slot.running?.reject(new FileCheckError(slot.running.file, `the worker stopped (${reason})`));
    if (!slot.ready) {
      this.starting?.reject(new WorkerStartError(`a worker could not start (${reason})`));
    } else {
      this.spawn(); // a replacement; it takes jobs once it has loaded
    }
    if (this.slots.length === 0) {
      for (const pending of this.queue.splice(0)) pending.reject(new WorkerStartError(`no worker is running (${reason})`));
    }
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (!slot.ready || slot.running) continue;
      const pending = this.queue.shift()!;
      try {
        const message = this.request(pending, slot.known);
        slot.worker.post(message);
        if (!('file' in message) && message.bibliography?.value) remember(slot.known, message.bibliography.key, true);
        slot.running = pending;
      } catch (error) {
        pending.reject(new FileCheckError(pending.file, `cannot send to a worker: ${(error as Error).message}`));
      }
    }
  }

  /** The message for a job; the bibliography's value only when the worker has not cached it (`known` mirrors its cache). */
  private request(pending: Pending, known: ReadonlyMap<number, true>): WorkerRequest {
    const { id, task } = pending;
    if ('file' in task) return { id, file: task.file, options: task.options };
    const { bibliography } = task;
    const body = 'job' in task ? { id, job: task.job } : { id, live: task.live };
    if (!bibliography) return body;
    let key = this.bibliographyKeys.get(bibliography);
    if (key === undefined) this.bibliographyKeys.set(bibliography, (key = this.nextKey++));
    return { ...body, bibliography: known.has(key) ? { key } : { key, value: bibliography } };
  }
}
