// Smoke test: the harness runs inside a real VS Code and the test workspace is open.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { screenshot } from './screenshot';

describe('integration harness smoke test', () => {
  it('runs inside VS Code', () => {
    assert.ok(vscode.version, 'vscode.version is defined');
  });

  it('opens sample.md from the workspace as Markdown', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'sample.md'));
    assert.equal(doc.languageId, 'markdown');
    await vscode.window.showTextDocument(doc);
    await screenshot('smoke-sample-md');
  });
});
