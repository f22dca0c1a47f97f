import * as vscode from 'vscode';
import { SOURCE } from './constants';

/** The extension's log (Output panel, "Citation Needed"): configuration problems and errors. */
export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel(SOURCE, { log: true });
}

/** Lets the extension host handle other work (typing, rendering) before continuing. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
