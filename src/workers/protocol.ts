// The worker protocol, one for every host: a request is a text the host has read (TextJob) or a file
// by name, checked by the file checker the worker bundle serves (the CLI's, passed in by src/worker.ts,
// so this folder imports nothing of cli/).
import type { Bibliography } from '../core/bibliography';
import type { Config } from '../core/config';
import type { DirectiveProblem } from '../core/directives';
import type { Finding } from '../core/types';
import type { TextJob } from './text-check';

/** How many bibliographies a worker keeps between jobs (the pool mirrors the same first-in, first-out cache). */
export const BIBLIOGRAPHY_CACHE = 8;

/** Host -> worker: a text job, with the bibliography by key (its value only when this worker has not cached it). */
export interface TextRequest {
  id: number;
  job: TextJob;
  bibliography?: { key: number; value?: Bibliography };
}

/** Host -> worker: check a file by name (the worker reads it) with the options of the run. */
export interface FileRequest {
  id: number;
  file: string;
  options: unknown;
}

/** One content change of an open document: delete `deleteCount` UTF-16 units at `offset`, then insert `insertText`. */
export interface LiveChange {
  offset: number;
  deleteCount: number;
  insertText: string;
}

/**
 * An open document, kept in step in the worker: either its whole `text` at `version`, or the
 * `changes` (in order) that take the copy the worker holds at `base` to `version`.
 */
export interface LiveSync {
  /** The document (its URI). */
  key: string;
  version: number;
  base?: number;
  changes?: LiveChange[];
  text?: string;
  config: Config;
  /** Identifies `config`: the worker re-creates its copy's engine only when the key changes. */
  configKey: number;
  referenceDate?: string;
}

/** A document closed: the worker drops its copy. */
export interface LiveClose {
  key: string;
  close: true;
}

/** More findings of the version the worker holds: `count` from `from` (a result carries LIVE_PAGE at most). */
export interface LivePage {
  key: string;
  version: number;
  from: number;
  count: number;
}

export type LiveMessage = LiveSync | LiveClose | LivePage;

/** Host -> worker: an open document to check (or forget), with the bibliography by key as for texts. */
export interface LiveRequest {
  id: number;
  live: LiveMessage;
  bibliography?: { key: number; value?: Bibliography };
}

/**
 * Worker -> host, for a LiveSync: the first findings of `version` (LIVE_PAGE at most; `total` in all:
 * the rest are asked for with LivePage), or `missing` when it holds no copy at `base` (send the whole text).
 * Findings cost the host's thread to receive (a structured clone, ~1 KB each), so they come in pages
 * that each take it a few milliseconds.
 */
export type LiveResult =
  | { missing: true }
  | { missing?: false; version: number; findings: Finding[]; total: number; directiveProblems: DirectiveProblem[]; length: number };

/** Worker -> host, for a LivePage: the findings asked for, or `missing` when the copy is gone or at another version. */
export type LivePageResult = { missing: true } | { missing?: false; findings: Finding[] };

/** Host -> worker: one job. */
export type WorkerRequest = TextRequest | FileRequest | LiveRequest;

/** Worker -> host: ready after loading; then per request its result (a TextCheck for a text, the file checker's result for a file) or the error message. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: unknown }
  | { type: 'failed'; id: number; message: string };

/** Adds to a first-in, first-out cache, dropping the oldest key beyond the limit. */
export function remember<T>(cache: Map<number, T>, key: number, value: T, limit = BIBLIOGRAPHY_CACHE): void {
  cache.set(key, value);
  if (cache.size > limit) cache.delete(cache.keys().next().value!);
}
