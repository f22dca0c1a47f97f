import * as vscode from 'vscode';
import type { Bibliography } from '../core/bibliography';
import type { Config } from '../core/config';
import type { Finding } from '../core/types';
import { LANGUAGES } from './constants';
import { DocumentModel, type TextChange } from './document-model';
import { documentHead, type BibliographyStore } from './bibliography-store';
import type { FindingStore } from './diagnostics';
import { Debouncer, Generations } from './scheduler';
import { readHostSettings } from './settings';
import type { ConfigStore } from './settings';
import { yieldToHost } from './output';
import { utf8Length } from '../core/text-size';
import { LIVE_WORKER_MIN_LENGTH, type LiveDocumentsClient, type LiveFindings } from '../workers/live-client';
import { PoolStoppedError, WorkerStartError } from '../workers/pool';
import { HostWork } from './host-work';

/** Longest stretch of analysis between two turns of the extension host's event loop. */
const ANALYSIS_SLICE_MS = 30;
/** After this long, a check publishes what it has found so far (and says so once), then goes on. */
const CHECK_BUDGET_MS = 3000;

// Documents in these schemes are views of other text (diffs, output), not drafts.
const IGNORED_SCHEMES = new Set(['git', 'output', 'vscode-scm', 'comment', 'vscode-notebook-cell-output']);

/** True for the Markdown-family documents this extension checks. */
export function isCandidate(document: vscode.TextDocument): boolean {
  return LANGUAGES.includes(document.languageId) && !IGNORED_SCHEMES.has(document.uri.scheme);
}

/** The editor's content changes in the engine's terms. */
export function toTextChanges(event: vscode.TextDocumentChangeEvent): TextChange[] {
  return event.contentChanges.map((c) => ({ offset: c.rangeOffset, deleteCount: c.rangeLength, insertText: c.text }));
}

/** True when one of the exclude globs matches the document (relative to its workspace folder). */
function isExcluded(document: vscode.TextDocument, config: Config): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) return false;
  return config.exclude.some((glob) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0);
}

/** What a LiveChecker runs with besides its stores. */
export interface LiveCheckerOptions {
  /** Records the checker's synchronous work on the extension host (default: a recorder of its own). */
  work?: HostWork;
  /** Checks documents of LIVE_WORKER_MIN_LENGTH or more in the live worker; without it, every document is checked here. */
  live?: LiveDocumentsClient;
}

/** Which way the checks went: long documents in the live worker, documents checked in the host (and the long ones among them). */
export interface LiveCheckCounts {
  inWorker: number;
  inHost: number;
  longInHost: number;
}

/** A long document is checked in the host: the live worker could not run. */
const FALL_BACK = Symbol('fall back');

/** Checks open documents as the writer works: on open, on change (debounced), on save; drops stale results. */
export class LiveChecker implements vscode.Disposable {
  private readonly models = new Map<string, { model: DocumentModel; config: Config; bibliography?: Bibliography }>();
  private readonly debouncer = new Debouncer();
  private readonly generations = new Generations();
  private readonly slowDocuments = new Set<string>();
  private readonly work: HostWork;
  private workerFellBack = false;
  /** Checks completed, by where they ran. */
  readonly counts: LiveCheckCounts = { inWorker: 0, inHost: 0, longInHost: 0 };

  constructor(
    private readonly store: FindingStore,
    private readonly configs: ConfigStore,
    private readonly log: vscode.LogOutputChannel,
    private readonly bibliographies?: BibliographyStore,
    private readonly options: LiveCheckerOptions = {},
  ) {
    this.work = options.work ?? new HostWork();
  }

  /** A document was opened: check it unless the run mode is manual. */
  opened(document: vscode.TextDocument): void {
    if (!isCandidate(document)) return;
    const host = readHostSettings(document.uri);
    if (host.enable && host.run !== 'manual') void this.check(document);
  }

  /** Content changed: the one entry point for edits. Feeds the model, then schedules a check in `onType` mode. */
  changed(event: vscode.TextDocumentChangeEvent): void {
    const document = event.document;
    if (!isCandidate(document) || event.contentChanges.length === 0) return;
    const key = document.uri.toString();
    const changes = toTextChanges(event);
    const entry = this.models.get(key);
    if (entry) {
      if (entry.model.version === document.version - 1) this.work.run('edit', () => entry.model.edit(changes, document.version));
      else this.models.delete(key); // missed an edit: rebuilt from the text at the next check
    }
    this.options.live?.edited(key, changes, document.version);
    const host = readHostSettings(document.uri);
    if (host.enable && host.run === 'onType') this.debouncer.schedule(key, host.delay, () => void this.check(document));
  }

  /** A document was saved: check it unless the run mode is manual. */
  saved(document: vscode.TextDocument): void {
    if (!isCandidate(document)) return;
    const host = readHostSettings(document.uri);
    if (host.enable && host.run !== 'manual') void this.check(document);
  }

  /** A document was closed: forget it and its findings. */
  closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.debouncer.cancel(key);
    this.generations.invalidate(key);
    this.models.delete(key);
    this.options.live?.closed(key);
    this.store.delete(document.uri);
    // The editor may open a new document for the same URI before the old one's close event arrives.
    const reopened = vscode.workspace.textDocuments.find((d) => d !== document && !d.isClosed && d.uri.toString() === key);
    if (reopened) this.opened(reopened);
  }

  /** Re-checks open documents after a settings or configuration file change. */
  recheckOpen(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (!isCandidate(document)) continue;
      const host = readHostSettings(document.uri);
      if (!host.enable) this.forget(document);
      else if (host.run !== 'manual' || this.store.get(document.uri)) void this.check(document);
    }
  }

  /**
   * Checks a document now and publishes its findings. Returns them, or undefined when the result
   * went stale (a newer check started, the document changed or closed) or checking is off.
   * `force` checks even when `citationNeeded.enable` is false for the document (explicit command).
   */
  async check(document: vscode.TextDocument, force = false): Promise<Finding[] | undefined> {
    const key = document.uri.toString();
    this.debouncer.cancel(key);
    const generation = this.generations.next(key);
    if (!force && !readHostSettings(document.uri).enable) return this.forget(document);
    const config = await this.configs.configFor(document.uri);
    const pending = this.bibliographies?.forText(document.uri, documentHead(document), config);
    const bibliography = pending && await pending;
    await yieldToHost();
    if (!this.generations.isCurrent(key, generation) || document.isClosed) return undefined;
    if (isExcluded(document, config)) return this.forget(document);
    // The length without copying the text: the offset of the end of the document.
    const length = document.offsetAt(new vscode.Position(document.lineCount, 0));
    if (this.tooLarge(document, length, config)) {
      this.log.info(`Skipped ${document.uri.fsPath || key}: larger than citationNeeded.maxFileSize (${config.maxFileSize} bytes)`);
      return this.forget(document);
    }
    if (length >= LIVE_WORKER_MIN_LENGTH && this.options.live && !this.workerFellBack) {
      const checked = await this.checkInWorker(document, generation, config, bibliography);
      if (checked !== FALL_BACK) return checked;
      if (!this.generations.isCurrent(key, generation) || document.isClosed) return undefined;
    }
    const model = this.modelFor(document, config, bibliography);
    let findings: Finding[] | undefined;
    try {
      // Long documents are analysed in short slices so typing never waits for a check.
      const current = () => this.generations.isCurrent(key, generation) && !document.isClosed && document.version === model.version;
      const publish = (partial: Finding[]) => this.overBudget(document, model, partial);
      const run = <T>(kind: string, slice: () => T) => this.work.run(kind, slice);
      findings = await model.findingsInSlices({ sliceMs: ANALYSIS_SLICE_MS, pause: yieldToHost, isCurrent: current, budgetMs: CHECK_BUDGET_MS, onOverBudget: publish, run });
    } catch (error) {
      this.log.error(`Checking ${key} failed: ${(error as Error).stack ?? error}`);
      return undefined;
    }
    if (!findings) return undefined;
    if (!this.generations.isCurrent(key, generation) || document.version !== model.version) return undefined;
    const problems = this.work.run('analysis', () => model.directiveProblems());
    const checked = findings;
    this.work.run('publish', () => this.store.set(document.uri, checked, (offset) => document.positionAt(offset), { version: document.version, length: model.text.length }, problems));
    this.counts.inHost++;
    if (model.text.length >= LIVE_WORKER_MIN_LENGTH) this.counts.longInHost++;
    return findings;
  }

  /** True when the document's UTF-8 size is over `maxFileSize`; the text is read only when its UTF-16 length leaves it open. */
  private tooLarge(document: vscode.TextDocument, length: number, config: Config): boolean {
    if (length > config.maxFileSize) return true;
    if (length * 3 <= config.maxFileSize) return false;
    return this.work.run('size', () => utf8Length(document.getText())) > config.maxFileSize;
  }

  /**
   * Checks a long document in the live worker (its edits since the version the worker holds, or its
   * whole text) and publishes the findings; FALL_BACK when no worker can run (said once: from then on
   * long documents are checked in slices here).
   */
  private async checkInWorker(document: vscode.TextDocument, generation: number, config: Config, bibliography: Bibliography | undefined): Promise<Finding[] | undefined | typeof FALL_BACK> {
    const key = document.uri.toString();
    this.models.delete(key);
    let result: LiveFindings | undefined;
    const work = this.work;
    const live = { key, get version() { return document.version; }, getText: () => work.run('text', () => document.getText()) };
    const current = () => this.generations.isCurrent(key, generation) && !document.isClosed;
    try {
      // A worker stopped under a check (another document closed while the worker was checking it): once more, in a new one.
      for (let attempt = 1; ; attempt++) {
        try {
          result = await this.options.live!.check(live, { config, bibliography }, current);
          break;
        } catch (error) {
          if (!(error instanceof PoolStoppedError) || attempt > 1) throw error;
          if (!current()) return undefined;
        }
      }
    } catch (error) {
      if (error instanceof WorkerStartError) {
        this.workerFellBack = true;
        this.log.warn(`Long documents are checked in the extension host, in slices, not in a worker: ${error.message}`);
        return FALL_BACK;
      }
      if (this.generations.isCurrent(key, generation) && !document.isClosed) this.log.error(`Checking ${key} failed: ${(error as Error).message}`);
      return undefined;
    }
    if (!result || !current() || document.version !== result.version) return undefined;
    // Many findings (a hostile document can have tens of thousands) are turned into diagnostics in slices.
    const published = await this.store.setInSlices(document.uri, result.findings, (offset) => document.positionAt(offset), { version: result.version, length: result.length }, result.directiveProblems, {
      sliceMs: ANALYSIS_SLICE_MS, pause: yieldToHost, isCurrent: () => current() && document.version === result!.version, run: (kind, slice) => this.work.run(kind, slice),
    });
    if (!published) return undefined;
    this.counts.inWorker++;
    return result.findings;
  }

  private modelFor(document: vscode.TextDocument, config: Config, bibliography: Bibliography | undefined): DocumentModel {
    const key = document.uri.toString();
    const entry = this.models.get(key);
    if (entry && entry.config === config && entry.bibliography === bibliography && entry.model.version === document.version) return entry.model;
    const model = new DocumentModel(this.work.run('text', () => document.getText()), document.version, { config, bibliography });
    this.models.set(key, { model, config, bibliography });
    return model;
  }

  /** A check ran past its time budget: publish the findings so far and say so once per document. */
  private overBudget(document: vscode.TextDocument, model: DocumentModel, partial: Finding[]): void {
    const key = document.uri.toString();
    if (document.version !== model.version) return;
    // Directive problems need every block; until the check completes, the last ones shown stay.
    const problems = this.store.get(document.uri)?.problems ?? [];
    this.work.run('publish', () => this.store.set(document.uri, partial, (offset) => document.positionAt(offset), { version: document.version, length: model.text.length }, problems));
    if (this.slowDocuments.has(key)) return;
    this.slowDocuments.add(key);
    const name = vscode.workspace.asRelativePath(document.uri);
    this.log.warn(`Checking ${name} takes longer than ${CHECK_BUDGET_MS / 1000} s: showing the findings so far; the rest follow when the check completes.`);
    vscode.window.setStatusBarMessage(`$(watch) Citation Needed: ${name} is long; findings so far shown, still checking…`, 8000);
  }

  private forget(document: vscode.TextDocument): undefined {
    this.models.delete(document.uri.toString());
    this.options.live?.closed(document.uri.toString());
    this.store.delete(document.uri);
    return undefined;
  }

  dispose(): void {
    this.debouncer.dispose();
    this.models.clear();
  }
}
