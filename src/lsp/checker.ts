// Open documents of the language server and their checks: the engine's incremental model per document,
// analysed in short slices between turns of the event loop, so a long document never stalls the server.
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import type { Bibliography } from '../core/bibliography';
import type { Config } from '../core/config';
import type { DirectiveProblem } from '../core/directives';
import type { Finding } from '../core/types';
import { bibliographyFiles } from '../cli/bibliography';
import { DocumentModel } from '../vscode/document-model';
import { BibliographyCache } from './bibliographies';
import { toDiagnostics, tooLargeDiagnostic } from './protocol';
import { isExcluded, resolveDocumentSettings, type DocumentSettings } from './settings';
import { TextIndex, toTextChange, type LspContentChange } from './text-sync';

/** Longest stretch of analysis between two turns of the event loop. */
export const ANALYSIS_SLICE_MS = 30;
/** After this long, a push check publishes the findings so far, then goes on. */
export const CHECK_BUDGET_MS = 3000;

/** What one check of a document version gave. */
export interface CheckResult {
  version: number;
  /** The text checked (code actions compute directive edits against it). */
  text: string;
  index: TextIndex;
  findings: readonly Finding[];
  problems: readonly DirectiveProblem[];
  diagnostics: Diagnostic[];
}

/** An open document: its incremental model, the options it was built with, its settings and last result. */
export interface OpenDocument {
  uri: string;
  model: DocumentModel;
  built?: { config: Config; bibliography?: Bibliography };
  settings?: Promise<DocumentSettings>;
  result?: CheckResult;
}

/** How the checker reaches the client: its settings, and where messages go. */
export interface CheckerHost {
  /** The client's `citationNeeded` settings for a document (undefined when it has none). */
  clientSettings(uri: string): Promise<unknown>;
  /** The workspace folder paths (multi-root). */
  folders(): readonly string[];
  /** A configuration or bibliography problem, said once per distinct message. */
  warn(message: string): void;
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Lines read from the top of a document to find its front matter's `bibliography:` (as the extension reads them). */
const FRONT_MATTER_LINES = 400;

/** The first FRONT_MATTER_LINES lines of a text, without copying a long text whole. */
function headOf(text: string): string {
  let end = 0;
  for (let line = 0; line < FRONT_MATTER_LINES && end >= 0; line++) end = text.indexOf('\n', end + 1);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** The file path of a `file:` URI; undefined for other schemes (unsaved or virtual documents). */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Open documents and their checks. */
export class Checker {
  private readonly documents = new Map<string, OpenDocument>();
  private readonly bibliographies: BibliographyCache;
  private readonly reported = new Set<string>();

  constructor(private readonly host: CheckerHost) {
    this.bibliographies = new BibliographyCache((message) => this.warnOnce(`bibliography: ${message}`));
  }

  get(uri: string): OpenDocument | undefined {
    return this.documents.get(uri);
  }

  all(): OpenDocument[] {
    return [...this.documents.values()];
  }

  open(uri: string, text: string, version: number): OpenDocument {
    const document: OpenDocument = { uri, model: new DocumentModel(text, version, {}) };
    this.documents.set(uri, document);
    return document;
  }

  /** Applies content changes in order (each against the text the previous ones left). */
  change(uri: string, changes: readonly LspContentChange[], version: number): OpenDocument | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    for (const change of changes) document.model.edit([toTextChange(document.model.text, change)], version);
    document.model.version = version;
    return document;
  }

  close(uri: string): void {
    this.documents.delete(uri);
  }

  /** Forgets every document's settings (the client's settings, a configuration file or the folders changed). */
  invalidateSettings(): void {
    for (const document of this.documents.values()) document.settings = undefined;
  }

  /** The settings of a document, resolved once until invalidated. */
  settingsOf(document: OpenDocument): Promise<DocumentSettings> {
    document.settings ??= this.resolveSettings(document.uri);
    return document.settings;
  }

  /** The last result when it belongs to the current text, else undefined. */
  currentResult(document: OpenDocument): CheckResult | undefined {
    return document.result?.version === document.model.version ? document.result : undefined;
  }

  /**
   * Checks the current text of a document in slices. Resolves to undefined when `isCurrent()` turned
   * false or the document changed or closed meanwhile. `onPartial` receives the diagnostics so far
   * once the check has run for CHECK_BUDGET_MS.
   */
  async check(document: OpenDocument, isCurrent: () => boolean, onPartial?: (diagnostics: Diagnostic[]) => void): Promise<CheckResult | undefined> {
    const known = this.currentResult(document);
    if (known) return known;
    const version = document.model.version;
    const current = () => isCurrent() && this.documents.get(document.uri) === document && document.model.version === version;
    const settings = await this.settingsOf(document);
    if (!current()) return undefined;
    const path = pathOf(document.uri);
    const text = document.model.text;
    const finish = (findings: readonly Finding[], problems: readonly DirectiveProblem[], diagnostics?: Diagnostic[]): CheckResult => {
      const index = new TextIndex(text);
      const result = { version, text, index, findings, problems, diagnostics: diagnostics ?? toDiagnostics(findings, problems, index.locate) };
      document.result = result;
      return result;
    };
    if (!settings.host.enable || isExcluded(path, settings)) return finish([], []);
    const bytes = Buffer.byteLength(text);
    if (bytes > settings.config.maxFileSize) return finish([], [], [tooLargeDiagnostic(bytes, settings.config.maxFileSize)]);
    const model = this.modelOf(document, settings, path);
    const partial = onPartial && ((findings: Finding[]) => onPartial(toDiagnostics(findings, [], new TextIndex(text).locate)));
    const findings = await model.findingsInSlices({ sliceMs: ANALYSIS_SLICE_MS, pause, isCurrent: () => current() && document.model === model, budgetMs: CHECK_BUDGET_MS, onOverBudget: partial });
    if (!findings || !current()) return undefined;
    return finish(findings, model.directiveProblems());
  }

  /** The document's model, rebuilt from its text when the configuration or bibliography changed. */
  private modelOf(document: OpenDocument, settings: DocumentSettings, path: string | undefined): DocumentModel {
    const { config } = settings;
    const files = path ? bibliographyFiles(path, headOf(document.model.text), config.bibliography, settings.bibliographyBase) : [];
    const bibliography = this.bibliographies.load(files);
    const built = document.built;
    if (built && built.config === config && built.bibliography === bibliography) return document.model;
    document.model = new DocumentModel(document.model.text, document.model.version, { config, bibliography });
    document.built = { config, bibliography };
    return document.model;
  }

  private async resolveSettings(uri: string): Promise<DocumentSettings> {
    const path = pathOf(uri);
    const folder = path ? this.folderOf(path) : this.host.folders()[0];
    const settings = resolveDocumentSettings({ path, folder }, await this.host.clientSettings(uri));
    for (const problem of settings.problems) this.warnOnce(`invalid configuration, default kept: ${problem}`);
    return settings;
  }

  /** The innermost workspace folder holding a file. */
  private folderOf(path: string): string | undefined {
    const inside = this.host.folders().filter((f) => path === f || path.startsWith(f.endsWith('/') || f.endsWith('\\') ? f : `${f}/`) || path.startsWith(`${f}\\`));
    return inside.sort((a, b) => b.length - a.length)[0];
  }

  private warnOnce(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.host.warn(message);
  }
}
