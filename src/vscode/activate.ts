// The extension's wiring, one for both entry points (src/extension.ts on the desktop, src/extension-web.ts
// in the browser): the behaviour lives in src/vscode/*, and what differs by host in an ExtensionHost.
import * as vscode from 'vscode';
import { CitationCodeActions, PROVIDED_KINDS } from './code-actions';
import { CiteFromBibliographyActions, CitationKeyCompletions, CitationKeyHovers } from './bibliography-features';
import { BibliographyStore } from './bibliography-store';
import { registerCommands } from './commands';
import { CONFIG_FILE_NAME, INTERNAL_COMMANDS, LANGUAGES, SECTION } from './constants';
import { FindingStore } from './diagnostics';
import { CitationHovers } from './hovers';
import { HostWork, timed, type HostWorkSnapshot } from './host-work';
import { LiveChecker, type LiveCheckCounts } from './live-checker';
import { LiveDocumentsClient, LiveWorker } from '../workers/live-client';
import { registerCheckTool } from './lm-tool';
import { createLog } from './output';
import { ConfigStore } from './settings';
import { FindingsStatusBar } from './status-bar';
import type { ExtensionHost } from './host';
import { WorkspaceChecker } from './workspace-check';

/** What activation returns (the extension's API): which host it runs in. */
export interface ActivatedExtension {
  host: ExtensionHost['kind'];
}

/** What `citationNeeded.internal.hostWork` returns: the extension's own work on the extension host, and where live checks ran. */
export interface HostWorkReport extends HostWorkSnapshot {
  checks: LiveCheckCounts;
  liveWorker: { running: boolean; checks: number; wholeTexts: number; incremental: number };
}

/** Activates the extension on `host`: diagnostics, code actions, hovers, completion, commands, status bar, watchers. */
export function activateExtension(context: vscode.ExtensionContext, host: ExtensionHost): ActivatedExtension {
  const log = createLog();
  const store = new FindingStore();
  const sources = new FindingStore('citation-needed-sources');
  const configs = new ConfigStore(log);
  const bibliographies = new BibliographyStore(configs, log);
  const work = new HostWork();
  work.startSampling();
  const liveWorker = new LiveWorker(host.workers);
  const liveDocuments = new LiveDocumentsClient(liveWorker);
  const live = new LiveChecker(store, configs, log, bibliographies, { work, live: liveDocuments });
  const verifier = host.verifier({ configs, bibliographies, sources, log, storageUri: context.globalStorageUri });
  const workspace = new WorkspaceChecker({ configs, store, live, log, bibliographies, workers: host.workers, parallelism: host.parallelism(), workersName: host.workersName });
  const selector = LANGUAGES.map((language) => ({ language }));
  const reconfigure = () => {
    configs.invalidate();
    live.recheckOpen();
  };
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);

  const hostWork = (options?: { reset?: boolean }): HostWorkReport => {
    const report = { ...work.snapshot(), checks: { ...live.counts }, liveWorker: { running: liveWorker.running, checks: liveWorker.checks, wholeTexts: liveDocuments.wholeTexts, incremental: liveDocuments.incremental } };
    if (options?.reset) work.reset();
    return report;
  };

  context.subscriptions.push(
    log, store, sources, live, watcher, bibliographies, workspace, work,
    { dispose: () => void liveWorker.stop() },
    vscode.commands.registerCommand(INTERNAL_COMMANDS.hostWork, hostWork),
    vscode.commands.registerCommand(INTERNAL_COMMANDS.stopLiveWorker, async () => {
      liveDocuments.forgetAll();
      await liveWorker.stop();
    }),
    new FindingsStatusBar(store),
    ...registerCommands({ store, live, configs, log, extensionUri: context.extensionUri, bibliographies, sources, verifier, workspace }),
    vscode.languages.registerCodeActionsProvider(selector, timed(work, 'code actions', new CitationCodeActions(store)), { providedCodeActionKinds: PROVIDED_KINDS }),
    vscode.languages.registerCodeActionsProvider(selector, timed(work, 'code actions', new CitationCodeActions(sources)), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.languages.registerCodeActionsProvider(selector, timed(work, 'code actions', new CiteFromBibliographyActions(store, bibliographies)), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.languages.registerHoverProvider(selector, timed(work, 'hover', new CitationHovers(store))),
    vscode.languages.registerHoverProvider(selector, timed(work, 'hover', new CitationHovers(sources))),
    vscode.languages.registerHoverProvider(selector, timed(work, 'hover', new CitationKeyHovers(bibliographies))),
    vscode.languages.registerCompletionItemProvider(selector, timed(work, 'completion', new CitationKeyCompletions(bibliographies)), '@'),
    registerCheckTool(live),
    bibliographies.onDidChange(() => live.recheckOpen()),
    vscode.workspace.onDidGrantWorkspaceTrust(reconfigure),
    vscode.workspace.onDidOpenTextDocument((d) => work.run('events', () => {
      live.opened(d);
      workspace.opened(d);
    })),
    vscode.workspace.onDidChangeTextDocument((e) => work.run('events', () => {
      // Verified-source findings hold offsets into the text that was verified: an edit retires them.
      if (e.contentChanges.length) sources.delete(e.document.uri);
      live.changed(e);
    })),
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
  log.info(`Citation Needed ${context.extension.packageJSON.version} activated (${host.description})`);
  return { host: host.kind };
}
