// Worker side of the protocol: listens on its channel to the host (a thread's port, or a Web Worker's
// scope), answers "ready" once loaded, then runs one job per request (a text, an open document kept in step, or a file
// by name when a file checker is given). No Node API here: the web worker bundle serves the same way.
import type { HostChannel } from './channel';
import type { Bibliography } from '../core/bibliography';
import { checkText } from './text-check';
import { LiveDocuments } from './live-documents';
import { remember, type WorkerRequest, type WorkerReply } from './protocol';

/** Checks a file by name with a run's options (never throws: a file's problems are part of its result). */
export type FileChecker = (file: string, options: never) => unknown;

/** Serves the pool's requests on the channel to the host; does nothing without one (outside a worker the pool started). */
export function serveChecks(channel: HostChannel | undefined, checkFile?: FileChecker): void {
  if (!channel) return;
  const bibliographies = new Map<number, Bibliography>();
  const live = new LiveDocuments();
  const reply = (message: WorkerReply) => channel.post(message);
  channel.listen((request: WorkerRequest) => {
    const { id } = request;
    try {
      if ('file' in request) {
        if (!checkFile) throw new Error('this worker bundle does not check files by name');
        reply({ type: 'done', id, result: checkFile(request.file, request.options as never) });
        return;
      }
      const { bibliography } = request;
      if (bibliography?.value) remember(bibliographies, bibliography.key, bibliography.value);
      const parsed = bibliography ? bibliographies.get(bibliography.key) : undefined;
      if (bibliography && !parsed) throw new Error(`bibliography ${bibliography.key} is not cached in this worker`);
      const result = 'live' in request ? live.handle(request.live, parsed) : checkText(request.job, parsed);
      reply({ type: 'done', id, result });
    } catch (error) {
      reply({ type: 'failed', id, message: (error as Error).message });
    }
  });
  reply({ type: 'ready' });
}
