// What the pool needs of one worker, whatever runs it: a worker thread (Node) or a Web Worker (the
// browser). The pool's logic and the protocol stay the same for both; each host supplies a SpawnWorker.
import type { WorkerReply, WorkerRequest } from './protocol';

/** The host's end of one worker. */
export interface WorkerChannel {
  /** Sends a request (structured-cloned). */
  post(message: WorkerRequest): void;
  /** Registers the handlers: each reply, and the worker's end (an error, or it exited) with its reason. */
  listen(onReply: (reply: WorkerReply) => void, onLost: (reason: string) => void): void;
  /** Stops the worker; resolves once it has stopped. */
  terminate(): Promise<void>;
}

/** Starts one worker of the bundle; throws when the host refuses to start it. */
export type SpawnWorker = () => WorkerChannel;

/**
 * Readies the worker bundle of a host and gives the way to start workers from it; rejects (with
 * WorkerStartError) when there is no bundle to start. Called before each pool starts.
 */
export type WorkerBundle = () => Promise<SpawnWorker>;

/** The worker's end: replies to the host, and receives its requests. */
export interface HostChannel {
  post(reply: WorkerReply): void;
  listen(onRequest: (request: WorkerRequest) => void): void;
}
