import * as vscode from 'vscode';
import { allRules } from '../engine';
import { collectSourceClaims } from '../core/source-claims';
import type { Finding } from '../core/types';
import { DEFAULT_TTL_MS, SourceCache, sourceFindings, verifySources, type SourceResult } from '../verify/index';
import type { BibliographyStore } from './bibliography-store';
import type { FindingStore } from './diagnostics';
import { isCandidate } from './live-checker';
import type { ConfigStore } from './settings';
import { FolderCacheStore, type CacheFolder } from './source-cache-store';
import { proxyOptions, verifySummaryLine } from './verify-settings';

/** The folder of the persistent source cache, under the extension's global storage. */
export function cacheFolder(root: vscode.Uri): CacheFolder {
  const fs = vscode.workspace.fs;
  const dir = vscode.Uri.joinPath(root, 'source-cache');
  return {
    read: (name) => Promise.resolve(fs.readFile(vscode.Uri.joinPath(dir, name))).catch(() => undefined),
    write: async (name, bytes) => {
      await fs.createDirectory(dir);
      await fs.writeFile(vscode.Uri.joinPath(dir, name), bytes);
    },
    list: async () => {
      await fs.createDirectory(dir); // so that a first run lists an empty folder instead of failing
      const names = await Promise.resolve(fs.readDirectory(dir)).catch(() => []);
      return Promise.all(names.filter(([, type]) => type === vscode.FileType.File)
        .map(async ([name]) => ({ name, mtime: (await fs.stat(vscode.Uri.joinPath(dir, name))).mtime })));
    },
    remove: async (name) => {
      await fs.delete(vscode.Uri.joinPath(dir, name));
    },
  };
}

/** What "Verify sources" works with. */
export interface VerifyContext {
  configs: ConfigStore;
  bibliographies: BibliographyStore;
  /** Where `source-mismatch` findings are published (a collection of their own). */
  sources: FindingStore;
  log: vscode.LogOutputChannel;
  /** Global storage of the extension: the persistent cache lives there. */
  storageUri: vscode.Uri;
}

/** The result of a run: the findings published, and the verdict per cited URL. */
export interface VerifyRun {
  findings: Finding[];
  results: SourceResult[];
  message: string;
}

/** Runs of "Verify sources" share one cache: in memory, and in global storage for a day. */
export class SourceVerifier {
  private readonly store: FolderCacheStore;
  private readonly cache: SourceCache;
  private pruned = false;

  constructor(private readonly ctx: VerifyContext) {
    this.store = new FolderCacheStore(cacheFolder(ctx.storageUri));
    this.cache = new SourceCache(DEFAULT_TTL_MS, this.store);
  }

  /**
   * "Verify sources": fetches every http(s) URL the active document cites (with a cancellable
   * progress notification) and publishes `source-mismatch` findings until the document changes.
   * Refused in untrusted workspaces. Returns the run, or undefined when nothing was published.
   */
  async verifyActiveDocument(): Promise<VerifyRun | undefined> {
    if (!vscode.workspace.isTrusted) {
      const choice = await vscode.window.showWarningMessage('Citation Needed: Verify sources fetches the web pages a document cites, so it is off in untrusted workspaces. Trust this workspace to use it.', 'Manage Workspace Trust');
      if (choice) await vscode.commands.executeCommand('workbench.trust.manage');
      return undefined;
    }
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isCandidate(document)) {
      void vscode.window.showInformationMessage('Citation Needed: open a Markdown document to verify its sources.');
      return undefined;
    }
    const config = await this.ctx.configs.configFor(document.uri);
    const options = { config, bibliography: await this.ctx.bibliographies.forDocument(document, config) };
    const text = document.getText();
    const version = document.version;
    const where = vscode.workspace.asRelativePath(document.uri);
    const { claims, comments } = collectSourceClaims(text, allRules, options);
    if (claims.length === 0) {
      this.ctx.sources.delete(document.uri);
      void vscode.window.showInformationMessage(`Citation Needed: ${where} cites no http(s) URL to verify.`);
      return { findings: [], results: [], message: 'no cited URLs' };
    }
    const results = await this.run(claims, where);
    if (!results) return undefined;
    if (document.isClosed || document.version !== version) {
      void vscode.window.showWarningMessage('Citation Needed: the document changed while its sources were verified; run Verify sources again (the pages are cached).');
      return undefined;
    }
    const findings = sourceFindings(text, results, comments, options);
    this.ctx.sources.set(document.uri, findings, (offset) => document.positionAt(offset), { version, length: text.length });
    const message = verifySummaryLine(results, findings, where);
    this.ctx.log.info(`Verify sources: ${message}`);
    void vscode.window.showInformationMessage(`Citation Needed: ${message}`);
    return { findings, results, message };
  }

  private run(claims: Parameters<typeof verifySources>[0], where: string): Thenable<SourceResult[] | undefined> {
    const http = vscode.workspace.getConfiguration('http');
    const network = proxyOptions(http.get('proxy'), http.get('noProxy'), http.get('proxyStrictSSL'));
    const title = `Citation Needed: verifying the sources of ${where}`;
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
      if (!this.pruned) {
        this.pruned = true;
        await this.store.prune(DEFAULT_TTL_MS).catch((error) => this.ctx.log.warn(`Pruning the source cache failed: ${error}`));
      }
      const abort = new AbortController();
      const cancel = token.onCancellationRequested(() => abort.abort(new vscode.CancellationError()));
      try {
        return await verifySources(claims, { ...network, cache: this.cache }, abort.signal, ({ done, total, url }) => {
          progress.report({ message: `${done}/${total} ${url}`, increment: 100 / total });
        });
      } catch (error) {
        if (abort.signal.aborted) {
          void vscode.window.showInformationMessage('Citation Needed: source verification cancelled.');
          return undefined;
        }
        throw error;
      } finally {
        cancel.dispose();
      }
    });
  }
}
