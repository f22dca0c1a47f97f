// Where the web suite runs, as seen from inside: the global scope, Node's `process` if any, the browser.
import * as vscode from 'vscode';

/** Evidence of the host: a browser's Web Worker has a WorkerGlobalScope and no Node `process`. */
export interface HostEvidence {
  globalScope?: string;
  inWorkerGlobalScope: boolean;
  /** Node's version when the suite runs in Node (`process.versions.node`), else null. */
  nodeVersion: string | null;
  userAgent?: string;
  uiKind: 'web' | 'desktop';
  /** Which entry point activated the extension (set by the suite once it has activated it). */
  activatedFrom?: string;
}

/** The evidence of the host the calling code runs in. */
export function hostEvidence(): HostEvidence {
  const scope = globalThis as unknown as { WorkerGlobalScope?: new () => unknown; process?: { versions?: { node?: string } }; navigator?: { userAgent?: string } };
  return {
    globalScope: (globalThis as { constructor?: { name?: string } }).constructor?.name,
    inWorkerGlobalScope: typeof scope.WorkerGlobalScope === 'function' && globalThis instanceof scope.WorkerGlobalScope,
    nodeVersion: scope.process?.versions?.node ?? null,
    userAgent: scope.navigator?.userAgent,
    uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
  };
}
