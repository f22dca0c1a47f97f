import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import { COMMANDS, SECTION } from './constants';
import type { FindingStore } from './diagnostics';
import { isCandidate, type LiveChecker } from './live-checker';
import { summaryLine } from './messages';
import type { ConfigStore } from './settings';
import type { BibliographyStore } from './bibliography-store';
import { citeFromBibliography } from './bibliography-features';
import type { SourceVerifying } from './host';
import type { Edit } from '../core/types';
import type { WorkspaceChecker, WorkspaceSummary } from './workspace-check';
import { ReportPanel, type ReportEntry } from './report-panel';

/** What the commands work with. */
export interface CommandContext {
  store: FindingStore;
  live: LiveChecker;
  configs: ConfigStore;
  log: vscode.LogOutputChannel;
  /** Where the report webview's assets (media/) are. */
  extensionUri: vscode.Uri;
  /** Bibliographies of documents (the config's and the front matter's files). */
  bibliographies: BibliographyStore;
  /** The findings of "Verify sources", kept apart from the live ones. */
  sources: FindingStore;
  verifier: SourceVerifying;
  /** Runs "Check attributions in workspace" (in worker threads, or Web Workers in the browser). */
  workspace: WorkspaceChecker;
}

/** "Check attributions": checks the active document now (any run mode), reveals Problems, opens the report, shows a summary. Returns the findings. */
export async function checkActiveDocument(ctx: CommandContext): Promise<Finding[] | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !isCandidate(document)) {
    void vscode.window.showInformationMessage('Citation Needed: open a Markdown document to check its attributions.');
    return undefined;
  }
  // The report's check runs off the host thread (a worker) while the live checker, in slices, gives Problems its findings.
  const report = reportFor(ctx, document);
  report.catch(() => undefined); // handled below, once the live check is done (or dropped with it)
  const findings = await ctx.live.check(document, true);
  if (!findings) return undefined; // the document changed or closed: no report
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  const entry = await report;
  ReportPanel.show(ctx.extensionUri, [entry], `Citation report: ${entry.report.file}`);
  void vscode.window.showInformationMessage(`Citation Needed: ${summaryLine(findings, vscode.workspace.asRelativePath(document.uri))}`);
  return findings;
}

/** Checks a document's current text for the report, off the host thread for a long text (WorkspaceChecker.checkForReport); the file is named relative to the workspace. */
export async function reportFor(ctx: Pick<CommandContext, 'configs' | 'bibliographies' | 'workspace'>, document: vscode.TextDocument): Promise<ReportEntry> {
  const text = document.getText();
  const config = await ctx.configs.configFor(document.uri);
  const bibliography = await ctx.bibliographies.forDocument(document, config);
  return { uri: document.uri, report: await ctx.workspace.checkForReport({ file: vscode.workspace.asRelativePath(document.uri), text, config }, bibliography) };
}

/** "Check attributions in workspace": every Markdown file, results in Problems and in the report (a section per file), then a summary. */
export async function checkWorkspaceCommand(ctx: CommandContext): Promise<WorkspaceSummary> {
  const summary = await ctx.workspace.run();
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  ReportPanel.show(ctx.extensionUri, summary.reports, 'Citation report: workspace');
  void vscode.window.showInformationMessage(`Citation Needed: ${summary.message}`);
  return summary;
}

/** "Clear findings": removes every finding (live and verified sources) from the Problems panel. */
export function clearFindings(ctx: CommandContext): void {
  ctx.store.clear();
  ctx.sources.clear();
}

/** Sets a rule to "off" in the workspace settings (user settings when no folder is open). */
export async function turnOffRule(ruleId: string, uri?: vscode.Uri): Promise<void> {
  const settings = vscode.workspace.getConfiguration(SECTION, uri);
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const seen = settings.inspect<Record<string, unknown>>('rules');
  const current = (target === vscode.ConfigurationTarget.Workspace ? seen?.workspaceValue : seen?.globalValue) ?? {};
  await settings.update('rules', { ...current, [ruleId]: 'off' }, target);
}

/** Registers every command. */
export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.check, () => checkActiveDocument(ctx)),
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => checkWorkspaceCommand(ctx)),
    vscode.commands.registerCommand(COMMANDS.clear, () => clearFindings(ctx)),
    vscode.commands.registerCommand(COMMANDS.turnOffRule, (ruleId: string, uri?: vscode.Uri) => turnOffRule(ruleId, uri)),
    vscode.commands.registerCommand(COMMANDS.verifySources, () => ctx.verifier.verifyActiveDocument()),
    vscode.commands.registerCommand(COMMANDS.citeFromBibliography, (uri: vscode.Uri, version: number, site: Edit) => citeFromBibliography(ctx.bibliographies, uri, version, site)),
  ];
}
