// The language-model tool (Copilot agent mode): declared, registered, and called through vscode.lm.invokeTool.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ours, ruleOf, waitForDiagnostics, workspaceUri } from './helpers';

const TOOL = 'citationNeeded_checkDocument';

/** The text parts of a tool result, joined. */
function textOf(result: vscode.LanguageModelToolResult): string {
  return result.content.map((part) => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');
}

describe('language-model tool: citationNeeded_checkDocument', () => {
  it('is listed in vscode.lm.tools with its input schema', () => {
    const tool = vscode.lm.tools.find((t) => t.name === TOOL);
    assert.ok(tool, `${TOOL} is registered (tools: ${vscode.lm.tools.map((t) => t.name).join(', ')})`);
    assert.deepEqual(Object.keys((tool.inputSchema as { properties: object }).properties), ['path']);
  });

  it('returns the findings of a file as text: one line per diagnostic, at its line and column, with its rule', async () => {
    const uri = workspaceUri('market.md');
    const result = await vscode.lm.invokeTool(TOOL, { input: { path: 'market.md' }, toolInvocationToken: undefined });
    const text = textOf(result);
    const diagnostics = await waitForDiagnostics(uri, 'market.md checked', (d) => d.length > 0);
    assert.match(text, new RegExp(`^${diagnostics.length} findings in market\\.md: `));
    const rows = text.split('\n').slice(1).map((line) => /^- (\d+):(\d+) \w+ ([a-z-]+):/.exec(line)!.slice(1).join(' '));
    const expected = ours(uri).map((d) => `${d.range.start.line + 1} ${d.range.start.character + 1} ${ruleOf(d)}`);
    assert.deepEqual(rows, expected);
  });

  it('checks the active editor\'s document without a path, and names a missing file in its error', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('clean.md'));
    await vscode.window.showTextDocument(document);
    const result = await vscode.lm.invokeTool(TOOL, { input: {}, toolInvocationToken: undefined });
    assert.match(textOf(result), /^No findings in clean\.md\.$/);
    await assert.rejects(Promise.resolve(vscode.lm.invokeTool(TOOL, { input: { path: 'no-such-file.md' }, toolInvocationToken: undefined })), /no-such-file\.md/);
  });
});
