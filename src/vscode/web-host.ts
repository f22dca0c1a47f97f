// A browser's extension host (vscode.dev, github.dev, a VS Code server's workbench): Web Workers on
// dist/web/worker.js; "Verify sources" is off (it needs the network and a trusted desktop workspace).
import * as vscode from 'vscode';
import { webBundle } from '../workers/web-worker';
import type { ExtensionHost, SourceVerifying } from './host';

/** The message of "Verify sources" in the browser. */
export const VERIFY_OFF_IN_BROWSER = 'Citation Needed: Verify sources is off in the browser: it fetches the web pages a document cites, which needs VS Code on the desktop and a trusted workspace. Every other check works here.';

/** "Verify sources" in the browser: says that it is off, and does nothing else. */
export class BrowserVerifier implements SourceVerifying {
  async verifyActiveDocument(): Promise<undefined> {
    void vscode.window.showInformationMessage(VERIFY_OFF_IN_BROWSER);
    return undefined;
  }
}

/** The cores of the machine the browser runs on (at least 1). */
function browserCores(): number {
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency;
  return typeof cores === 'number' && cores >= 1 ? cores : 1;
}

/** The web worker extension host of an extension context. */
export function webHost(context: vscode.ExtensionContext): ExtensionHost {
  return {
    kind: 'web',
    description: 'web worker extension host, checks in Web Workers',
    workers: webBundle(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'worker.js').toString(true)),
    workersName: 'Web Workers',
    parallelism: browserCores,
    verifier: () => new BrowserVerifier(),
  };
}
