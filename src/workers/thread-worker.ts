// Node's workers: worker threads on the worker bundle (dist/worker.js), one message port each.
import { existsSync } from 'node:fs';
import { MessageChannel, Worker, workerData, type MessagePort } from 'node:worker_threads';
import type { HostChannel, SpawnWorker, WorkerBundle } from './channel';
import { WorkerStartError } from './pool';
import type { WorkerReply, WorkerRequest } from './protocol';

/** Starts worker threads on `workerFile`, each handed its own message port as `workerData.textPort`. */
export function spawnThread(workerFile: string): SpawnWorker {
  return () => {
    const { port1, port2 } = new MessageChannel();
    let worker: Worker;
    try {
      // execArgv: the host's own flags (an editor's) may not be valid for a worker thread.
      worker = new Worker(workerFile, { workerData: { textPort: port2 }, transferList: [port2], execArgv: [] });
    } catch (error) {
      port1.close();
      throw error;
    }
    return {
      post: (message) => port1.postMessage(message),
      listen(onReply, onLost) {
        port1.on('message', onReply);
        worker.on('error', (error) => onLost(error.message));
        worker.on('exit', (code) => onLost(`exit code ${code}`));
      },
      async terminate() {
        port1.close();
        await worker.terminate();
      },
    };
  };
}

/** The worker bundle at `workerFile`: rejects with WorkerStartError when the file is missing. */
export function threadBundle(workerFile: string): WorkerBundle {
  return async () => {
    if (!existsSync(workerFile)) throw new WorkerStartError(`the worker bundle ${workerFile} is missing`);
    return spawnThread(workerFile);
  };
}

/** In a worker thread the pool started: its port to the host; undefined anywhere else. */
export function threadHostChannel(): HostChannel | undefined {
  const port = (workerData as { textPort?: MessagePort } | null)?.textPort;
  if (!port) return undefined;
  return {
    post: (reply: WorkerReply) => port.postMessage(reply),
    listen: (onRequest: (request: WorkerRequest) => void) => { port.on('message', onRequest); },
  };
}
