import * as vscode from 'vscode';
import type { Bibliography } from '../core/bibliography';
import { positionAt } from '../core/location';
import type { Finding } from '../core/types';
import type { FileReport } from '../core/report-model';
import type { WorkerBundle } from '../workers/channel';
import type { TextJob } from '../workers/text-check';
import { TextEngines, WORKER_MIN_LENGTH, type TextEngine } from '../workers/text-engine';
import { FileCheckError } from '../workers/pool';
import { combineExcludes } from './config-bridge';
import type { FindingStore } from './diagnostics';
import { isCandidate, type LiveChecker } from './live-checker';
import { workspaceSummaryLine } from './messages';
import { yieldToHost } from './output';
import { readHostSettings, type ConfigStore } from './settings';
import type { BibliographyStore } from './bibliography-store';
import type { ReportEntry } from './report-panel';

/** What checking one file of the workspace gave. */
export interface FileCheck {
  findings: readonly Finding[];
  skipped?: string;
  /** The file's part of the attribution report (absent when skipped). */
  report?: ReportEntry;
}

/** Totals of a workspace check. */
export interface WorkspaceSummary {
  /** Markdown files found. */
  files: number;
  /** Files finished (checked, skipped or failed); fewer than `files` when the check was cancelled. */
  checked: number;
  filesWithFindings: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
  message: string;
  /** The report of every file checked, in file order. */
  reports: ReportEntry[];
  /** Worker threads the check started with; 0 when it ran in the extension host (the fallback). */
  workers: number;
}

/** What the workspace check works with; `workers` is the host's worker bundle, `parallelism` the workers to use when `citationNeeded.workers` is 0. */
export interface WorkspaceCheckDeps {
  configs: ConfigStore;
  store: FindingStore;
  live: LiveChecker;
  log: vscode.LogOutputChannel;
  bibliographies?: BibliographyStore;
  workers: WorkerBundle;
  parallelism: number;
  /** What the log calls the workers: `worker threads`, `Web Workers`. */
  workersName: string;
}

/** Characters read from the top of a file to find its front matter's `bibliography:`. */
const HEAD_LENGTH = 100_000;

/** Files in flight (being read, queued or checked) per worker: enough to keep workers busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 2;

/** Milliseconds after the first long Markdown document opens before the report worker starts: the live checker's first check of it goes first. */
const PREWARM_DELAY_MS = 2_000;

/** Markdown files of every workspace folder, honouring `files.exclude` and the configured include/exclude globs. */
export async function findMarkdownFiles(configs: ConfigStore, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const config = await configs.configFor(folder.uri);
    const filesExclude = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude');
    const include = config.include.length === 1 ? config.include[0] : `{${config.include.join(',')}}`;
    const exclude = combineExcludes(filesExclude, config.exclude);
    // An explicit exclude replaces files.exclude in findFiles, so combineExcludes folds it in; null: none at all.
    out.push(...await vscode.workspace.findFiles(new vscode.RelativePattern(folder, include), exclude ?? null, undefined, token));
  }
  return out.sort((a, b) => a.toString().localeCompare(b.toString()));
}

/**
 * "Check attributions in workspace": reads every Markdown file through `vscode.workspace.fs` (or takes
 * an open document's text), checks it in the host's workers (`citationNeeded.workers`, 0: one per core)
 * with a few files in flight, and publishes each file's findings as it finishes. Without workers
 * (missing bundle, a worker that cannot start) it checks in the extension host, one file per turn.
 */
export class WorkspaceChecker implements vscode.Disposable {
  private readonly engines: TextEngines;
  private disposed = false;
  /** Set once the report worker was pre-warmed (or is about to be): once per session. */
  private prewarm?: ReturnType<typeof setTimeout>;

  constructor(private readonly deps: WorkspaceCheckDeps) {
    this.engines = new TextEngines({
      bundle: deps.workers,
      warn: (reason) => deps.log.warn(`Workspace checks and reports run in the extension host, not in ${deps.workersName}: ${reason}`),
      pause: yieldToHost, // between two files checked in the host, let it handle typing and rendering
    });
  }

  /** Runs a check with a cancellable progress notification; resolves with the totals (also when cancelled). */
  run(): Thenable<WorkspaceSummary> {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Citation Needed: checking attributions', cancellable: true },
      (progress, token) => this.check(progress, token));
  }

  /**
   * Checks one text for its report, off the host thread (a short text in the host): the report of
   * "Check attributions". The report worker is kept for the next report and stops after a few idle minutes.
   */
  async checkForReport(job: TextJob, bibliography: Bibliography | undefined): Promise<FileReport> {
    return (await this.engines.checkOne({ ...job, reportOnly: true }, bibliography)).report;
  }

  /**
   * A document opened: the first Markdown document long enough for the report worker starts it, a moment
   * later and once per session, so that the first "Check attributions" does not wait for it to load. It
   * stops when idle like after a report.
   */
  opened(document: vscode.TextDocument): void {
    if (this.prewarm || this.disposed || !isCandidate(document) || !readHostSettings(document.uri).enable) return;
    // The length without copying the text: the offset of the end of the document.
    if (document.offsetAt(new vscode.Position(document.lineCount, 0)) < WORKER_MIN_LENGTH) return;
    this.prewarm = setTimeout(() => void this.engines.prewarm(), PREWARM_DELAY_MS);
  }

  /** `citationNeeded.workers` changed: the report worker stops (after a running report); the next report starts a new one. */
  workersChanged(): void {
    void this.engines.stopReportWorker();
  }

  private async check(progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<WorkspaceSummary> {
    const started = Date.now();
    const files = await findMarkdownFiles(this.deps.configs, token);
    const summary: WorkspaceSummary = { files: files.length, checked: 0, filesWithFindings: 0, findings: 0, skipped: 0, cancelled: false, message: '', reports: [], workers: 0 };
    const reports: Array<ReportEntry | undefined> = [];
    const today = new Date().toISOString().slice(0, 10); // one "today" for the whole run, as toRefDate takes it
    const engine = await this.engines.start(files.length && !token.isCancellationRequested ? Math.min(readHostSettings(undefined).workers || this.deps.parallelism, files.length) : 0);
    summary.workers = engine.workers;
    const stop = token.onCancellationRequested(() => void engine.terminate());
    const inFlight = new Set<Promise<void>>();
    let done = 0;
    const checkOne = async (uri: vscode.Uri, index: number) => {
      const name = vscode.workspace.asRelativePath(uri);
      try {
        const result = await this.checkFile(uri, name, engine, today, token);
        if (result.skipped) {
          summary.skipped++;
          this.deps.log.info(`Skipped ${name}: ${result.skipped}`);
        }
        reports[index] = result.report;
        summary.findings += result.findings.length;
        if (result.findings.length) summary.filesWithFindings++;
      } catch (error) {
        if (token.isCancellationRequested || this.disposed) return; // stopped on purpose: not a failure of the file
        summary.skipped++;
        this.deps.log.error(`Checking ${name} failed: ${error instanceof FileCheckError ? error.reason : (error as Error).message}`);
      }
      progress.report({ message: `${++done}/${files.length} ${name}`, increment: 100 / files.length });
    };
    try {
      for (const [index, uri] of files.entries()) {
        while (inFlight.size >= Math.max(1, engine.workers * IN_FLIGHT_PER_WORKER)) await Promise.race(inFlight);
        if (token.isCancellationRequested || this.disposed) break;
        const task: Promise<void> = checkOne(uri, index).finally(() => inFlight.delete(task));
        inFlight.add(task);
      }
      await Promise.all(inFlight);
    } finally {
      stop.dispose();
      await engine.terminate();
    }
    summary.reports = reports.filter((r): r is ReportEntry => r !== undefined);
    summary.cancelled = token.isCancellationRequested || this.disposed;
    summary.checked = done;
    summary.message = workspaceSummaryLine(summary);
    this.deps.log.info(`Workspace check: ${done} of ${files.length} files in ${Date.now() - started} ms, ${summary.workers ? `${summary.workers} ${this.deps.workersName}` : 'in the extension host'}${summary.cancelled ? ' (cancelled)' : ''}`);
    return summary;
  }

  /** Checks one file and publishes its findings. An open document goes through the live checker (its unsaved text counts). */
  private async checkFile(uri: vscode.Uri, name: string, engine: TextEngine, today: string, token: vscode.CancellationToken): Promise<FileCheck> {
    const { configs, live, store, bibliographies } = this.deps;
    const config = await configs.configFor(uri);
    const referenceDate = config.referenceDate ?? today;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      const findings = (await live.check(open, true)) ?? store.get(uri)?.findings ?? [];
      const bibliography = await bibliographies?.forDocument(open, config);
      const { report } = await engine.check({ file: name, text: open.getText(), config, referenceDate, reportOnly: true }, bibliography);
      return { findings, report: { uri, report } };
    }
    const tooLarge = { findings: [], skipped: `larger than maxFileSize (${config.maxFileSize} bytes)` };
    if ((await vscode.workspace.fs.stat(uri)).size > config.maxFileSize) return tooLarge;
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.byteLength > config.maxFileSize) return tooLarge;
    const text = new TextDecoder().decode(bytes);
    const bibliography = await bibliographies?.forText(uri, text.slice(0, HEAD_LENGTH), config);
    if (token.isCancellationRequested) throw new vscode.CancellationError();
    const checked = await engine.check({ file: name, text, config, referenceDate }, bibliography);
    const starts = checked.lineStarts;
    store.set(uri, checked.findings, (offset) => positionAt(starts, offset), { length: checked.length }, checked.directiveProblems);
    return { findings: checked.findings, report: { uri, report: checked.report } };
  }

  /** Stops the workers of a running check (the check then ends as cancelled) and the report worker. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.prewarm);
    this.engines.dispose();
  }
}
