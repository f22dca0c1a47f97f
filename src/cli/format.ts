import { relative } from 'node:path';
import { locateSpan, locator } from '../core/location';
import type { Finding, Severity } from '../core/types';
import type { FileResult, LocatedFinding } from './types';
import { DIRECTIVES_URL } from '../engine';

export { DIRECTIVES_URL };

/** Adds 1-based line and column numbers to a file's findings (kept as they are when already located). */
export function locate(result: FileResult): LocatedFinding[] {
  if (result.findings.every((f) => 'line' in f)) return result.findings as LocatedFinding[];
  return result.text === undefined ? [] : locateFindings(result.text, result.findings);
}

/**
 * Findings of `text` with 1-based line and column numbers. Columns are counted as editors count
 * them, after a leading byte-order mark (offsets still count it: they index the file's text).
 */
export function locateFindings(text: string, findings: readonly Finding[]): LocatedFinding[] {
  const at = locator(text);
  return findings.map((f) => ({ ...f, ...locateSpan(at, f.offset, f.endOffset) }));
}

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m' };

/** Text output: `file:line:col-line:col  severity  message  rule-id`, then a summary line. */
export function formatText(results: readonly FileResult[], color: boolean, cwd = process.cwd()): string {
  const stream = textStream(color, cwd);
  return results.flatMap((r) => [...stream.file(r)]).join('') + stream.end();
}

/** Output written file by file as results arrive: `file()` gives a file's part in pieces, `end()` what closes the output. */
export interface OutputStream {
  file(result: FileResult): Iterable<string>;
  end(): string;
}

/** The text format as a stream: a line per finding, then the summary (counts kept, not findings). */
export function textStream(color: boolean, cwd = process.cwd()): OutputStream {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let files = 0;
  let unread = 0;
  let fixed = 0;
  return {
    file(result) {
      files++;
      if (result.unread) unread++;
      fixed += result.fixed ?? 0;
      const name = relative(cwd, result.file) || result.file;
      let out = '';
      for (const f of locate(result)) {
        counts[f.severity]++;
        const severity = color ? `${COLORS[f.severity]}${f.severity}\x1b[0m` : f.severity;
        const rule = color ? `\x1b[2m${f.ruleId}\x1b[0m` : f.ruleId;
        out += `${name}:${f.line}:${f.column}-${f.endLine}:${f.endColumn}  ${severity}  ${f.message}  ${rule}\n`;
      }
      return [out];
    },
    end() {
      const total = counts.error + counts.warning + counts.info + counts.hint;
      const checked = files - unread;
      const summary = `${count(total, 'finding')} (${count(counts.error, 'error')}, ${count(counts.warning, 'warning')}, ${counts.info} info, ${count(counts.hint, 'hint')}) in ${count(checked, 'file')}${unread ? ` (${unread} not read)` : ''}${fixed ? `; ${count(fixed, 'safe fix', 'safe fixes')} applied` : ''}`;
      return `${total ? '\n' : ''}${summary}\n`;
    },
  };
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * JSON output: one entry per file with located findings and their fixes, and, for files that have
 * them, `directiveProblems`: directives that do nothing as written, located, with rename fixes.
 */
export function formatJson(results: readonly FileResult[]): string {
  const stream = jsonStream();
  return results.flatMap((r) => [...stream.file(r)]).join('') + stream.end();
}

/**
 * The JSON format as a stream: the same text as `JSON.stringify(entries, null, 2)`, written entry by
 * entry and, within an entry, finding by finding, so no string holds more than one finding's JSON.
 */
export function jsonStream(): OutputStream {
  let first = true;
  return {
    *file(result) {
      const opening = first ? '[\n' : ',\n';
      first = false;
      const located = locate(result);
      const head = indent(JSON.stringify({ ...jsonHead(result), findings: [] }, null, 2), '  ');
      if (located.length === 0) {
        yield opening + head;
        return;
      }
      yield opening + head.slice(0, -'[]\n  }'.length) + '[';
      for (let i = 0; i < located.length; i++) yield (i ? ',\n' : '\n') + indent(JSON.stringify(jsonFinding(located[i]), null, 2), '      ');
      yield '\n    ]\n  }';
    },
    end() {
      return first ? '[]\n' : '\n]\n';
    },
  };
}

const indent = (text: string, pad: string) => pad + text.replace(/\n/g, `\n${pad}`);

/** A file's JSON entry without its findings. */
function jsonHead(result: FileResult) {
  return {
    file: result.file,
    ...(result.error ? { error: result.error } : {}),
    ...(result.directiveProblems?.length ? {
      directiveProblems: result.directiveProblems.map((p) => ({
        kind: p.kind,
        name: p.name,
        message: p.message,
        suggestions: p.suggestions,
        url: DIRECTIVES_URL,
        line: p.line,
        column: p.column,
        endLine: p.endLine,
        endColumn: p.endColumn,
        offset: p.offset,
        endOffset: p.endOffset,
        fixes: p.fixes.map((x) => ({ title: x.title, edits: x.edits })),
      })),
    } : {}),
  };
}

/** A finding as the JSON output writes it. */
function jsonFinding(f: LocatedFinding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    url: f.url,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    offset: f.offset,
    endOffset: f.endOffset,
    text: f.text,
    confidence: f.confidence,
    fixes: f.fixes.map((x) => ({ title: x.title, ...(x.safe ? { safe: true } : {}), edits: x.edits })),
  };
}
