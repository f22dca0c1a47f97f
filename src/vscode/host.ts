// What differs between the extension hosts: the desktop's (Node) and a browser's (a Web Worker, on
// vscode.dev and github.dev). Each entry point passes its own; everything else is the same code.
import type { WorkerBundle } from '../workers/channel';
import type { VerifyContext, VerifyRun } from './verify-command';

/** "Verify sources": fetches the pages a document cites (the desktop), or says why it cannot (the browser). */
export interface SourceVerifying {
  verifyActiveDocument(): Promise<VerifyRun | undefined>;
}

/** One extension host's implementations of the parts that differ. */
export interface ExtensionHost {
  /** `node`: the desktop's (or a remote server's) extension host; `web`: a browser's web worker extension host. */
  readonly kind: 'node' | 'web';
  /** For the log: where the extension runs and where its checks run. */
  readonly description: string;
  /** The worker bundle that workspace checks and reports run in (worker threads, or Web Workers). */
  readonly workers: WorkerBundle;
  /** What the log calls the workers. */
  readonly workersName: string;
  /** Workers of a workspace check when `citationNeeded.workers` is 0: one per core. */
  parallelism(): number;
  /** The host's "Verify sources". */
  verifier(ctx: VerifyContext): SourceVerifying;
}
