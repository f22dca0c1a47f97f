// The extension's entry point: wiring only; the behaviour lives in src/vscode/*.
import * as vscode from 'vscode';
import { CitationCodeActions, PROVIDED_KINDS } from './vscode/code-actions';
import { registerCommands } from './vscode/commands';
import { CONFIG_FILE_NAME, LANGUAGES, SECTION } from './vscode/constants';
import { FindingStore } from './vscode/diagnostics';
import { CitationHovers } from './vscode/hovers';
import { LiveChecker } from './vscode/live-checker';
import { createLog } from './vscode/output';
import { ConfigStore } from './vscode/settings';
import { FindingsStatusBar } from './vscode/status-bar';

/** Activates the extension: diagnostics, code actions, hovers, commands, status bar, watchers. */
export function activate(context: vscode.ExtensionContext): void {
  const log = createLog();
  const store = new FindingStore();
  const configs = new ConfigStore(log);
  const live = new LiveChecker(store, configs, log);
  const selector = LANGUAGES.map((language) => ({ language }));
  const reconfigure = () => {
    configs.invalidate();
    live.recheckOpen();
  };
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);

  context.subscriptions.push(
    log, store, live, watcher,
    new FindingsStatusBar(store),
    ...registerCommands({ store, live, configs, log, extensionUri: context.extensionUri }),
    vscode.languages.registerCodeActionsProvider(selector, new CitationCodeActions(store), { providedCodeActionKinds: PROVIDED_KINDS }),
    vscode.languages.registerHoverProvider(selector, new CitationHovers(store)),
    vscode.workspace.onDidOpenTextDocument((d) => live.opened(d)),
    vscode.workspace.onDidChangeTextDocument((e) => live.changed(e)),
    vscode.workspace.onDidSaveTextDocument((d) => live.saved(d)),
    vscode.workspace.onDidCloseTextDocument((d) => live.closed(d)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION) || e.affectsConfiguration('files.exclude')) reconfigure();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(reconfigure),
    watcher.onDidCreate(reconfigure),
    watcher.onDidChange(reconfigure),
    watcher.onDidDelete(reconfigure),
  );
  for (const document of vscode.workspace.textDocuments) live.opened(document);
  log.info(`Citation Needed ${context.extension.packageJSON.version} activated`);
}

/** Nothing to release beyond the subscriptions. */
export function deactivate(): void {}
