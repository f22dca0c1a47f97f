// The extension in a browser's web worker extension host, loaded from its `browser` entry
// (dist/web/extension.js): it says which host it runs in (and fails in Node), shows diagnostics and hovers, applies
// a quick fix, honours directives, checks the open file and the workspace (Web Workers, files through workspace.fs), opens
// the report, completes bibliography keys, checks a long document in its live worker, and says that Verify sources is off.
import * as assert from './assert';
import { hostEvidence, type HostEvidence } from './host';
import { screenshot } from './screenshot';
import * as vscode from 'vscode';

const EXTENSION_ID = 'citation-needed.citation-needed';
const SOURCE = 'Citation Needed';

/** The host as the suite saw it from inside; the runner prints it and fails unless it is the web worker host. */
export let seenHost: HostEvidence | undefined;

/** This extension's diagnostics of a document, in document order, as `rule@line:col` strings. */
function ours(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE)
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => `${typeof d.code === 'object' ? d.code.value : d.code}@${d.range.start.line}:${d.range.start.character}`);
}

/** Resolves once `probe` is true, checking now and on each diagnostics change; fails after 30 s with `what`. */
function waitForDiagnostics(uri: vscode.Uri, what: string, probe: (found: string[]) => boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = ours(uri);
      if (!probe(found)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(found);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics(check);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}; last seen ${JSON.stringify(ours(uri))}`));
    }, 30_000);
    check();
  });
}

function workspaceUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, ...name.split('/'));
}

async function open(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(name)), { preview: false });
}

async function revertAndClose(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

function rangeOf(document: vscode.TextDocument, text: string): vscode.Range {
  const at = document.getText().indexOf(text);
  assert.ok(at >= 0, `"${text}" is in ${document.uri.path}`);
  return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
}

/** The quick fixes at `range` once one titled `title` is offered (the diagnostics reach the provider a moment after they are published). */
async function quickFixes(uri: vscode.Uri, range: vscode.Range, title: string): Promise<vscode.CodeAction[]> {
  for (let attempt = 0; ; attempt++) {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value) ?? [];
    if (actions.some((a) => a.title === title)) return actions;
    if (attempt >= 100) throw new Error(`no quick fix "${title}"; offered ${JSON.stringify(actions.map((a) => a.title))}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the extension in the browser (web worker extension host)', () => {
  afterEach(revertAndClose);

  it('runs in a Web Worker of the browser, from the browser entry, not in Node', async () => {
    seenHost = hostEvidence();
    const extension = vscode.extensions.getExtension<{ host: string }>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const api = await extension.activate();
    seenHost.activatedFrom = api?.host === 'web' ? 'browser entry (dist/web/extension.js)' : `main entry (host ${api?.host})`;
    assert.equal(api?.host, 'web', 'activated from the browser entry');
    assert.equal(seenHost.inWorkerGlobalScope, true, 'runs in a WorkerGlobalScope');
    assert.equal(seenHost.nodeVersion, null, 'not in Node');
  });

  it('shows diagnostics for a draft as it opens, and their hovers', async () => {
    const { document } = await open('artifacts.md');
    const found = await waitForDiagnostics(document.uri, 'the model leftovers', (d) => d.filter((f) => f.startsWith('ai-artifact@')).length === 2);
    assert.deepEqual(found.filter((f) => f.startsWith('ai-artifact@')), ['ai-artifact@2:35', 'ai-artifact@4:42']);
    const cutoff = rangeOf(document, 'As of my last knowledge update');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, cutoff.start.translate(0, 3));
    const hover = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(hover.includes('`ai-artifact`') && hover.includes('rules/ai-artifact.md'), `the hover names the rule and links its docs: ${hover}`);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('web-diagnostics');
  });

  it('applies a quick fix: adds a footnote, and the finding goes', async () => {
    const { document } = await open('footnotes.md');
    await waitForDiagnostics(document.uri, 'the unsourced claim', (d) => d.includes('unsourced-claim@2:0'));
    const title = 'Add footnote [^2]';
    const action = (await quickFixes(document.uri, rangeOf(document, 'The widget market grew by 40% in 2024.'), title)).find((a) => a.title === title)!;
    assert.ok(action.edit, 'the fix carries an edit');
    assert.equal(await vscode.workspace.applyEdit(action.edit), true);
    assert.equal(document.getText(), [
      '# Footnotes draft', '', 'The widget market grew by 40% in 2024.[^2]', '', 'Acme opened its Leeds plant in 1998.[^1]', '',
      '[^1]: Acme, *Company history*, 2020.', '[^2]: TODO: add source', '',
    ].join('\n'));
    await waitForDiagnostics(document.uri, 'no finding left', (d) => d.length === 0);
  });

  it('honours directives: "disable for this line" inserts one, and that finding goes', async () => {
    const { document } = await open('directives.md');
    await waitForDiagnostics(document.uri, 'both attributions', (d) => d.join() === 'unsupported-attribution@7:4,unsupported-attribution@9:0');
    const title = 'Disable unsupported-attribution for this line';
    const action = (await quickFixes(document.uri, rangeOf(document, 'Studies show'), title)).find((a) => a.title === title)!;
    assert.ok(action.edit, 'the fix carries an edit');
    assert.equal(await vscode.workspace.applyEdit(action.edit), true);
    assert.equal(document.lineAt(7).text, '  <!-- citation-needed-disable-next-line unsupported-attribution -->');
    await waitForDiagnostics(document.uri, 'only the other attribution', (d) => d.join() === 'unsupported-attribution@10:0');
  });

  it('"Check attributions" checks the open file and opens the report', async () => {
    await open('market.md');
    const findings = await vscode.commands.executeCommand<unknown[]>('citationNeeded.check');
    assert.ok(Array.isArray(findings) && findings.length > 0, 'the command returns the findings');
    // The tab of the report's webview reaches the extension host with the next tab event.
    const isReport = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && tab.label.startsWith('Citation report: market.md');
    const tabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    for (let attempt = 0; attempt < 100 && !tabs().some(isReport); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(tabs().some(isReport), `the report is open; tabs: ${JSON.stringify(tabs().map((t) => t.label))}`);
    await screenshot('web-report');
  });

  it('"Check attributions in workspace" reads the files through workspace.fs and checks them in Web Workers', async () => {
    const summary = await vscode.commands.executeCommand<{ files: number; checked: number; findings: number; workers: number; cancelled: boolean }>('citationNeeded.checkWorkspace');
    assert.ok(summary.files >= 10, `found the drafts (${summary.files})`);
    assert.equal(summary.checked, summary.files);
    assert.equal(summary.cancelled, false);
    assert.ok(summary.workers >= 1, `checked in Web Workers, not in the extension host (workers: ${summary.workers})`);
    assert.ok(summary.findings > 0);
    const dates = ours(workspaceUri('dates.md'));
    assert.ok(dates.length > 0, 'a file never opened has its findings in Problems');
  });

  it('completes bibliography keys from a .bib file read through workspace.fs', async () => {
    await vscode.workspace.getConfiguration('citationNeeded').update('bibliography', ['refs/library.bib'], vscode.ConfigurationTarget.Workspace);
    try {
      const { document } = await open('pandoc-setting.md');
      const position = rangeOf(document, '@smith2021').start.translate(0, 1);
      let labels: string[] = [];
      for (let attempt = 0; attempt < 100 && labels.length < 2; attempt++) {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, '@');
        labels = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference).map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).sort();
        if (labels.length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.deepEqual(labels, ['doe2019', 'smith2021']);
    } finally {
      await vscode.workspace.getConfiguration('citationNeeded').update('bibliography', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('checks a long document in the live worker (a Web Worker): the findings on open, then those of an edit, sent as changes', async () => {
    const filler = 'The benches stand in rows and the tools hang on the wall of the workshop.';
    const paragraphs = Array.from({ length: 400 }, (_, i) => (i % 40 === 20 ? `Sales grew by ${i}% in 2024.` : filler));
    const uri = workspaceUri('long-live.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`# Long draft\n\n${paragraphs.join('\n\n')}\n`));
    try {
      const before = await vscode.commands.executeCommand<{ checks: { inWorker: number; longInHost: number }; liveWorker: { incremental: number } }>('citationNeeded.internal.hostWork');
      const editor = await open('long-live.md');
      assert.ok(editor.document.getText().length >= 20_000, `${editor.document.getText().length} characters: long enough for the live worker`);
      const claims = paragraphs.filter((p) => p !== filler).length;
      await waitForDiagnostics(uri, `${claims} claims`, (found) => found.filter((f) => f.startsWith('unsourced-claim@')).length === claims);
      await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'Revenue doubled in 2023.\n\n'));
      await waitForDiagnostics(uri, 'the typed claim', (found) => found.includes('unsourced-claim@2:0') && found.filter((f) => f.startsWith('unsourced-claim@')).length === claims + 1);
      const after = await vscode.commands.executeCommand<typeof before>('citationNeeded.internal.hostWork');
      assert.ok(after.checks.inWorker >= before.checks.inWorker + 2, `checked in the live worker: ${JSON.stringify(after.checks)}`);
      assert.equal(after.checks.longInHost, before.checks.longInHost, 'not in the extension host');
      assert.ok(after.liveWorker.incremental > before.liveWorker.incremental, 'the edit went to the worker as changes');
    } finally {
      await revertAndClose();
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('"Verify sources" is off in the browser: nothing is fetched or published', async () => {
    const { document } = await open('cited.md');
    const run = await vscode.commands.executeCommand('citationNeeded.verifySources');
    assert.equal(run, undefined);
    assert.deepEqual(vscode.languages.getDiagnostics(document.uri).filter((d) => d.source !== SOURCE && /source/i.test(String(d.source))), []);
  });
});
