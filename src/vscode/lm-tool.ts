import * as vscode from 'vscode';
import type { LiveChecker } from './live-checker';
import { CHECK_TOOL, findingsText, type CheckToolInput } from './tool-text';

/** The document a tool call names: a workspace-relative or absolute path, or the active editor's document. */
function targetOf(input: CheckToolInput): vscode.Uri | undefined {
  const path = input.path?.trim();
  if (!path) return vscode.window.activeTextEditor?.document.uri;
  if (path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path)) return vscode.Uri.file(path);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, ...path.split(/[\\/]/)) : undefined;
}

/**
 * The tool Copilot's agent mode calls to check a Markdown document: the same check as the editor's
 * (settings, `.citation-needed.json`, bibliography), findings returned as text. It reads, never edits.
 */
export class CheckDocumentTool implements vscode.LanguageModelTool<CheckToolInput> {
  constructor(private readonly live: LiveChecker) {}

  prepareInvocation(options: vscode.LanguageModelToolInvocationPrepareOptions<CheckToolInput>): vscode.PreparedToolInvocation {
    const uri = targetOf(options.input);
    const name = uri ? vscode.workspace.asRelativePath(uri) : 'the active document';
    return {
      invocationMessage: `Checking ${name} for unsourced claims`,
      confirmationMessages: { title: 'Check citations', message: new vscode.MarkdownString(`Check **${name}** for unsourced claims, vague attributions, hedges, puffery and stale dates? Nothing in the file is changed.`) },
    };
  }

  async invoke(options: vscode.LanguageModelToolInvocationOptions<CheckToolInput>): Promise<vscode.LanguageModelToolResult> {
    const uri = targetOf(options.input);
    if (!uri) throw new Error('No document to check: give "path" (relative to the workspace folder) or open a Markdown document.');
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(uri);
    } catch (error) {
      throw new Error(`Cannot open ${vscode.workspace.asRelativePath(uri)}: ${(error as Error).message}`);
    }
    const name = vscode.workspace.asRelativePath(uri);
    const findings = await this.live.check(document, true);
    if (!findings) throw new Error(`${name} was not checked (it changed during the check, is excluded, or is larger than citationNeeded.maxFileSize).`);
    return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(findingsText(findings, (offset) => document.positionAt(offset), name))]);
  }
}

/** Registers the tool (declared in package.json `languageModelTools`). */
export function registerCheckTool(live: LiveChecker): vscode.Disposable {
  return vscode.lm.registerTool(CHECK_TOOL, new CheckDocumentTool(live));
}
