import * as vscode from 'vscode';
import { frontMatterBibliography, parseBibliography, type Bibliography } from '../core/bibliography';
import type { Config } from '../core/config';
import { planBibliography, uriKey, type UriParts } from './bibliography-paths';
import type { ConfigStore } from './settings';

/** Lines read from the top of a document to find its front matter's `bibliography:`. */
const FRONT_MATTER_LINES = 400;

/** Sets of bibliography files kept parsed at once. */
const MAX_SETS = 32;

const toUri = (parts: UriParts) => vscode.Uri.from({ scheme: parts.scheme, authority: parts.authority, path: parts.path });

/** The first lines of a document: enough for its front matter, without copying a long text whole. */
export function documentHead(document: vscode.TextDocument): string {
  return document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, FRONT_MATTER_LINES), 0));
}

/**
 * Bibliographies of documents: the files named by the configuration (`citationNeeded.bibliography`,
 * `.citation-needed.json`) and the front matter, read through `vscode.workspace.fs` (so virtual
 * workspaces work), parsed once per set of files, and re-read when a file changes (a watcher per file).
 * An untrusted workspace reads no file outside the document's workspace folder.
 */
export class BibliographyStore implements vscode.Disposable {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly parsed = new Map<string, Promise<Bibliography>>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();

  /** Fires when a bibliography file was created, changed or deleted. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly configs: ConfigStore, private readonly log: vscode.LogOutputChannel) {}

  /** The bibliography of an open document, or undefined when none is configured or named. */
  async forDocument(document: vscode.TextDocument, config?: Config): Promise<Bibliography | undefined> {
    return this.forText(document.uri, documentHead(document), config ?? await this.configs.configFor(document.uri));
  }

  /**
   * The bibliography of a document given its URI and (the start of) its text: a promise, or
   * undefined right away when the document has none (so checks of such documents wait for nothing).
   */
  forText(uri: vscode.Uri, head: string, config: Config): Promise<Bibliography> | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const plan = planBibliography({
      folder: folder?.uri, document: uri, configured: config.bibliography,
      frontMatter: frontMatterBibliography(head), trusted: vscode.workspace.isTrusted,
    });
    for (const path of plan.refused) this.reportOnce(`Bibliography ${path} (for ${vscode.workspace.asRelativePath(uri)}) is outside the workspace folder: not read in an untrusted workspace`);
    if (plan.files.length === 0) return undefined;
    const key = plan.files.map(uriKey).join('\n');
    let bibliography = this.parsed.get(key);
    if (!bibliography) {
      // Typing a front matter path names a new set of files per keystroke: keep only the recent sets.
      if (this.parsed.size >= MAX_SETS) this.parsed.delete(this.parsed.keys().next().value!);
      this.parsed.set(key, (bibliography = this.load(plan.files.map(toUri))));
    }
    return bibliography;
  }

  private async load(files: vscode.Uri[]): Promise<Bibliography> {
    const read: Array<{ file: string; text: string }> = [];
    const missing: string[] = [];
    for (const uri of files) {
      const name = vscode.workspace.asRelativePath(uri);
      const text = await this.read(uri);
      if (text === undefined) missing.push(name);
      else read.push({ file: name, text });
    }
    const bibliography = parseBibliography(read);
    for (const file of missing) this.reportOnce(`Bibliography ${file}: cannot read the bibliography file`);
    for (const problem of bibliography.problems) this.reportOnce(`Bibliography ${problem.file}: ${problem.message}`);
    return bibliography;
  }

  private read(uri: vscode.Uri): Promise<string | undefined> {
    const key = uri.toString();
    let text = this.texts.get(key);
    if (!text) {
      this.watch(uri);
      this.texts.set(key, (text = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
        (bytes) => new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''),
        () => undefined,
      )));
    }
    return text;
  }

  /** Watches one file (also outside the workspace, also before it exists): any event re-reads it. */
  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watchers.has(key)) return;
    const base = vscode.Uri.joinPath(uri, '..');
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base, name));
    const changed = () => this.invalidate(key);
    this.watchers.set(key, vscode.Disposable.from(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed)));
  }

  private invalidate(key: string): void {
    this.texts.delete(key);
    this.parsed.clear(); // re-parsed from the cached texts of the other files
    this.changed.fire();
  }

  private reportOnce(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.log.warn(message);
  }

  dispose(): void {
    for (const watcher of this.watchers.values()) watcher.dispose();
    this.watchers.clear();
    this.changed.dispose();
  }
}
