// Diagnostics, hovers and the workbench views on a draft with one finding of six rules (market.md).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DOCS_BASE, SOURCE, openDraft, ours, quickFixesFor, rangeOf, ruleOf, show, summarize, waitForDiagnostics } from './helpers';
import { screenshot } from './screenshot';

const { Warning, Information } = vscode.DiagnosticSeverity;

// What market.md holds, in document order: the rule, the exact text it flags, the default severity.
const EXPECTED: ReadonlyArray<{ rule: string; text: string; severity: vscode.DiagnosticSeverity }> = [
  { rule: 'unsourced-claim', text: 'The widget market grew by 40% in 2024.', severity: Warning },
  { rule: 'unsupported-attribution', text: 'Experts say', severity: Warning },
  { rule: 'puffery', text: 'cutting-edge', severity: Information },
  { rule: 'date-sensitive', text: 'currently', severity: Information },
  { rule: 'hedge', text: 'will likely', severity: Information },
  { rule: 'stale-date', text: 'As of January 2025', severity: Warning },
];

describe('diagnostics of a draft', () => {
  let editor: vscode.TextEditor;
  let diagnostics: vscode.Diagnostic[];

  before(async () => {
    // One editor in view for the screenshots (earlier suites may have left the attribution report open beside it).
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    editor = await openDraft('market.md');
    diagnostics = await waitForDiagnostics(editor.document.uri, `${EXPECTED.length} findings`, (d) => d.length === EXPECTED.length);
  });

  it('flags each finding with its rule id, exact range and default severity', () => {
    const document = editor.document;
    assert.deepEqual(summarize(diagnostics), EXPECTED.map((e) => `${e.rule}@${show(rangeOf(document, e.text))}`));
    assert.deepEqual(diagnostics.map((d) => d.severity), EXPECTED.map((e) => e.severity));
    for (const d of diagnostics) assert.equal(d.source, SOURCE);
  });

  it('links each rule id to its documentation', () => {
    for (const d of diagnostics) {
      assert.equal(typeof d.code, 'object', 'code carries a link target');
      const code = d.code as { value: string | number; target: vscode.Uri };
      assert.equal(code.target.toString(true), `${DOCS_BASE}rules/${ruleOf(d)}.md`);
    }
  });

  it('names the flagged text in each message', () => {
    assert.match(diagnostics[0].message, /40%/);
    assert.match(diagnostics[1].message, /Experts say/);
    assert.match(diagnostics[3].message, /as of November 2026/, 'the relative date message names the reference month');
    assert.match(diagnostics[5].message, /22 months old/, 'January 2025 is 22 months before the reference date 2026-11-28');
  });

  it('shows the findings in the Problems panel', async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // Show only the active draft's problems for the picture (a toggle of the Problems view's filter), then toggle back.
    const activeFileOnly = 'workbench.actions.workbench.panel.markers.view.toggleActiveFile';
    const filtered = await vscode.commands.executeCommand(activeFileOnly).then(() => true, () => false);
    try {
      await screenshot('draft-problems');
    } finally {
      if (filtered) await vscode.commands.executeCommand(activeFileOnly);
    }
  });

  it('explains a finding in a hover', async () => {
    const document = editor.document;
    const range = rangeOf(document, 'Experts say');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, range.start.translate(0, 3));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /`unsupported-attribution`/);
    assert.match(text, /Experts say/);
    assert.match(text, /\*\*What to do:\*\* Insert a \\\[who\?\\\] marker/);
    assert.ok(text.includes(`](${DOCS_BASE}rules/unsupported-attribution.md)`), 'the hover links the rule docs');
    const ours = hovers.find((h) => h.range?.isEqual(range));
    assert.ok(ours, `a hover spans the finding ${show(range)}`);

    await vscode.commands.executeCommand('notifications.clearAll');
    editor.selection = new vscode.Selection(range.start.translate(0, 3), range.start.translate(0, 3));
    editor.revealRange(range);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover');
    await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
  });

  it('opens the quick-fix menu on an unsourced claim', async () => {
    const document = editor.document;
    const claim = rangeOf(document, 'The widget market grew by 40% in 2024.');
    // The menu lists what the provider offers for the claim: check that first, then open it.
    const actions = await quickFixesFor(document.uri, claim, 'Add footnote [^1]');
    const titles = actions.map((a) => a.title);
    for (const title of ['Add footnote [^1]', 'Add a link to the source', 'Add a Pandoc citation [@key]', 'Insert [citation needed]',
      'Disable unsourced-claim for this line', 'Disable unsourced-claim in this file', 'Turn off unsourced-claim in workspace settings',
      'Learn more about unsourced-claim']) {
      assert.ok(titles.includes(title), `"${title}" offered; got ${JSON.stringify(titles)}`);
    }
    const preferred = actions.filter((a) => a.isPreferred).map((a) => a.title);
    assert.deepEqual(preferred, ['Add footnote [^1]'], 'the footnote style (the default) is preferred');

    await vscode.window.showTextDocument(document, { preview: false });
    const inClaim = claim.start.translate(0, 27);
    editor.selection = new vscode.Selection(inClaim, inClaim);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await screenshot('quick-fix-menu');
    await vscode.commands.executeCommand('hideCodeActionWidget').then(undefined, () => undefined);
  });

  it('keeps the diagnostics of a clean draft empty', async () => {
    const clean = await openDraft('clean.md');
    // A check publishes an empty set; "Check attributions" returns its findings, so the empty result is observed, not assumed.
    const findings = await vscode.commands.executeCommand<unknown[]>('citationNeeded.check');
    assert.deepEqual(findings, []);
    assert.deepEqual(ours(clean.document.uri), []);
  });
});
