// Finding -> diagnostic-shaped data and fix -> editor edits, without importing `vscode`.
import { PLACEHOLDERS } from '../core/cite-fixes';
import { selectFixEdits } from '../core/apply-fixes';
import type { Edit, Finding, Fix, Severity } from '../core/types';
import { SOURCE } from './constants';
import type { DirectiveProblem } from '../core/directives';
import { DIRECTIVES_URL } from '../engine';

/** A zero-based line and UTF-16 column. */
export interface Point {
  line: number;
  character: number;
}

/** A start and end point. */
export interface Span {
  start: Point;
  end: Point;
}

/** Converts a source offset to a point (the document's `positionAt`, or one built from line starts). */
export type Locate = (offset: number) => Point;

/** Values of `vscode.DiagnosticSeverity`, by finding severity. */
export const DIAGNOSTIC_SEVERITY: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** `vscode.DiagnosticTag.Unnecessary`: the editor fades the text. */
export const TAG_UNNECESSARY = 1;

// Rules whose flagged text is best deleted outright: faded in the editor.
const UNNECESSARY_RULES = new Set(['ai-artifact']);

/** Everything a `vscode.Diagnostic` needs, as plain data. */
export interface DiagnosticData {
  range: Span;
  message: string;
  severity: number;
  source: string;
  code: { value: string; target: string };
  tags: number[];
}

/** Maps a finding to the data of its diagnostic. */
export function toDiagnosticData(finding: Finding, locate: Locate): DiagnosticData {
  return {
    range: { start: locate(finding.offset), end: locate(finding.endOffset) },
    message: finding.message,
    severity: DIAGNOSTIC_SEVERITY[finding.severity],
    source: SOURCE,
    code: { value: finding.ruleId, target: finding.url },
    tags: UNNECESSARY_RULES.has(finding.ruleId) ? [TAG_UNNECESSARY] : [],
  };
}

/** The diagnostic code of directive problems, linking to the documentation of inline directives. */
export const DIRECTIVE_CODE = { value: 'inline-directive', target: DIRECTIVES_URL } as const;

/** Maps a directive problem (unknown directive name or rule id) to the data of its diagnostic: a warning on the comment. */
export function problemToDiagnosticData(problem: DirectiveProblem, locate: Locate): DiagnosticData {
  return {
    range: { start: locate(problem.offset), end: locate(problem.endOffset) },
    message: problem.message,
    severity: DIAGNOSTIC_SEVERITY.warning,
    source: SOURCE,
    code: { ...DIRECTIVE_CODE },
    tags: [],
  };
}

/** One editor edit: a range and its text, or a snippet when the text holds a placeholder to fill in. */
export interface EditData {
  range: Span;
  newText: string;
  /** Snippet syntax with the placeholder as tab stop 1; absent for plain edits. */
  snippet?: string;
}

const escapeSnippet = (text: string) => text.replace(/[$}\\]/g, '\\$&');

// Where each placeholder sits in the text that citation fixes insert.
const PLACEHOLDER_SITES: ReadonlyArray<{ before: string; placeholder: string }> = [
  { before: '](', placeholder: PLACEHOLDERS.url },
  { before: '[@', placeholder: PLACEHOLDERS.key },
  { before: ']: ', placeholder: PLACEHOLDERS.footnote },
];

/** Snippet text with the first citation placeholder as a selected tab stop, or undefined when there is none. */
export function toSnippet(newText: string): string | undefined {
  for (const { before, placeholder } of PLACEHOLDER_SITES) {
    const at = newText.indexOf(before + placeholder);
    if (at < 0) continue;
    const start = at + before.length;
    const end = start + placeholder.length;
    return `${escapeSnippet(newText.slice(0, start))}\${1:${escapeSnippet(placeholder)}}${escapeSnippet(newText.slice(end))}`;
  }
  return undefined;
}

/** Converts an edit against source offsets to an editor edit. */
export function toEditData(edit: Edit, locate: Locate, snippets = false): EditData {
  const snippet = snippets ? toSnippet(edit.newText) : undefined;
  return { range: { start: locate(edit.offset), end: locate(edit.endOffset) }, newText: edit.newText, ...(snippet ? { snippet } : {}) };
}

/** Converts a fix's edits; with `snippets`, a citation placeholder becomes a tab stop (at most one per fix). */
export function fixToEdits(fix: Fix, locate: Locate, snippets = true): EditData[] {
  let snippetUsed = false;
  return fix.edits.map((edit) => {
    const data = toEditData(edit, locate, snippets && !snippetUsed);
    if (data.snippet) snippetUsed = true;
    return data;
  });
}

/** The non-overlapping edits of every safe fix of the findings (for fix-all, in the order taken), and how many fixes they apply. */
export function safeFixEdits(findings: readonly Finding[]): { edits: Edit[]; applied: number } {
  return selectFixEdits(findings.flatMap((f) => f.fixes.filter((fix) => fix.safe)));
}
