// The web worker bundle (dist/web/worker.js): the browser extension's checks of texts it has read, in a
// Web Worker, over the same protocol as the worker threads (no file checker: a browser has no files by name).
import { serveChecks } from './workers/serve';
import { webHostChannel } from './workers/web-worker';

serveChecks(webHostChannel(globalThis as unknown as Parameters<typeof webHostChannel>[0]));
