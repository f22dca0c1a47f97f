// Bibliographies in the editor: missing keys flagged from a workspace .bib file (re-read when it changes),
// completion after `[@`, hover on a key, the "Cite from bibliography" quick fix, the bibliography setting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  actionTitled, openDraft, quickFixesFor, rangeOf, revertAndClose, ruleOf, setSetting, show, summarize,
  waitForDiagnostics, waitForExactly, workspaceUri,
} from './helpers';

const MISSING_KEY = '@smtih2021';
const CLAIM = 'Prices fell by 15% in 2025.';

/** The expected diagnostics of cited.md as it is on disk. */
function expectedCited(document: vscode.TextDocument): string[] {
  return [`citation-integrity@${show(rangeOf(document, MISSING_KEY))}`, `unsourced-claim@${show(rangeOf(document, CLAIM))}`];
}

/** A completion item's label text. */
const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

/** The text of a hover's contents. */
const hoverText = (hovers: vscode.Hover[]) => hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');

describe('bibliographies', () => {
  it('flags a Pandoc key missing from the front matter\'s .bib file, suggesting the nearest key', async () => {
    const { document } = await openDraft('cited.md');
    const diagnostics = await waitForExactly(document.uri, expectedCited(document));
    assert.equal(diagnostics[0].message, 'Citation key @smtih2021 is not in the bibliography (did you mean @smith2021?)');
    const actions = await quickFixesFor(document.uri, diagnostics[0].range, 'Use @smith2021');
    assert.ok(actionTitled(actions, 'Use @smith2021').edit);
  });

  it('re-reads the .bib file when it changes: a key added to it is no longer flagged', async () => {
    const { document } = await openDraft('cited.md');
    await waitForExactly(document.uri, expectedCited(document));
    const bib = workspaceUri('refs/library.bib');
    const original = await vscode.workspace.fs.readFile(bib);
    try {
      const added = `${new TextDecoder().decode(original)}\n@misc{smtih2021,\n  title = {A Key With a Typo},\n  year = {2021}\n}\n`;
      await vscode.workspace.fs.writeFile(bib, new TextEncoder().encode(added));
      await waitForExactly(document.uri, [`unsourced-claim@${show(rangeOf(document, CLAIM))}`]);
    } finally {
      await vscode.workspace.fs.writeFile(bib, original);
    }
    await waitForExactly(document.uri, expectedCited(document));
  });

  it('completes keys after [@ and after ; @ with their year, authors and title', async () => {
    const editor = await openDraft('cited.md');
    const { document } = editor;
    try {
      const end = document.lineAt(document.lineCount - 1).range.end;
      await editor.edit((b) => b.insert(end, '\n\nCosts rose [@'));
      const position = document.lineAt(document.lineCount - 1).range.end;
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, '@');
      const ours = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference);
      assert.deepEqual(ours.map(labelOf), ['doe2019', 'smith2021']);
      const smith = ours.find((i) => labelOf(i) === 'smith2021')!;
      assert.deepEqual(smith.label, { label: 'smith2021', detail: ' 2021', description: 'Smith and Jones' });
      assert.equal(smith.detail, 'The Widget Market in Numbers');

      await editor.edit((b) => b.insert(position, 'doe2019; @'));
      const after = document.lineAt(document.lineCount - 1).range.end;
      const second = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, after, '@');
      assert.deepEqual(second.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference).map(labelOf), ['doe2019', 'smith2021']);
    } finally {
      await revertAndClose(document);
    }
  });

  it('shows the entry when hovering a key: authors, year, title and DOI', async () => {
    const { document } = await openDraft('cited.md');
    await waitForExactly(document.uri, expectedCited(document));
    const key = rangeOf(document, '@smith2021');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, key.start.translate(0, 3));
    const text = hoverText(hovers);
    assert.match(text, /\*\*@smith2021\*\* · article/);
    assert.match(text, /Smith and Jones \(2021\)\. \*The Widget Market in Numbers\*/);
    assert.match(text, /DOI: \[10\.1234\/widgets\.2021\]\(https:\/\/doi\.org\/10\.1234\/widgets\.2021\)/);
    const missing = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, rangeOf(document, MISSING_KEY).start.translate(0, 3));
    assert.doesNotMatch(hoverText(missing), /· article|· book/, 'a key the bibliography lacks shows no entry');
  });

  it('"Cite from bibliography" inserts the key picked in the quick pick at the claim', async () => {
    const { document } = await openDraft('cited.md');
    try {
      const diagnostics = await waitForExactly(document.uri, expectedCited(document));
      const claim = diagnostics.find((d) => ruleOf(d) === 'unsourced-claim')!;
      const action = actionTitled(await quickFixesFor(document.uri, claim.range, 'Cite from bibliography…'), 'Cite from bibliography…');
      assert.ok(action.command, 'the quick fix runs a command (the quick pick)');
      const picked = vscode.commands.executeCommand<string | undefined>(action.command.command, ...(action.command.arguments ?? []));
      let settled = false;
      void Promise.resolve(picked).finally(() => (settled = true));
      // Accept the first entry (doe2019, entries are sorted by key) once the quick pick is up; bounded retries.
      for (let i = 0; i < 50 && !settled; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      }
      assert.equal(await picked, 'doe2019');
      assert.equal(document.lineAt(rangeOf(document, 'Prices fell').start.line).text, 'Prices fell by 15% in 2025 [@doe2019].');
      await waitForExactly(document.uri, [`citation-integrity@${show(rangeOf(document, MISSING_KEY))}`]);
    } finally {
      await revertAndClose(document);
    }
  });

  it('reads the files of citationNeeded.bibliography (relative to the workspace folder)', async () => {
    const { document } = await openDraft('pandoc-setting.md');
    try {
      await waitForExactly(document.uri, []);
      await setSetting('bibliography', ['refs/library.bib']);
      const flagged = await waitForDiagnostics(document.uri, 'the missing key', (d) => d.length === 1);
      assert.deepEqual(summarize(flagged), [`citation-integrity@${show(rangeOf(document, '@nobody2020'))}`]);
    } finally {
      await setSetting('bibliography', undefined);
    }
    await waitForExactly(document.uri, []);
  });
});
