// The text job: checking a text that the host has already read (the job both the worker and the
// host's fallback run).
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
