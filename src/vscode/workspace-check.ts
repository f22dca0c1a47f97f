import * as vscode from 'vscode';
import { checkDocument } from '../core/inventory';
import { buildFileReport } from '../core/report-model';
import { lineStarts, positionAt } from '../core/location';
import type { Config } from '../core/config';
import type { Finding } from '../core/types';
import { combineExcludes } from './config-bridge';
import type { FindingStore } from './diagnostics';
import type { LiveChecker } from './live-checker';
import { workspaceSummaryLine } from './messages';
import { yieldToHost } from './output';
import type { ConfigStore } from './settings';
import type { BibliographyStore } from './bibliography-store';
import { checkForReport, type ReportEntry } from './report-panel';

/** What checking one file of the workspace gave. */
export interface FileCheck {
  findings: readonly Finding[];
  skipped?: string;
  /** The file's part of the attribution report (absent when skipped). */
  report?: ReportEntry;
}

/** Totals of a workspace check. */
export interface WorkspaceSummary {
  files: number;
  filesWithFindings: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
  message: string;
  /** The report of every file checked. */
  reports: ReportEntry[];
}

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
 * Checks one file and publishes its findings. An open document goes through the live checker (its
 * unsaved text counts); others are read from disk. The one place a worker pool would plug in.
 */
export async function checkWorkspaceFile(uri: vscode.Uri, config: Config, store: FindingStore, live: LiveChecker, bibliographies?: BibliographyStore): Promise<FileCheck> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    const findings = (await live.check(open, true)) ?? store.get(uri)?.findings ?? [];
    return { findings, report: checkForReport(uri, open.getText(), { config, bibliography: await bibliographies?.forDocument(open, config) }) };
  }
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.byteLength > config.maxFileSize) return { findings: [], skipped: `larger than maxFileSize (${config.maxFileSize} bytes)` };
  const text = new TextDecoder().decode(bytes);
  const bibliography = await bibliographies?.forText(uri, text.slice(0, 100_000), config);
  const { findings, inventory } = checkDocument(text, { config, bibliography });
  const starts = lineStarts(text);
  store.set(uri, findings, (offset) => positionAt(starts, offset), { length: text.length });
  return { findings, report: { uri, report: buildFileReport(vscode.workspace.asRelativePath(uri), text, findings, inventory) } };
}

/** Checks every Markdown file of the workspace, one after another, with a cancellable progress notification. */
export function checkWorkspace(configs: ConfigStore, store: FindingStore, live: LiveChecker, log: vscode.LogOutputChannel, bibliographies?: BibliographyStore): Thenable<WorkspaceSummary> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Citation Needed: checking attributions', cancellable: true }, async (progress, token) => {
    const files = await findMarkdownFiles(configs, token);
    const summary: WorkspaceSummary = { files: files.length, filesWithFindings: 0, findings: 0, skipped: 0, cancelled: false, message: '', reports: [] };
    for (const [i, uri] of files.entries()) {
      if (token.isCancellationRequested) break;
      progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
      try {
        const result = await checkWorkspaceFile(uri, await configs.configFor(uri), store, live, bibliographies);
        if (result.skipped) {
          summary.skipped++;
          log.info(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${result.skipped}`);
        }
        if (result.report) summary.reports.push(result.report);
        summary.findings += result.findings.length;
        if (result.findings.length) summary.filesWithFindings++;
      } catch (error) {
        summary.skipped++;
        log.error(`Checking ${vscode.workspace.asRelativePath(uri)} failed: ${(error as Error).message}`);
      }
      await yieldToHost();
    }
    summary.cancelled = token.isCancellationRequested;
    summary.message = workspaceSummaryLine(summary.findings, summary.filesWithFindings, summary.files, summary.skipped, summary.cancelled);
    return summary;
  });
}
