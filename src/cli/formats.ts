import type { Severity } from '../core/types';
import type { FileResult } from './types';
import { formatJson, formatText } from './format';
import { formatGithub } from './github';
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
  let warnings = 0;
  for (const result of results) {
    for (const f of result.findings) {
      if (f.severity === 'warning') warnings++;
      if (RANK[f.severity] < RANK[failOn]) continue;
      if (f.severity === 'warning' && maxWarnings !== undefined) continue;
      return true;
    }
  }
  return maxWarnings !== undefined && warnings > maxWarnings;
}
