import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import type { DirectiveProblem } from '../core/directives';
import { problemToDiagnosticData, toDiagnosticData, type DiagnosticData, type Locate, type Span } from './mapping';

/** Turns plain span data into a vscode.Range. */
export function toRange(span: Span): vscode.Range {
  return new vscode.Range(span.start.line, span.start.character, span.end.line, span.end.character);
}

/** Builds the diagnostic of a finding. */
export function toDiagnostic(finding: Finding, locate: Locate): vscode.Diagnostic {
  return fromData(toDiagnosticData(finding, locate));
}

/** Builds the diagnostic of a directive problem (a warning on the directive comment). */
export function problemToDiagnostic(problem: DirectiveProblem, locate: Locate): vscode.Diagnostic {
  return fromData(problemToDiagnosticData(problem, locate));
}

/** The parsed `code` targets (one per rule page): parsing a URI per diagnostic costs more than the rest of it. */
const targets = new Map<string, vscode.Uri>();

function targetUri(target: string): vscode.Uri {
  let uri = targets.get(target);
  if (!uri) targets.set(target, (uri = vscode.Uri.parse(target)));
  return uri;
}

function fromData(data: DiagnosticData): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(data.range), data.message, data.severity as vscode.DiagnosticSeverity);
  diagnostic.source = data.source;
  diagnostic.code = { value: data.code.value, target: targetUri(data.code.target) };
  if (data.tags.length) diagnostic.tags = data.tags as vscode.DiagnosticTag[];
  return diagnostic;
}

/** The findings of one document, the text version they belong to, and their diagnostics. */
export interface DocumentFindings {
  findings: readonly Finding[];
  /** Document version checked; undefined when read from disk (then `length` identifies the text). */
  version?: number;
  length: number;
  /** Directives that do nothing as written; their diagnostics follow the findings' in `diagnostics`. */
  problems: readonly DirectiveProblem[];
  /** The findings' diagnostics (same order as `findings`), then the problems'. */
  diagnostics: readonly vscode.Diagnostic[];
}

/** The diagnostic collection plus the finding behind each diagnostic, so code actions and hovers recompute nothing. */
export class FindingStore implements vscode.Disposable {
  private readonly collection: vscode.DiagnosticCollection;
  private readonly byDiagnostic = new WeakMap<vscode.Diagnostic, Finding>();
  private readonly problemByDiagnostic = new WeakMap<vscode.Diagnostic, DirectiveProblem>();
  private readonly byUri = new Map<string, DocumentFindings>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();

  /** Fires with the document whose findings changed (undefined: all of them). */
  readonly onDidChange = this.changed.event;

  /** `name`: the diagnostic collection's name (live findings, or the findings of "Verify sources"). */
  constructor(name = 'citation-needed') {
    this.collection = vscode.languages.createDiagnosticCollection(name);
  }

  /** Replaces the findings (and directive problems) of a document. */
  set(uri: vscode.Uri, findings: readonly Finding[], locate: Locate, text: { version?: number; length: number }, problems: readonly DirectiveProblem[] = []): void {
    const diagnostics: vscode.Diagnostic[] = [];
    this.build(findings, 0, findings.length, locate, diagnostics);
    this.finish(uri, findings, diagnostics, locate, text, problems);
  }

  /**
   * Replaces the findings of a document as `set` does, building their diagnostics in slices of about
   * `sliceMs` (each through `run('diagnostics', …)`, the final replacement through `run('publish', …)`),
   * awaiting `pause()` between them. Resolves to false, having changed
   * nothing, when `isCurrent()` turns false between slices.
   */
  async setInSlices(uri: vscode.Uri, findings: readonly Finding[], locate: Locate, text: { version?: number; length: number }, problems: readonly DirectiveProblem[],
    slices: { sliceMs: number; pause(): Promise<void>; isCurrent(): boolean; run<T>(kind: 'diagnostics' | 'publish', slice: () => T): T }): Promise<boolean> {
    const diagnostics: vscode.Diagnostic[] = [];
    for (let from = 0; from < findings.length;) {
      from = slices.run('diagnostics', () => {
        const start = Date.now();
        let at = from;
        while (at < findings.length && Date.now() - start < slices.sliceMs) at = this.build(findings, at, Math.min(findings.length, at + 200), locate, diagnostics);
        return at;
      });
      if (from < findings.length) {
        await slices.pause();
        if (!slices.isCurrent()) return false;
      }
    }
    slices.run('publish', () => this.finish(uri, findings, diagnostics, locate, text, problems));
    return true;
  }

  /** Appends the diagnostics of findings[from..to) to `out`; returns `to`. */
  private build(findings: readonly Finding[], from: number, to: number, locate: Locate, out: vscode.Diagnostic[]): number {
    for (let i = from; i < to; i++) {
      const diagnostic = toDiagnostic(findings[i], locate);
      this.byDiagnostic.set(diagnostic, findings[i]);
      out.push(diagnostic);
    }
    return to;
  }

  private finish(uri: vscode.Uri, findings: readonly Finding[], diagnostics: vscode.Diagnostic[], locate: Locate, text: { version?: number; length: number }, problems: readonly DirectiveProblem[]): void {
    for (const problem of problems) {
      const diagnostic = problemToDiagnostic(problem, locate);
      this.problemByDiagnostic.set(diagnostic, problem);
      diagnostics.push(diagnostic);
    }
    this.byUri.set(uri.toString(), { findings, problems, diagnostics, ...text });
    this.collection.set(uri, diagnostics);
    this.changed.fire(uri);
  }

  /** Removes the findings of a document. */
  delete(uri: vscode.Uri): void {
    if (!this.byUri.delete(uri.toString())) return;
    this.collection.delete(uri);
    this.changed.fire(uri);
  }

  /** Removes every finding. */
  clear(): void {
    this.byUri.clear();
    this.collection.clear();
    this.changed.fire(undefined);
  }

  /** The findings of a document, if it was checked. */
  get(uri: vscode.Uri): DocumentFindings | undefined {
    return this.byUri.get(uri.toString());
  }

  /** The finding behind one of our diagnostics (matched by identity, else by rule and range). */
  findingOf(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Finding | undefined {
    const known = this.byDiagnostic.get(diagnostic);
    if (known) return known;
    const entry = this.get(uri);
    const index = this.indexOf(uri, diagnostic);
    return index >= 0 && index < entry!.findings.length ? entry!.findings[index] : undefined;
  }

  /** The directive problem behind one of our diagnostics (matched by identity, else by code, range and message). */
  problemOf(uri: vscode.Uri, diagnostic: vscode.Diagnostic): DirectiveProblem | undefined {
    const known = this.problemByDiagnostic.get(diagnostic);
    if (known) return known;
    const entry = this.get(uri);
    const index = this.indexOf(uri, diagnostic) - (entry?.findings.length ?? 0);
    return index >= 0 ? entry!.problems[index] : undefined;
  }

  /** Index in the stored diagnostics of one equal to `diagnostic` (the editor may hand back copies), or -1. */
  private indexOf(uri: vscode.Uri, diagnostic: vscode.Diagnostic): number {
    const entry = this.get(uri);
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    return entry?.diagnostics.findIndex((d) => typeof d.code === 'object' && d.code.value === code && d.range.isEqual(diagnostic.range) && d.message === diagnostic.message) ?? -1;
  }

  /** True when the stored findings were computed from the document's current text. */
  isCurrent(document: vscode.TextDocument): boolean {
    const entry = this.get(document.uri);
    if (!entry) return false;
    return entry.version === undefined ? !document.isDirty && entry.length === document.getText().length : entry.version === document.version;
  }

  dispose(): void {
    this.collection.dispose();
    this.changed.dispose();
  }
}
