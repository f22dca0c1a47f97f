// The extension's entry point: wiring only; the behaviour lives in src/vscode/*.
import * as vscode from 'vscode';
import { CitationCodeActions, PROVIDED_KINDS } from './vscode/code-actions';
import { CiteFromBibliographyActions, CitationKeyCompletions, CitationKeyHovers } from './vscode/bibliography-features';
import { BibliographyStore } from './vscode/bibliography-store';
import { registerCommands } from './vscode/commands';
import { CONFIG_FILE_NAME, LANGUAGES, SECTION } from './vscode/constants';
import { FindingStore } from './vscode/diagnostics';
import { CitationHovers } from './vscode/hovers';
import { LiveChecker } from './vscode/live-checker';
import { registerCheckTool } from './vscode/lm-tool';
import { createLog } from './vscode/output';
import { ConfigStore } from './vscode/settings';
import { FindingsStatusBar } from './vscode/status-bar';
import { SourceVerifier } from './vscode/verify-command';
import { WorkspaceChecker } from './vscode/workspace-check';

/** Activates the extension: diagnostics, code actions, hovers, completion, commands, status bar, watchers. */
export function activate(context: vscode.ExtensionContext): void {
  const log = createLog();
  const store = new FindingStore();
  const sources = new FindingStore('citation-needed-sources');
  const configs = new ConfigStore(log);
  const bibliographies = new BibliographyStore(configs, log);
  const live = new LiveChecker(store, configs, log, bibliographies);
  const verifier = new SourceVerifier({ configs, bibliographies, sources, log, storageUri: context.globalStorageUri });
  const workspace = new WorkspaceChecker({ configs, store, live, log, bibliographies, workerFile: context.asAbsolutePath('dist/worker.js') });
  const selector = LANGUAGES.map((language) => ({ language }));
  const reconfigure = () => {
    configs.invalidate();
    live.recheckOpen();
  };
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);

  context.subscriptions.push(
    log, store, sources, live, watcher, bibliographies, workspace,
    new FindingsStatusBar(store),
    ...registerCommands({ store, live, configs, log, extensionUri: context.extensionUri, bibliographies, sources, verifier, workspace }),
    vscode.languages.registerCodeActionsProvider(selector, new CitationCodeActions(store), { providedCodeActionKinds: PROVIDED_KINDS }),
    vscode.languages.registerCodeActionsProvider(selector, new CitationCodeActions(sources), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.languages.registerCodeActionsProvider(selector, new CiteFromBibliographyActions(store, bibliographies), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.languages.registerHoverProvider(selector, new CitationHovers(store)),
    vscode.languages.registerHoverProvider(selector, new CitationHovers(sources)),
    vscode.languages.registerHoverProvider(selector, new CitationKeyHovers(bibliographies)),
    vscode.languages.registerCompletionItemProvider(selector, new CitationKeyCompletions(bibliographies), '@'),
    registerCheckTool(live),
    bibliographies.onDidChange(() => live.recheckOpen()),
    vscode.workspace.onDidGrantWorkspaceTrust(reconfigure),
    vscode.workspace.onDidOpenTextDocument((d) => {
      live.opened(d);
      workspace.opened(d);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      // Verified-source findings hold offsets into the text that was verified: an edit retires them.
      if (e.contentChanges.length) sources.delete(e.document.uri);
      live.changed(e);
    }),
    vscode.workspace.onDidSaveTextDocument((d) => live.saved(d)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      sources.delete(d.uri);
      live.closed(d);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.workers`)) workspace.workersChanged();
      if (e.affectsConfiguration(SECTION) || e.affectsConfiguration('files.exclude')) reconfigure();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(reconfigure),
    watcher.onDidCreate(reconfigure),
    watcher.onDidChange(reconfigure),
    watcher.onDidDelete(reconfigure),
  );
  for (const document of vscode.workspace.textDocuments) {
    live.opened(document);
    workspace.opened(document);
  }
  log.info(`Citation Needed ${context.extension.packageJSON.version} activated`);
}

/** Nothing to release beyond the subscriptions (disposing them stops a workspace check's workers and the kept report worker). */
export function deactivate(): void {}
