import { displayPath } from './display-path';
import { buildFileReport, buildReportModel, type ReportModel } from '../core/report-model';
import { escapeCell, renderReportMarkdown } from '../core/report-markdown';
import type { FileResult } from './types';

/** The report model of checked files, named relative to the working directory; unreadable files are left out. */
export function reportModelOf(results: readonly FileResult[], cwd = process.cwd()): ReportModel {
  return buildReportModel(results.flatMap((r) => r.text === undefined || !r.inventory
    ? []
    : [buildFileReport(displayPath(r.file, cwd), r.text, r.findings, r.inventory)]));
}

/**
 * Markdown output: the attribution report (sourced ratio, counts per rule, claims per file), then
 * a table of directives that do nothing as written, when there are any.
 */
export function formatMarkdown(results: readonly FileResult[], cwd = process.cwd()): string {
  return renderReportMarkdown(reportModelOf(results, cwd)) + directiveProblemsMarkdown(results, cwd);
}

/** A "Directive problems" section: file, line, problem and suggested names; empty when there is none. */
export function directiveProblemsMarkdown(results: readonly FileResult[], cwd = process.cwd()): string {
  const rows = results.flatMap((r) => (r.directiveProblems ?? []).map((p) => {
    const file = displayPath(r.file, cwd);
    const suggestions = p.suggestions.map((name) => `\`${name}\``).join(', ') || '–';
    return `| ${escapeCell(file)} | ${p.line} | ${escapeCell(p.message.replace(/ \(known: .*\)$/, ''))} | ${suggestions} |`;
  }));
  if (rows.length === 0) return '';
  return ['', '## Directive problems', '', 'These inline directives do nothing as written.', '', '| File | Line | Problem | Did you mean |', '| --- | ---: | --- | --- |', ...rows].join('\n') + '\n';
}
