// The language server: LSP requests and notifications wired to the checker. Protocol translation only.
import {
  DidChangeWatchedFilesNotification, LSPErrorCodes, ResponseError, TextDocumentSyncKind,
  type CancellationToken, type CodeAction, type CodeActionParams, type Connection, type Diagnostic, type Hover,
  type HoverParams, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { CONFIG_FILE } from '../cli/config-file';
import { SECTION, SOURCE } from '../vscode/constants';
import { Debouncer, Generations } from '../vscode/scheduler';
import { hoverMarkdown } from '../vscode/messages';
import { Checker, pathOf, type CheckResult, type OpenDocument } from './checker';
import { FIX_ALL, fixAllAction, findingActions, problemActions, requestedKinds, sameSpan } from './protocol';
import { version } from '../../package.json';

/** What the client said it can do, as far as the server cares. */
interface ClientSupport {
  configuration: boolean;
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  watchedFiles: boolean;
  workspaceFolders: boolean;
}

function clientSupport(params: InitializeParams): ClientSupport {
  const caps = params.capabilities;
  return {
    configuration: caps.workspace?.configuration === true,
    pullDiagnostics: caps.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: caps.workspace?.diagnostics?.refreshSupport === true,
    watchedFiles: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    workspaceFolders: caps.workspace?.workspaceFolders === true,
  };
}

/** The settings section inside a settings object pushed by the client (`{ citationNeeded: {...} }`), or the object itself. */
function sectionOf(settings: unknown): unknown {
  if (!settings || typeof settings !== 'object') return undefined;
  return (settings as Record<string, unknown>)[SECTION] ?? settings;
}

/** Wires a connection to a checker; call `connection.listen()` afterwards. */
export function startServer(connection: Connection): void {
  let support: ClientSupport = { configuration: false, pullDiagnostics: false, diagnosticRefresh: false, watchedFiles: false, workspaceFolders: false };
  let folders: string[] = [];
  let pushedSettings: unknown;
  const debouncer = new Debouncer();
  const generations = new Generations();
  const checker = new Checker({
    async clientSettings(uri) {
      if (!support.configuration) return pushedSettings;
      try {
        return await connection.workspace.getConfiguration({ scopeUri: uri, section: SECTION });
      } catch (error) {
        connection.console.warn(`Cannot read the client's ${SECTION} settings: ${(error as Error).message}`);
        return pushedSettings;
      }
    },
    folders: () => folders,
    warn(message) {
      connection.console.warn(message);
      void connection.window.showWarningMessage(`${SOURCE}: ${message}`);
    },
  });

  const setFolders = (list: ReadonlyArray<{ uri: string }> | null | undefined) => {
    folders = (list ?? []).map((f) => pathOf(f.uri)).filter((p): p is string => p !== undefined);
  };

  /** Checks a document and publishes its diagnostics (push mode); drops the result when a newer check started. */
  const publish = async (document: OpenDocument) => {
    const generation = generations.next(document.uri);
    const current = () => generations.isCurrent(document.uri, generation);
    const send = (diagnostics: Diagnostic[]) => void connection.sendDiagnostics({ uri: document.uri, version: document.model.version, diagnostics });
    try {
      const result = await checker.check(document, current, send);
      if (result && current()) send(result.diagnostics);
    } catch (error) {
      connection.console.error(`Checking ${document.uri} failed: ${(error as Error).stack ?? error}`);
    }
  };

  /** Re-checks every open document after a settings change: pushes again, or asks a pulling client to pull again. */
  const recheckAll = () => {
    checker.invalidateSettings();
    if (support.pullDiagnostics) {
      if (support.diagnosticRefresh) void connection.languages.diagnostics.refresh();
      return;
    }
    for (const document of checker.all()) void publish(document);
  };

  /** The result for the document's current text, checking now if needed; undefined when cancelled or outdated. */
  const resultFor = async (uri: string, token: CancellationToken): Promise<CheckResult | undefined> => {
    const document = checker.get(uri);
    if (!document) return undefined;
    return checker.check(document, () => !token.isCancellationRequested);
  };

  connection.onInitialize((params): InitializeResult => {
    support = clientSupport(params);
    setFolders(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : []));
    pushedSettings = sectionOf(params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL], resolveProvider: false },
        hoverProvider: true,
        ...(support.pullDiagnostics ? { diagnosticProvider: { identifier: 'citation-needed', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'citation-needed', version },
    };
  });

  connection.onInitialized(() => {
    if (support.watchedFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }, { globPattern: '**/*.{bib,bibtex,json}' }] });
    }
    if (support.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => pathOf(f.uri)));
        const added = event.added.map((f) => pathOf(f.uri)).filter((p): p is string => p !== undefined);
        folders = [...folders.filter((f) => !removed.has(f)), ...added];
        recheckAll();
      });
    }
  });

  connection.onDidChangeConfiguration((params) => {
    if (!support.configuration) pushedSettings = sectionOf(params.settings) ?? pushedSettings;
    recheckAll();
  });
  connection.onDidChangeWatchedFiles(() => recheckAll());

  connection.onDidOpenTextDocument(({ textDocument }) => {
    const document = checker.open(textDocument.uri, textDocument.text, textDocument.version);
    if (!support.pullDiagnostics) void publish(document);
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const document = checker.change(textDocument.uri, contentChanges, textDocument.version);
    if (!document || support.pullDiagnostics) return;
    generations.invalidate(document.uri);
    void checker.settingsOf(document).then(({ host }) => {
      if (host.run === 'onType' && checker.get(document.uri) === document) debouncer.schedule(document.uri, host.delay, () => void publish(document));
    });
  });

  connection.onDidSaveTextDocument(({ textDocument }) => {
    const document = checker.get(textDocument.uri);
    if (document && !support.pullDiagnostics) void publish(document);
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    debouncer.cancel(textDocument.uri);
    generations.invalidate(textDocument.uri);
    checker.close(textDocument.uri);
    if (!support.pullDiagnostics) void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const document = checker.get(params.textDocument.uri);
    if (!document) return { kind: 'full', items: [] };
    const result = await checker.check(document, () => !token.isCancellationRequested);
    if (!result) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed while it was being checked', { retriggerRequest: true });
    return { kind: 'full', items: result.diagnostics };
  });

  connection.onHover(async (params: HoverParams, token): Promise<Hover | null> => {
    const result = await resultFor(params.textDocument.uri, token);
    if (!result) return null;
    const offset = result.index.offsetAt(params.position);
    const hits = result.findings.filter((f) => f.offset <= offset && offset <= f.endOffset);
    if (hits.length === 0) return null;
    return {
      contents: { kind: 'markdown', value: hits.map(hoverMarkdown).join('\n\n---\n\n') },
      range: { start: result.index.locate(hits[0].offset), end: result.index.locate(hits[0].endOffset) },
    };
  });

  connection.onCodeAction(async (params: CodeActionParams, token): Promise<CodeAction[]> => {
    const result = await resultFor(params.textDocument.uri, token);
    if (!result) return [];
    return codeActions(params, result);
  });

  connection.onShutdown(() => {
    debouncer.dispose();
  });
}

/** The code actions for a request: quick fixes of the diagnostics it names, and fix-all. */
function codeActions(params: CodeActionParams, result: CheckResult): CodeAction[] {
  const uri = params.textDocument.uri;
  const kinds = requestedKinds(params.context.only);
  const locate = result.index.locate;
  const actions: CodeAction[] = [];
  if (kinds.quickFixes) {
    const withDirectives = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const at = result.diagnostics.findIndex((d) => d.code === diagnostic.code && d.message === diagnostic.message && sameSpan(d.range, diagnostic.range));
      if (at < 0) continue;
      if (at >= result.findings.length) {
        const problem = result.problems[at - result.findings.length];
        if (problem) actions.push(...problemActions(uri, problem, diagnostic, locate));
        continue;
      }
      const finding = result.findings[at];
      const first = !withDirectives.has(finding.ruleId);
      withDirectives.add(finding.ruleId);
      actions.push(...findingActions(uri, result.text, finding, diagnostic, locate, first));
    }
  }
  if (kinds.fixAll) {
    const all = fixAllAction(uri, result.findings, locate);
    if (all) actions.push(all);
  }
  return actions;
}
