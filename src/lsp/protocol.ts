// Findings, directive problems and fixes in Language Server Protocol terms: plain data, no connection.
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import type { Finding, Fix } from '../core/types';
import type { DirectiveProblem } from '../core/directives';
import { FIX_ALL_KIND, SOURCE } from '../vscode/constants';
import { disableFileEdit, disableLineEdit } from '../vscode/directive-edits';
import { fixToEdits, problemToDiagnosticData, safeFixEdits, toDiagnosticData, toEditData, type DiagnosticData, type Locate, type Span } from '../vscode/mapping';

/** The code action kind of "fix all safe problems": a sub-kind of `source.fixAll`, as in the VS Code extension. */
export const FIX_ALL = FIX_ALL_KIND;

/** The diagnostic code of a document over the size limit. */
export const TOO_LARGE_CODE = 'max-file-size';

/** LSP DiagnosticSeverity is VS Code's plus one (error 1 … hint 4). */
function toDiagnostic(data: DiagnosticData): Diagnostic {
  return {
    range: data.range,
    message: data.message,
    severity: (data.severity + 1) as Diagnostic['severity'],
    source: data.source,
    code: data.code.value,
    codeDescription: { href: data.code.target },
    ...(data.tags.length ? { tags: data.tags as Diagnostic['tags'] } : {}),
  };
}

/** The diagnostics of a document: its findings', then its directive problems'. */
export function toDiagnostics(findings: readonly Finding[], problems: readonly DirectiveProblem[], locate: Locate): Diagnostic[] {
  return [
    ...findings.map((f) => toDiagnostic(toDiagnosticData(f, locate))),
    ...problems.map((p) => toDiagnostic(problemToDiagnosticData(p, locate))),
  ];
}

/** The one diagnostic of a document over `maxFileSize`: said at its start, nothing else checked. */
export function tooLargeDiagnostic(bytes: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    message: `Not checked: this document is ${bytes} bytes, more than maxFileSize (${limit} bytes). Raise citationNeeded.maxFileSize or "maxFileSize" in .citation-needed.json to check it.`,
    severity: 3,
    source: SOURCE,
    code: TOO_LARGE_CODE,
  };
}

/** True when two ranges are equal. */
export function sameSpan(a: Span, b: Span): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** A fix as LSP text edits (plain text: a placeholder stays as text to overwrite). */
export function fixToTextEdits(fix: Fix, locate: Locate): TextEdit[] {
  return fixToEdits(fix, locate, false).map((e) => ({ range: e.range, newText: e.newText }));
}

function quickFix(title: string, uri: string, edits: TextEdit[], diagnostic: Diagnostic, preferred = false): CodeAction {
  return { title, kind: 'quickfix', diagnostics: [diagnostic], ...(preferred ? { isPreferred: true } : {}), edit: { changes: { [uri]: edits } } };
}

/** The action applying every safe fix of the findings, or undefined when there is none. */
export function fixAllAction(uri: string, findings: readonly Finding[], locate: Locate, kind: string = FIX_ALL): CodeAction | undefined {
  const { edits, applied } = safeFixEdits(findings);
  if (applied === 0) return undefined;
  const changes = edits.map((e) => toEditData(e, locate)).map((e) => ({ range: e.range, newText: e.newText }));
  return { title: `Fix all safe ${SOURCE} problems (${applied})`, kind, edit: { changes: { [uri]: changes } } };
}

/** Quick fixes for one finding's diagnostic: the engine's fixes, then disable for this line / in this file. */
export function findingActions(uri: string, text: string, finding: Finding, diagnostic: Diagnostic, locate: Locate, withDirectives: boolean): CodeAction[] {
  const actions = finding.fixes.map((fix) => quickFix(fix.title, uri, fixToTextEdits(fix, locate), diagnostic, fix.preferred === true));
  if (!withDirectives) return actions;
  const id = finding.ruleId;
  const line = disableLineEdit(text, finding.offset, id);
  if (line) actions.push(quickFix(`Disable ${id} for this line`, uri, fixToTextEdits({ title: '', edits: [line] }, locate), diagnostic));
  actions.push(quickFix(`Disable ${id} in this file`, uri, fixToTextEdits({ title: '', edits: [disableFileEdit(text, id)] }, locate), diagnostic));
  return actions;
}

/** Quick fixes for a directive problem: rename to the closest known names. */
export function problemActions(uri: string, problem: DirectiveProblem, diagnostic: Diagnostic, locate: Locate): CodeAction[] {
  return problem.fixes.map((fix) => quickFix(fix.title, uri, fixToTextEdits(fix, locate), diagnostic, fix.preferred === true));
}

/** What an action request's `only` asks for: fix-all (a `source` kind that is or contains ours), quick fixes, or both (no `only`). */
export function requestedKinds(only: readonly string[] | undefined): { quickFixes: boolean; fixAll: boolean } {
  if (!only || only.length === 0) return { quickFixes: true, fixAll: true };
  const covers = (kind: string, sub: string) => sub === kind || sub.startsWith(`${kind}.`);
  return {
    quickFixes: only.some((k) => covers(k, 'quickfix')),
    fixAll: only.some((k) => covers(k, FIX_ALL) || covers(FIX_ALL, k)),
  };
}
