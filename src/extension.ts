// The extension's entry point on the desktop (package.json `main`): wiring only, in src/vscode/activate.ts.
import type * as vscode from 'vscode';
import { activateExtension, type ActivatedExtension } from './vscode/activate';
import { nodeHost } from './vscode/node-host';

/** Activates the extension in the Node extension host. */
export function activate(context: vscode.ExtensionContext): ActivatedExtension {
  return activateExtension(context, nodeHost(context));
}

/** Nothing to release beyond the subscriptions (disposing them stops a workspace check's workers and the kept report worker). */
export function deactivate(): void {}
