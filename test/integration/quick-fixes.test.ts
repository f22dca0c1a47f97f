// Quick fixes through vscode.executeCodeActionProvider + workspace.applyEdit: exact resulting text, finding gone.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  actionTitled, applyAction, openDraft, quickFixesFor, rangeOf, revertAndClose, selectedText, show, waitForExactly,
} from './helpers';

/** Opens a draft and waits for its expected findings (`rule` + flagged text, in document order). */
async function openWith(name: string, expected: ReadonlyArray<[rule: string, text: string]>): Promise<vscode.TextEditor> {
  const editor = await openDraft(name);
  const want = expected.map(([rule, text]) => `${rule}@${show(rangeOf(editor.document, text))}`);
  await waitForExactly(editor.document.uri, want);
  return editor;
}

/** Waits until the document's findings are exactly `expected`, located in the current text. */
async function expectFindings(document: vscode.TextDocument, expected: ReadonlyArray<[rule: string, text: string]>): Promise<void> {
  await waitForExactly(document.uri, expected.map(([rule, text]) => `${rule}@${show(rangeOf(document, text))}`));
}

describe('quick fixes', () => {
  const opened: vscode.TextDocument[] = [];
  afterEach(async () => {
    for (const document of opened.splice(0)) await revertAndClose(document);
  });

  it('adds the next footnote number after the sentence and its definition after the last one', async () => {
    const editor = await openWith('footnotes.md', [['unsourced-claim', 'The widget market grew by 40% in 2024.']]);
    const { document } = editor;
    opened.push(document);
    const claim = rangeOf(document, 'The widget market grew by 40% in 2024.');
    const action = actionTitled(await quickFixesFor(document.uri, claim, 'Add footnote [^2]'), 'Add footnote [^2]');
    assert.equal(action.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.equal(action.isPreferred, true);

    await applyAction(action);
    assert.equal(document.getText(), [
      '# Footnotes draft',
      '',
      'The widget market grew by 40% in 2024.[^2]',
      '',
      'Acme opened its Leeds plant in 1998.[^1]',
      '',
      '[^1]: Acme, *Company history*, 2020.',
      '[^2]: TODO: add source',
      '',
    ].join('\n'));
    // The definition's placeholder is a snippet tab stop: the editor selects it, ready for the source.
    assert.equal(selectedText(editor), 'TODO: add source');
    assert.equal(editor.selection.start.line, 7);
    await expectFindings(document, []);
  });

  it('adds a link with the URL as the placeholder, before the full stop; the empty URL is flagged until filled', async () => {
    const editor = await openWith('footnotes.md', [['unsourced-claim', 'The widget market grew by 40% in 2024.']]);
    const { document } = editor;
    opened.push(document);
    const claim = rangeOf(document, 'The widget market grew by 40% in 2024.');
    const title = 'Add a link to the source';
    await applyAction(actionTitled(await quickFixesFor(document.uri, claim, title), title));
    assert.equal(document.lineAt(2).text, 'The widget market grew by 40% in 2024 ([source](https://)).');
    assert.equal(selectedText(editor), 'https://', 'the URL placeholder is selected');
    // The claim is cited now; the empty URL is left for citation-integrity to flag until it is filled in.
    await expectFindings(document, [['citation-integrity', '[source](https://)']]);
  });

  it('rewrites a relative date as an absolute one from the reference date', async () => {
    const { document } = await openWith('dates.md', [['date-sensitive', 'currently'], ['stale-date', 'As of January 2025']]);
    opened.push(document);
    const title = 'Replace with “as of November 2026”';
    const action = actionTitled(await quickFixesFor(document.uri, rangeOf(document, 'currently'), title), title);
    assert.equal(action.isPreferred, true);
    await applyAction(action);
    assert.equal(document.getText(), [
      '# Dates draft',
      '',
      'The plant, as of November 2026, runs a night shift.',
      '',
      'As of January 2025, the plant still has a night shift.',
      '',
    ].join('\n'));
    await expectFindings(document, [['stale-date', 'As of January 2025']]);

    const stale = 'Re-verified: change the date to “November 2026”';
    await applyAction(actionTitled(await quickFixesFor(document.uri, rangeOf(document, 'As of January 2025'), stale), stale));
    assert.equal(document.lineAt(4).text, 'As of November 2026, the plant still has a night shift.');
    await expectFindings(document, []);
  });

  it('inserts directives: disable for this line (with the list indentation), then in this file (after front matter)', async () => {
    const { document } = await openWith('directives.md', [['unsupported-attribution', 'Studies show'], ['unsupported-attribution', 'Critics argue']]);
    opened.push(document);
    const lineTitle = 'Disable unsupported-attribution for this line';
    await applyAction(actionTitled(await quickFixesFor(document.uri, rangeOf(document, 'Studies show'), lineTitle), lineTitle));
    assert.equal(document.getText(), [
      '---',
      'title: Directives draft',
      '---',
      '',
      '# Directives draft',
      '',
      '- Notes from the visit.',
      '  <!-- citation-needed-disable-next-line unsupported-attribution -->',
      '  - Studies show that widgets help.',
      '',
      'Critics argue that widgets are noisy.',
      '',
    ].join('\n'));
    await expectFindings(document, [['unsupported-attribution', 'Critics argue']]);

    const fileTitle = 'Disable unsupported-attribution in this file';
    await applyAction(actionTitled(await quickFixesFor(document.uri, rangeOf(document, 'Critics argue'), fileTitle), fileTitle));
    assert.deepEqual(document.getText().split('\n').slice(0, 6), [
      '---',
      'title: Directives draft',
      '---',
      '',
      '<!-- citation-needed-disable-file unsupported-attribution -->',
      '',
    ]);
    await expectFindings(document, []);
  });

  it('fixes all safe problems at once (source.fixAll.citationNeeded), leaving the ones that need judgement', async () => {
    const url = 'https://acme-widgets.co.uk/report?utm_source=chatgpt.com';
    const disclaimer = 'As of my last knowledge update';
    const { document } = await openWith('artifacts.md', [['ai-artifact', url], ['ai-artifact', disclaimer]]);
    opened.push(document);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri,
      new vscode.Range(0, 0, document.lineCount, 0), 'source.fixAll.citationNeeded');
    const fixAll = (actions ?? []).filter((a) => a.kind?.value === 'source.fixAll.citationNeeded');
    // Removing tracking parameters is safe; deleting the disclaimer rewrites the sentence, so it is not.
    assert.deepEqual(fixAll.map((a) => a.title), ['Fix all safe Citation Needed problems (1)']);
    await applyAction(fixAll[0]);
    assert.equal(document.lineAt(2).text, 'Acme publishes its [annual report](https://acme-widgets.co.uk/report) every spring.');
    await expectFindings(document, [['ai-artifact', disclaimer]]);

    const title = `Delete “${disclaimer}”`;
    await applyAction(actionTitled(await quickFixesFor(document.uri, rangeOf(document, disclaimer), title), title));
    assert.equal(document.lineAt(4).text, 'The workshop keeps its tools on the wall. The benches stand in rows.');
    await expectFindings(document, []);
  });
});
