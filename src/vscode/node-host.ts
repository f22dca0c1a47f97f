// The desktop's extension host (Node): worker threads on dist/worker.js, and "Verify sources" over the network.
import { availableParallelism } from 'node:os';
import type * as vscode from 'vscode';
import { threadBundle } from '../workers/thread-worker';
import type { ExtensionHost } from './host';
import { SourceVerifier } from './verify-command';

/** The Node extension host of an extension context. */
export function nodeHost(context: vscode.ExtensionContext): ExtensionHost {
  return {
    kind: 'node',
    description: 'Node extension host, checks in worker threads',
    workers: threadBundle(context.asAbsolutePath('dist/worker.js')),
    workersName: 'worker threads',
    parallelism: availableParallelism,
    verifier: (ctx) => new SourceVerifier(ctx),
  };
}
