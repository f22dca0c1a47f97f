// Worker side of the protocol: listens on the port passed as `workerData.textPort`, answers "ready"
// once loaded, then runs one job per request (a text, or a file by name when a file checker is given).
import { workerData, type MessagePort } from 'node:worker_threads';
import type { Bibliography } from '../core/bibliography';
import { checkText } from './text-check';
import { remember, type WorkerRequest, type WorkerReply } from './protocol';

/** Checks a file by name with a run's options (never throws: a file's problems are part of its result). */
export type FileChecker = (file: string, options: never) => unknown;

/** Serves the pool's requests in this worker thread; does nothing outside a worker the pool started. */
export function serveChecks(checkFile?: FileChecker): void {
  const port = (workerData as { textPort?: MessagePort } | null)?.textPort;
  if (!port) return;
  const bibliographies = new Map<number, Bibliography>();
  const reply = (message: WorkerReply) => port.postMessage(message);
  port.on('message', (request: WorkerRequest) => {
    const { id } = request;
    try {
      if ('file' in request) {
        if (!checkFile) throw new Error('this worker bundle does not check files by name');
        reply({ type: 'done', id, result: checkFile(request.file, request.options as never) });
        return;
      }
      const { job, bibliography } = request;
      if (bibliography?.value) remember(bibliographies, bibliography.key, bibliography.value);
      const parsed = bibliography ? bibliographies.get(bibliography.key) : undefined;
      if (bibliography && !parsed) throw new Error(`bibliography ${bibliography.key} is not cached in this worker`);
      reply({ type: 'done', id, result: checkText(job, parsed) });
    } catch (error) {
      reply({ type: 'failed', id, message: (error as Error).message });
    }
  });
  reply({ type: 'ready' });
}
