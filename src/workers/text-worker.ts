// Worker side of the text protocol: listens on the port passed as `workerData.textPort` (the CLI's
// file protocol keeps the parent port), answers "ready" once loaded, then checks one text per request.
import { workerData, type MessagePort } from 'node:worker_threads';
import type { Bibliography } from '../core/bibliography';
import { checkText, remember, type TextReply, type TextRequest } from './text-check';

const port = (workerData as { textPort?: MessagePort } | null)?.textPort;
if (port) {
  const bibliographies = new Map<number, Bibliography>();
  const reply = (message: TextReply) => port.postMessage(message);
  port.on('message', ({ id, job, bibliography }: TextRequest) => {
    try {
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
