import { displayPath } from './display-path';
import type { Severity } from '../core/types';
import type { FileResult } from './types';
import { locate } from './format';

/** Escapes a workflow command's message: %, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as data, plus ":" and ",". */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub has error, warning and notice annotations; info becomes a notice (hints are not annotated). */
function command(severity: Severity): 'error' | 'warning' | 'notice' {
  return severity === 'error' || severity === 'warning' ? severity : 'notice';
}

/** GitHub Actions workflow commands: one `::warning file=…,line=…::message` annotation per finding. */
export function formatGithub(results: readonly FileResult[], cwd = process.cwd()): string {
  const lines = results.flatMap((result) => githubLines(result, cwd));
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The annotations of one file: its error, its directive problems, then its findings. */
export function githubLines(result: FileResult, cwd = process.cwd()): string[] {
  const lines: string[] = [];
  const file = escapeProperty(displayPath(result.file, cwd));
  if (result.error) lines.push(`::${result.unread ? 'error' : 'warning'} file=${file}::${escapeData(result.error)}`);
  for (const p of result.directiveProblems ?? []) lines.push(`::warning file=${file},line=${p.line},col=${p.column},title=citation-needed directive::${escapeData(p.message)}`);
  for (const f of locate(result)) {
    // A hint is below the bar a reviewer should see in a pull request, as it is below the Problems panel's.
    if (f.severity === 'hint') continue;
    const properties = [`file=${file}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(f.ruleId)}`];
    lines.push(`::${command(f.severity)} ${properties.join(',')}::${escapeData(f.message)}`);
  }
  return lines;
}
