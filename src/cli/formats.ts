import type { Severity } from '../core/types';
import type { FileResult } from './types';
import { formatJson, formatText, jsonStream, textStream, type OutputStream } from './format';
import { formatGithub, githubLines } from './github';
import { formatMarkdown } from './report';
import { formatSarif } from './sarif';

/** Output formats of `check --format`. */
export const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;

/** One of the output formats. */
export type Format = (typeof FORMATS)[number];

/** True when a string names an output format. */
export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** What formatters need beyond the results. */
export interface FormatOptions {
  color: boolean;
  version: string;
  cwd?: string;
}

/** Renders the results in a format. */
export function formatResults(format: Format, results: readonly FileResult[], options: FormatOptions): string {
  const cwd = options.cwd ?? process.cwd();
  switch (format) {
    case 'json': return formatJson(results);
    case 'sarif': return formatSarif(results, options.version, cwd);
    case 'github': return formatGithub(results, cwd);
    case 'markdown': return formatMarkdown(results, cwd);
    default: return formatText(results, options.color, cwd);
  }
}

/** The formats written file by file as results arrive (the others need every result first). */
export function streamFormat(format: Format, options: FormatOptions): OutputStream | undefined {
  const cwd = options.cwd ?? process.cwd();
  switch (format) {
    case 'json': return jsonStream();
    case 'text': return textStream(options.color, cwd);
    case 'github': return { file: (result) => githubLines(result, cwd).map((line) => `${line}\n`), end: () => '' };
    default: return undefined;
  }
}

/** Severities that `--fail-on` accepts. */
export const FAIL_ON = ['error', 'warning', 'info'] as const;

/** The lowest severity that fails the check. */
export type FailOn = (typeof FAIL_ON)[number];

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/**
 * Whether findings fail the check: any finding at `failOn` or above fails it, except that with
 * `maxWarnings` set, warnings fail it only when there are more than that many.
 */
export function failsCheck(results: readonly FileResult[], failOn: FailOn, maxWarnings?: number): boolean {
  const counts = severityCounts();
  for (const result of results) countSeverities(counts, result);
  return failsCounts(counts, failOn, maxWarnings);
}

/** Findings per severity. */
export type SeverityCounts = Record<Severity, number>;

/** Zero findings of each severity. */
export const severityCounts = (): SeverityCounts => ({ error: 0, warning: 0, info: 0, hint: 0 });

/** Adds a file's findings to the counts. */
export function countSeverities(counts: SeverityCounts, result: FileResult): void {
  for (const f of result.findings) counts[f.severity]++;
}

/** `failsCheck` from counts of findings per severity (what a streamed run keeps). */
export function failsCounts(counts: SeverityCounts, failOn: FailOn, maxWarnings?: number): boolean {
  for (const severity of ['error', 'warning', 'info'] as const) {
    if (counts[severity] === 0 || RANK[severity] < RANK[failOn]) continue;
    if (severity === 'warning' && maxWarnings !== undefined) continue;
    return true;
  }
  return maxWarnings !== undefined && counts.warning > maxWarnings;
}
