import * as vscode from 'vscode';
import { buildReportModel, type FileReport, type ReportModel } from '../core/report-model';
import { renderReportMarkdown } from '../core/report-markdown';
import { parseReportMessage, renderReportHtml } from './report-html';

/** One document's part of the report, with the document it reveals. */
export interface ReportEntry {
  uri: vscode.Uri;
  report: FileReport;
}

/** A fresh nonce for the webview's script (Web Crypto: the same in Node and in a browser). */
function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The webview type of the report panel. */
export const REPORT_VIEW_TYPE = 'citationNeeded.report';

/** Builds the report model of checked documents, and finds each file's document by its name. */
export function reportOf(entries: readonly ReportEntry[]): { model: ReportModel; uris: Map<string, vscode.Uri> } {
  return { model: buildReportModel(entries.map((e) => e.report)), uris: new Map(entries.map((e) => [e.report.file, e.uri])) };
}

/** The report webview beside the editor: one panel, opened or refreshed by the check commands. */
export class ReportPanel implements vscode.Disposable {
  private static current: ReportPanel | undefined;
  private model: ReportModel = buildReportModel([]);
  private uris = new Map<string, vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  /** Opens the report (or refreshes the open one) with these documents, without taking focus from the editor. */
  static show(extensionUri: vscode.Uri, entries: readonly ReportEntry[], title = 'Citation Needed report'): ReportPanel {
    if (!ReportPanel.current) {
      const panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
      });
      ReportPanel.current = new ReportPanel(panel, extensionUri);
    }
    const current = ReportPanel.current;
    current.update(entries, title);
    current.panel.reveal(undefined, true);
    return current;
  }

  private constructor(private readonly panel: vscode.WebviewPanel, private readonly extensionUri: vscode.Uri) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.received(message)),
    );
  }

  private update(entries: readonly ReportEntry[], title: string): void {
    ({ model: this.model, uris: this.uris } = reportOf(entries));
    const webview = this.panel.webview;
    const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', name)).toString();
    this.panel.title = title;
    webview.html = renderReportHtml(this.model, {
      nonce: newNonce(),
      cspSource: webview.cspSource,
      scriptUri: media('report.js'),
      styleUri: media('report.css'),
      title,
    });
  }

  private async received(raw: unknown): Promise<void> {
    const message = parseReportMessage(raw, this.model);
    if (message?.type === 'reveal') await this.reveal(message.file, message.claim);
    else if (message?.type === 'export') await this.exportMarkdown();
  }

  /** Shows a claim's sentence in its editor (beside the report), selected. */
  private async reveal(fileIndex: number, claimIndex: number): Promise<void> {
    const file = this.model.files[fileIndex];
    const uri = this.uris.get(file.file);
    if (!uri) return;
    const claim = file.claims[claimIndex];
    const document = await vscode.workspace.openTextDocument(uri);
    const end = Math.min(claim.endOffset, document.getText().length);
    const range = new vscode.Range(document.positionAt(Math.min(claim.offset, end)), document.positionAt(end));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
  }

  /** "Export as Markdown": asks where, then writes the report there. */
  private async exportMarkdown(): Promise<void> {
    const first = this.uris.values().next().value as vscode.Uri | undefined;
    const folder = first ? vscode.workspace.getWorkspaceFolder(first)?.uri : vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
      title: 'Export Citation Needed report',
      saveLabel: 'Export',
      filters: { Markdown: ['md'] },
      defaultUri: folder ? vscode.Uri.joinPath(folder, 'citation-report.md') : undefined,
    });
    if (!target) return;
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(renderReportMarkdown(this.model)));
      void vscode.window.showInformationMessage(`Citation Needed: report written to ${vscode.workspace.asRelativePath(target)}`);
    } catch (error) {
      void vscode.window.showErrorMessage(`Citation Needed: cannot write ${target.fsPath}: ${(error as Error).message}`);
    }
  }

  /** Closes the panel and forgets it. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (ReportPanel.current === this) ReportPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
