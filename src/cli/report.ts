import { relative, sep } from 'node:path';
import { buildFileReport, buildReportModel, type ReportModel } from '../core/report-model';
import { renderReportMarkdown } from '../core/report-markdown';
import type { FileResult } from './check-file';

/** The report model of checked files, named relative to the working directory; unreadable files are left out. */
export function reportModelOf(results: readonly FileResult[], cwd = process.cwd()): ReportModel {
  return buildReportModel(results.flatMap((r) => r.text === undefined || !r.inventory
    ? []
    : [buildFileReport((relative(cwd, r.file) || r.file).split(sep).join('/'), r.text, r.findings, r.inventory)]));
}

/** Markdown output: the attribution report (sourced ratio, counts per rule, claims per file). */
export function formatMarkdown(results: readonly FileResult[], cwd = process.cwd()): string {
  return renderReportMarkdown(reportModelOf(results, cwd));
}
