// The attribution report opens beside the editor in a real VS Code, for a file and for the workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { screenshot } from './screenshot';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The report's webview tab, once it is open (its view type carries the extension's id for it). */
async function reportTab(label: RegExp): Promise<vscode.Tab> {
  for (let i = 0; i < 100; i++) {
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('citationNeeded.report') && label.test(t.label));
    if (tab) return tab;
    await sleep(100);
  }
  throw new Error(`no report tab labelled ${label}`);
}

describe('attribution report', function () {
  this.timeout(60_000);

  it('opens beside the editor when the active file is checked', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'report-draft.md'));
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const findings = await vscode.commands.executeCommand<unknown[]>('citationNeeded.check');
    assert.ok(Array.isArray(findings) && findings.length > 0);
    const tab = await reportTab(/^Citation report: report-draft\.md$/);
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the report opens beside the editor');
    await sleep(1500); // let the webview render before the screenshot
    await screenshot('report-file');
  });

  it('shows the whole workspace, one section per file', async () => {
    await vscode.commands.executeCommand('citationNeeded.checkWorkspace');
    const tab = await reportTab(/^Citation report: workspace$/);
    assert.equal(vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('citationNeeded.report')).length, 1, 'one report panel, refreshed');
    assert.ok(tab);
    await sleep(1500);
    await screenshot('report-workspace');
  });
});
