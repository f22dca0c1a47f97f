// The extension's entry point in a browser (package.json `browser`: vscode.dev, github.dev): the same
// wiring as the desktop's, with the browser's host (Web Workers; no source verification).
import type * as vscode from 'vscode';
import { activateExtension, type ActivatedExtension } from './vscode/activate';
import { webHost } from './vscode/web-host';

/** Activates the extension in the web worker extension host. */
export function activate(context: vscode.ExtensionContext): ActivatedExtension {
  return activateExtension(context, webHost(context));
}

/** Nothing to release beyond the subscriptions. */
export function deactivate(): void {}
