// The browser's workers: Web Workers on the web worker bundle (dist/web/worker.js). No Node API here.
import type { HostChannel, SpawnWorker, WorkerBundle } from './channel';
import { WorkerStartError } from './pool';
import type { WorkerReply, WorkerRequest } from './protocol';

/** What this file uses of a browser's Web Worker (the project type-checks without the DOM library). */
interface BrowserWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
  onmessageerror: (() => void) | null;
}

type BrowserWorkerConstructor = new (url: string, options?: { name?: string }) => BrowserWorker;

/** Starts Web Workers on a script URL (http(s): or blob:). */
export function spawnWebWorker(scriptUrl: string): SpawnWorker {
  const Worker = (globalThis as unknown as { Worker?: BrowserWorkerConstructor }).Worker;
  return () => {
    if (!Worker) throw new WorkerStartError('this host has no Web Workers');
    const worker = new Worker(scriptUrl, { name: 'citation-needed-checks' });
    return {
      post: (message) => worker.postMessage(message),
      listen(onReply, onLost) {
        worker.onmessage = (event) => onReply(event.data as WorkerReply);
        worker.onerror = (event) => {
          event.preventDefault();
          onLost(event.message || 'the worker failed to load or run');
        };
        worker.onmessageerror = () => onLost('a message could not be read');
      },
      async terminate() {
        worker.terminate();
      },
    };
  };
}

/**
 * The web worker bundle, read once with `fetch` and started from a blob: URL. The extension host of
 * the browser resolves the extension's own URIs for `fetch` (vscode.dev's https:, a server's
 * vscode-remote:), but starts workers only from http(s): or blob: URLs.
 */
export function webBundle(scriptUri: string, read: (uri: string) => Promise<string> = fetchText): WorkerBundle {
  let url: Promise<string> | undefined;
  return async () => {
    url ??= read(scriptUri).then(
      (source) => URL.createObjectURL(new Blob([source], { type: 'text/javascript' })),
      (error: Error) => {
        url = undefined; // read again by the next pool
        throw new WorkerStartError(`cannot read the worker bundle ${scriptUri}: ${error.message}`);
      },
    );
    return spawnWebWorker(await url);
  };
}

async function fetchText(uri: string): Promise<string> {
  const response = await fetch(uri);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** Inside a Web Worker: its port to the page (or extension host) that started it. */
export function webHostChannel(scope: { postMessage(message: unknown): void; onmessage: ((event: { data: unknown }) => void) | null }): HostChannel {
  return {
    post: (reply: WorkerReply) => scope.postMessage(reply),
    listen: (onRequest: (request: WorkerRequest) => void) => { scope.onmessage = (event) => onRequest(event.data as WorkerRequest); },
  };
}
