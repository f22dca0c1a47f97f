import * as vscode from 'vscode';
import { COMMANDS } from './constants';
import type { FindingStore } from './diagnostics';
import { isCandidate } from './live-checker';
import { statusBarText } from './messages';

/** A status bar item for Markdown editors: findings in the active document; click checks attributions. */
export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('citationNeeded.findings', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly store: FindingStore) {
    this.item.name = 'Citation Needed';
    this.item.command = COMMANDS.check;
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidChange((uri) => {
        const active = vscode.window.activeTextEditor?.document.uri;
        if (!uri || (active && uri.toString() === active.toString())) this.update();
      }),
    ];
    this.update();
  }

  /** Shows the active document's count, or hides the item outside Markdown editors. */
  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isCandidate(document)) {
      this.item.hide();
      return;
    }
    const { text, tooltip } = statusBarText(this.store.get(document.uri)?.findings ?? []);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.item.dispose();
  }
}
