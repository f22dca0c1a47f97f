// Shared by the live documents' tests (the worker's copies, the host's client): texts, a host document, an in-thread transport.
import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { defaultConfig, type Config } from '../../../src/core/config';
import { checkDocument } from '../../../src/engine';
import { LIVE_PAGE, LiveDocuments } from '../../../src/workers/live-documents';
import type { LiveDocument, LiveTransport } from '../../../src/workers/live-client';
import type { LiveChange, LiveMessage } from '../../../src/workers/protocol';
import { projectRoot } from '../paths';

export const WORKER = resolve(projectRoot, 'dist/worker.js'); // built by `npm test` before mocha runs
export const config = defaultConfig();
export const referenceDate = '2026-11-28';
export const PARAGRAPH = 'The workshop has benches in rows and tools on the wall.';
export const TEXT = `# Draft\n\n${Array.from({ length: 40 }, (_, i) => (i % 7 === 3 ? `Sales grew by ${i}% in 2024, experts say.` : PARAGRAPH)).join('\n\n')}\n`;

/** What a full check of `text` gives. */
export function full(text: string, options: { config?: Config } = {}) {
  const { findings, directiveProblems } = checkDocument(text, { config: options.config ?? config, referenceDate });
  return { findings, directiveProblems, length: text.length };
}

/** What the worker answers for `text` (all of its findings fit in the first page). */
export function answer(text: string, options: { config?: Config } = {}) {
  const result = full(text, options);
  assert.ok(result.findings.length <= LIVE_PAGE);
  return { ...result, total: result.findings.length };
}

/** Applies changes to a string, in order. */
export function apply(text: string, changes: readonly LiveChange[]): string {
  return changes.reduce((t, c) => t.slice(0, c.offset) + c.insertText + t.slice(c.offset + c.deleteCount), text);
}

/** A document of the host: its text and version, edited as the editor does. */
export class HostDocument implements LiveDocument {
  reads = 0;
  constructor(readonly key: string, public text: string, public version = 1) {}
  getText(): string {
    this.reads++;
    return this.text;
  }
  edit(changes: LiveChange[]): LiveChange[] {
    this.text = apply(this.text, changes);
    this.version++;
    return changes;
  }
}

/** Typing `word` character by character at `offset`: one change per keystroke. */
export function typing(offset: number, word: string): LiveChange[][] {
  return [...word].map((ch, i) => [{ offset: offset + i, deleteCount: 0, insertText: ch }]);
}

/** A transport to LiveDocuments in this thread, through structuredClone as a worker's port would; `lose()` plays a worker restart. */
export class InThread implements LiveTransport {
  worker = new LiveDocuments();
  sent: LiveMessage[] = [];
  running = true;
  fail?: Error;
  busy = new Set<string>();
  stops = 0;
  busyWith(key: string): boolean {
    return this.busy.has(key);
  }
  async stop(): Promise<void> {
    this.stops++;
    this.lose();
  }
  async send(message: LiveMessage): Promise<unknown> {
    if (this.fail) throw this.fail;
    this.sent.push(structuredClone(message));
    return structuredClone(this.worker.handle(structuredClone(message)));
  }
  lose(): void {
    this.worker = new LiveDocuments();
  }
}

