import * as vscode from 'vscode';
import { SOURCE } from './constants';

/** The extension's log (Output panel, "Citation Needed"): configuration problems and errors. */
export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel(SOURCE, { log: true });
}

/** Lets the extension host handle other work (typing, rendering) before continuing: a macrotask (`setImmediate` in Node; a browser has none). */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0));
}
