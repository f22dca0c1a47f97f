// Shared helpers of the integration suite: open drafts, wait for diagnostics, run quick fixes, change settings.
// Only the `vscode` API; every wait is bounded and driven by events (or a short bounded retry where VS Code has no event).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { HostWorkReport } from '../../src/vscode/activate';

export type { HostWorkReport };

/** The `source` of the extension's diagnostics. */
export const SOURCE = 'Citation Needed';

/** Where the documentation lives: rule pages (`rules/<id>.md`) are the diagnostic `code` link targets. */
export const DOCS_BASE = 'https://github.com/citation-needed/citation-needed/blob/main/docs/';

/** The settings section of the extension. */
export const SECTION = 'citationNeeded';

const DEFAULT_TIMEOUT_MS = 20_000;

/** The URI of a file in the test workspace (a temporary copy of test/integration/workspace). */
export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

/** Opens a file in an editor (active, focused) and returns the editor. */
export async function openDraft(target: string | vscode.Uri): Promise<vscode.TextEditor> {
  const uri = typeof target === 'string' ? workspaceUri(target) : target;
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** This extension's diagnostics of a document, in document order. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE)
    .sort((a, b) => a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end));
}

/** The rule id of a diagnostic (its `code` value). */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

/** A range as `line:col-line:col` (zero-based), for readable assertions. */
export function show(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Diagnostics as `rule@range` strings, for readable assertions and failure messages. */
export function summarize(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${ruleOf(d)}@${show(d.range)}`);
}

/**
 * Resolves with `probe()`'s first defined, non-false result, checking now and after each `event`.
 * Rejects after `timeoutMs` with `what` and the last `describe()` in the message.
 */
export function waitFor<T>(what: string, probe: () => T | undefined | false, event: vscode.Event<unknown>,
  timeoutMs = DEFAULT_TIMEOUT_MS, describe?: () => unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      subscription.dispose();
      fn();
    };
    const check = () => {
      try {
        const value = probe();
        if (value !== undefined && value !== false) finish(() => resolve(value));
      } catch (error) {
        finish(() => reject(error));
      }
    };
    const subscription = event(check);
    const timer = setTimeout(() => finish(() => reject(new Error(
      `timed out after ${timeoutMs} ms waiting for ${what}${describe ? `; last seen: ${clip(JSON.stringify(describe()))}` : ''}`))), timeoutMs);
    check();
  });
}

/** Shortens a long failure detail (a 1 MB draft has hundreds of findings). */
function clip(text: string, max = 2_000): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

/** Waits until this extension's diagnostics of `uri` satisfy `predicate`; returns them. */
export function waitForDiagnostics(uri: vscode.Uri, what: string, predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = DEFAULT_TIMEOUT_MS): Promise<vscode.Diagnostic[]> {
  return waitFor(`${what} in ${vscode.workspace.asRelativePath(uri)}`, () => {
    const diagnostics = ours(uri);
    return predicate(diagnostics) ? diagnostics : undefined;
  }, vscode.languages.onDidChangeDiagnostics, timeoutMs, () => summarize(ours(uri)));
}

/** Waits until the diagnostics of `uri` are exactly `expected` (`rule@range` strings, in document order). */
export function waitForExactly(uri: vscode.Uri, expected: readonly string[], timeoutMs = DEFAULT_TIMEOUT_MS): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, `diagnostics ${clip(JSON.stringify(expected))}`,
    (diagnostics) => JSON.stringify(summarize(diagnostics)) === JSON.stringify(expected), timeoutMs);
}

/**
 * Fails if this extension's diagnostics of `uri` change within `ms`. A negative check needs a window:
 * callers make it many times longer than the delay after which the positive case is seen.
 */
export function expectNoDiagnosticsChange(uri: vscode.Uri, ms: number): Promise<void> {
  const before = JSON.stringify(summarize(ours(uri)));
  return new Promise<void>((resolve, reject) => {
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      const now = JSON.stringify(summarize(ours(uri)));
      if (now === before) return;
      clearTimeout(timer);
      subscription.dispose();
      reject(new Error(`diagnostics changed from ${before} to ${now}`));
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      resolve();
    }, ms);
  });
}

/** The range of the `occurrence`-th (0-based) appearance of `text` in the document. */
export function rangeOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
  const source = document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = source.indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" occurs ${occurrence + 1} times in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
}

/**
 * The quick fixes VS Code offers for `range`, once one titled `title` is among them. Retries (bounded):
 * the diagnostics reach the code-action request through the renderer, a moment after they are published.
 */
export async function quickFixesFor(uri: vscode.Uri, range: vscode.Range, title: string, timeoutMs = 10_000): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + timeoutMs;
  let titles: string[] = [];
  for (;;) {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range,
      vscode.CodeActionKind.QuickFix.value) ?? [];
    titles = actions.map((a) => a.title);
    if (titles.includes(title)) return actions;
    if (Date.now() > deadline) throw new Error(`no quick fix "${title}" at ${show(range)} within ${timeoutMs} ms; offered: ${JSON.stringify(titles)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The one action titled `title`. */
export function actionTitled(actions: readonly vscode.CodeAction[], title: string): vscode.CodeAction {
  const found = actions.filter((a) => a.title === title);
  assert.equal(found.length, 1, `exactly one action "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
  return found[0];
}

/**
 * Applies a code action's edit with `workspace.applyEdit`, as the editor does when the action is picked.
 * Snippet edits (citation placeholders) are applied as snippets: the placeholder text is inserted and,
 * in the active editor, selected.
 */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `action "${action.title}" carries an edit`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true, `workspace.applyEdit of "${action.title}" succeeded`);
}

/** The text selected in an editor. */
export function selectedText(editor: vscode.TextEditor): string {
  return editor.document.getText(editor.selection);
}

/** Sets `citationNeeded.<key>` in the workspace settings and waits until the extension host sees it. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(SECTION).update(key, value, vscode.ConfigurationTarget.Workspace);
  const expected = JSON.stringify(value);
  await waitFor(`setting ${SECTION}.${key} = ${expected}`,
    () => JSON.stringify(vscode.workspace.getConfiguration(SECTION).inspect(key)?.workspaceValue) === expected,
    vscode.workspace.onDidChangeConfiguration);
}

/** Reverts a document to its saved text (discarding the test's edits) and closes its editor. */
export async function revertAndClose(document: vscode.TextDocument): Promise<void> {
  if (document.isClosed) return;
  if (document.isUntitled) {
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    return;
  }
  // Put the saved text back through an edit (not through the active editor, which a webview or a
  // quick pick may have taken), save so nothing is dirty, then close the editor if it is active.
  const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
  if (document.getText() !== saved) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), saved);
    await vscode.workspace.applyEdit(edit);
  }
  if (document.isDirty) await document.save();
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
}

/** The folder where VS Code writes its logs, set by the runners (scripts/integration/*.mjs). */
export const LOGS_ENV = 'CITATION_NEEDED_TEST_LOGS';

/** The extension's log (Output > "Citation Needed") as VS Code wrote it: `<logs>/<session>/.../citation-needed.citation-needed/Citation Needed.log`, the newest. */
export function extensionLog(): string {
  const root = process.env[LOGS_ENV];
  assert.ok(root, `${LOGS_ENV} is set by the runner`);
  const files = (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((f) => path.basename(f) === 'Citation Needed.log' && path.basename(path.dirname(f)) === 'citation-needed.citation-needed')
    .map((f) => path.join(root, f));
  assert.ok(files.length > 0, `the extension's log is under ${root}`);
  const newest = files.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  return fs.readFileSync(newest, 'utf8');
}

/**
 * Waits until the extension's log has a line matching `pattern` after its first `from` characters (VS Code
 * writes the log file a moment after the line is logged, and has no event for it: a short bounded retry).
 * Returns the log from `from` on.
 */
export async function waitForLogLine(pattern: RegExp, from: number, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const added = extensionLog().slice(from);
    if (added.split('\n').some((line) => pattern.test(line))) return added;
    if (Date.now() > deadline) throw new Error(`no log line matching ${pattern} within ${timeoutMs} ms; logged: ${clip(added)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The error lines of a stretch of the extension's log. */
export function errorLines(log: string): string[] {
  return log.split('\n').filter((line) => /^\S+ \S+ \[error\]/.test(line));
}

/** The extension's own work on the extension host (citationNeeded.internal.hostWork); `reset` starts counting afresh after this snapshot. */
export async function hostWork(reset = false): Promise<HostWorkReport> {
  await activated();
  const report = await vscode.commands.executeCommand<HostWorkReport>('citationNeeded.internal.hostWork', { reset });
  assert.ok(report && typeof report.longestMs === 'number', 'citationNeeded.internal.hostWork answers');
  return report;
}

/** Stops the live worker (the next long document starts another), so counts of threads see only what a test starts. */
export async function stopLiveWorker(): Promise<void> {
  await activated();
  await vscode.commands.executeCommand('citationNeeded.internal.stopLiveWorker');
}

/** Activates the extension (its internal commands are not declared in package.json, so calling them does not). */
async function activated(): Promise<void> {
  const extension = vscode.extensions.getExtension('citation-needed.citation-needed');
  assert.ok(extension, 'the extension is installed');
  await extension.activate();
}

/** The environment variable naming the file measured figures go to (test-results/host-work.json, set by the runner). */
export const FIGURES_ENV = 'CITATION_NEEDED_TEST_FIGURES';

/** Adds `figures` under `name` to the figures file of the run (nothing without a runner). */
export function recordFigures(name: string, figures: unknown): void {
  const file = process.env[FIGURES_ENV];
  if (!file) return;
  const all = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> : {};
  all[name] = figures;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}

/** A command round-trip to the workbench and back (focus the active editor group); resolves with its milliseconds. */
export async function roundTrip(): Promise<number> {
  const start = Date.now();
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  return Date.now() - start;
}
