// The worker protocol, and its text job: checking a text that the host has already read (the job both
// the worker and the host's fallback run). The other job, checking a file by name, is the CLI's: the
// worker bundle passes it in (src/worker.ts), so this folder imports nothing of cli/.
import type { Bibliography } from '../core/bibliography';
import type { Config } from '../core/config';
import { checkDocument } from '../engine';
import { lineStarts } from '../core/location';
import { buildFileReport, type FileReport } from '../core/report-model';
import type { Finding } from '../core/types';
import type { DirectiveProblem } from '../core/directives';

/** A document to check: its text, the name the report shows, and the resolved options. */
export interface TextJob {
  /** The file as shown to the user (a workspace-relative path). */
  file: string;
  text: string;
  config: Config;
  /** YYYY-MM-DD "today" for time-aware rules, fixed once per run. */
  referenceDate?: string;
  /** Only the report is wanted: the result's findings stay empty (copying a 1 MB draft's findings to the host takes ~0.3 s). */
  reportOnly?: boolean;
}

/** What checking a text gave: findings, the file's report, and what locating offsets needs. */
export interface TextCheck {
  /** The findings; empty for a `reportOnly` job. */
  findings: Finding[];
  /** Directives that do nothing as written; empty for a `reportOnly` job. */
  directiveProblems: DirectiveProblem[];
  report: FileReport;
  /** Offsets of the start of every line of the text. */
  lineStarts: number[];
  /** The text's length in UTF-16 code units. */
  length: number;
}

/** Checks one text (as `checkDocument` does: findings and claim inventory from one parse), then builds the file's report. */
export function checkText(job: TextJob, bibliography?: Bibliography): TextCheck {
  // No engine is kept between texts: a new one costs next to nothing (phrase lists compile once per thread).
  const { findings, inventory, directiveProblems } = checkDocument(job.text, { config: job.config, referenceDate: job.referenceDate, bibliography });
  const report = buildFileReport(job.file, job.text, findings, inventory);
  return { findings: job.reportOnly ? [] : findings, directiveProblems: job.reportOnly ? [] : directiveProblems, report, lineStarts: lineStarts(job.text), length: job.text.length };
}

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

/** Host -> worker: one job. */
export type CheckRequest = TextRequest | FileRequest;

/** Worker -> host: ready after loading; then per request its result (a TextCheck for a text, the file checker's result for a file) or the error message. */
export type TextReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: unknown }
  | { type: 'failed'; id: number; message: string };

/** Adds to a first-in, first-out cache, dropping the oldest key beyond the limit. */
export function remember<T>(cache: Map<number, T>, key: number, value: T, limit = BIBLIOGRAPHY_CACHE): void {
  cache.set(key, value);
  if (cache.size > limit) cache.delete(cache.keys().next().value!);
}
