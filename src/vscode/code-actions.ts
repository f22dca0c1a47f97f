import * as vscode from 'vscode';
import type { Finding, Fix } from '../core/types';
import { COMMANDS, FIX_ALL_KIND, SOURCE } from './constants';
import { disableFileEdit, disableLineEdit } from './directive-edits';
import { toRange, type FindingStore } from './diagnostics';
import { DIRECTIVE_CODE, fixToEdits, safeFixEdits, toEditData, type Locate } from './mapping';
import type { DirectiveProblem } from '../core/directives';

const FIX_ALL = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND);

/** Code action kinds this extension provides (declared to VS Code). */
export const PROVIDED_KINDS = [vscode.CodeActionKind.QuickFix, FIX_ALL];

/** A WorkspaceEdit for a fix: snippet edits where a citation placeholder should take the cursor. */
export function fixToWorkspaceEdit(uri: vscode.Uri, fix: Fix, locate: Locate, snippets = true): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(uri, fixToEdits(fix, locate, snippets).map((e) => e.snippet
    ? new vscode.SnippetTextEdit(toRange(e.range), new vscode.SnippetString(e.snippet))
    : new vscode.TextEdit(toRange(e.range), e.newText)));
  return edit;
}

/** The action that applies every safe fix of the document's findings, or undefined when there is none. */
export function fixAllAction(document: vscode.TextDocument, findings: readonly Finding[], kind: vscode.CodeActionKind = FIX_ALL): vscode.CodeAction | undefined {
  const { edits, applied } = safeFixEdits(findings);
  if (applied === 0) return undefined;
  const action = new vscode.CodeAction(`Fix all safe ${SOURCE} problems (${applied})`, kind);
  action.edit = new vscode.WorkspaceEdit();
  const locate: Locate = (offset) => document.positionAt(offset);
  action.edit.set(document.uri, edits.map((e) => {
    const data = toEditData(e, locate);
    return new vscode.TextEdit(toRange(data.range), data.newText);
  }));
  return action;
}

/** Quick fixes for a directive problem: rename the unknown name to the closest known ones. */
export function problemActions(document: vscode.TextDocument, problem: DirectiveProblem, diagnostic: vscode.Diagnostic, locate: Locate): vscode.CodeAction[] {
  return problem.fixes.map((fix) => {
    const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = fix.preferred === true;
    action.edit = fixToWorkspaceEdit(document.uri, fix, locate, false);
    return action;
  });
}

/** Opens the documentation of inline directives. */
function learnDirectivesAction(): vscode.CodeAction {
  const learn = new vscode.CodeAction('Learn more about inline directives', vscode.CodeActionKind.QuickFix);
  learn.command = { title: learn.title, command: 'vscode.open', arguments: [vscode.Uri.parse(DIRECTIVE_CODE.target)] };
  return learn;
}

/** Quick fixes from the engine's fixes, plus disable / turn off / learn more, and fix-all. */
export class CitationCodeActions implements vscode.CodeActionProvider {
  constructor(private readonly store: FindingStore) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const entry = this.store.get(document.uri);
    if (!entry) return [];
    const current = this.store.isCurrent(document);
    if (context.only && FIX_ALL.contains(context.only) || context.only?.contains(FIX_ALL)) {
      const action = current ? fixAllAction(document, entry.findings) : undefined;
      return action ? [action] : [];
    }
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(context.only)) return [];
    const locate: Locate = (offset) => document.positionAt(offset);
    const text = current ? document.getText() : '';
    const actions: vscode.CodeAction[] = [];
    const perRule = new Set<string>();
    let anySafe = false;
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const problem = this.store.problemOf(document.uri, diagnostic);
      if (problem) {
        if (current) actions.push(...problemActions(document, problem, diagnostic, locate));
        if (!perRule.has(DIRECTIVE_CODE.value)) actions.push(learnDirectivesAction());
        perRule.add(DIRECTIVE_CODE.value);
        continue;
      }
      const finding = this.store.findingOf(document.uri, diagnostic);
      if (!finding) continue;
      if (current) {
        for (const fix of finding.fixes) {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.diagnostics = [diagnostic];
          action.isPreferred = fix.preferred === true;
          action.edit = fixToWorkspaceEdit(document.uri, fix, locate);
          actions.push(action);
          anySafe ||= fix.safe === true;
        }
      }
      if (perRule.has(finding.ruleId)) continue;
      perRule.add(finding.ruleId);
      actions.push(...this.ruleActions(document, finding, diagnostic, current ? text : undefined, locate));
    }
    if (anySafe) {
      const all = fixAllAction(document, entry.findings, vscode.CodeActionKind.QuickFix);
      if (all) actions.push(all);
    }
    return actions;
  }

  private ruleActions(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic, text: string | undefined, locate: Locate): vscode.CodeAction[] {
    const id = finding.ruleId;
    const actions: vscode.CodeAction[] = [];
    const directive = (title: string, edit: { offset: number; endOffset: number; newText: string } | undefined) => {
      if (!edit) return;
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.edit = fixToWorkspaceEdit(document.uri, { title, edits: [edit] }, locate, false);
      actions.push(action);
    };
    if (text !== undefined) {
      directive(`Disable ${id} for this line`, disableLineEdit(text, finding.offset, id));
      directive(`Disable ${id} in this file`, disableFileEdit(text, id));
    }
    const turnOff = new vscode.CodeAction(`Turn off ${id} in workspace settings`, vscode.CodeActionKind.QuickFix);
    turnOff.command = { title: turnOff.title, command: COMMANDS.turnOffRule, arguments: [id, document.uri] };
    actions.push(turnOff);
    const learn = new vscode.CodeAction(`Learn more about ${id}`, vscode.CodeActionKind.QuickFix);
    learn.command = { title: learn.title, command: 'vscode.open', arguments: [vscode.Uri.parse(finding.url)] };
    actions.push(learn);
    return actions;
  }
}
