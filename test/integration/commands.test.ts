// The commands "Check attributions" and "Check attributions in workspace", run through executeCommand.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { openDraft, ours, setSetting, summarize, waitForDiagnostics, workspaceUri } from './helpers';
import type { WorkspaceSummary } from '../../src/vscode/workspace-check';

/** The part of a finding the command returns that this suite checks. */
interface ReturnedFinding {
  ruleId: string;
  offset: number;
  endOffset: number;
  text: string;
}

describe('commands', () => {
  // Leave every file checked for the suites that follow ("Clear findings" runs last here).
  after(() => vscode.commands.executeCommand('citationNeeded.checkWorkspace'));

  it('"Check attributions" returns the active draft\'s findings, matching its diagnostics', async () => {
    const { document } = await openDraft('market.md');
    await waitForDiagnostics(document.uri, 'the first check', (d) => d.length > 0);
    const findings = await vscode.commands.executeCommand<ReturnedFinding[]>('citationNeeded.check');
    assert.ok(Array.isArray(findings), 'the command returns the findings');
    assert.deepEqual(findings.map((f) => f.ruleId),
      ['unsourced-claim', 'unsupported-attribution', 'puffery', 'date-sensitive', 'hedge', 'stale-date']);
    for (const f of findings) assert.equal(document.getText().slice(f.offset, f.endOffset), f.text);
    const fromFindings = findings.map((f) => `${f.ruleId}@${document.positionAt(f.offset).line}:${document.positionAt(f.offset).character}`
      + `-${document.positionAt(f.endOffset).line}:${document.positionAt(f.endOffset).character}`);
    assert.deepEqual(summarize(ours(document.uri)), fromFindings);
  });

  it('"Check attributions" without a Markdown editor returns nothing', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await vscode.commands.executeCommand('citationNeeded.check'), undefined);
  });

  it('"Check attributions in workspace" checks every Markdown file that files.exclude leaves in', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('citationNeeded.clear');
    const archived = workspaceUri('archive/old.md');
    const summary = await vscode.commands.executeCommand<WorkspaceSummary>('citationNeeded.checkWorkspace');

    // Every Markdown file of the fixture workspace except archive/ (files.exclude in its .vscode/settings.json).
    const all = await vscode.workspace.findFiles('**/*.md', null);
    const included = all.filter((uri) => !uri.path.includes('/archive/'));
    assert.ok(all.some((uri) => uri.toString() === archived.toString()), 'the fixture has an archived draft');
    assert.equal(summary.files, included.length);
    assert.equal(summary.cancelled, false);
    assert.equal(summary.skipped, 0);

    // The results are in the Problems panel (diagnostics), also for files no editor has open.
    const counts = included.map((uri) => ours(uri).length);
    assert.equal(summary.findings, counts.reduce((a, b) => a + b, 0));
    assert.equal(summary.filesWithFindings, counts.filter((n) => n > 0).length);
    assert.equal(ours(workspaceUri('market.md')).length, 6);
    assert.deepEqual(ours(workspaceUri('clean.md')), []);
    assert.deepEqual(ours(archived), [], 'the excluded draft is not checked');
    assert.equal(summary.message, `${summary.findings} findings in ${summary.filesWithFindings} of ${summary.files} Markdown files.`);
    // Checked in worker threads (one per core, at most one per file), not in the extension host.
    assert.equal(summary.workers, Math.min(os.availableParallelism(), summary.files));
    assert.equal(summary.reports.length, summary.files);
  });

  it('"Check attributions in workspace" takes citationNeeded.workers without a reload, with the same results', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const all = (await vscode.workspace.findFiles('**/*.md', null)).filter((uri) => !uri.path.includes('/archive/'));
    const before = await vscode.commands.executeCommand<WorkspaceSummary>('citationNeeded.checkWorkspace');
    const diagnostics = all.map((uri) => summarize(ours(uri)));
    try {
      await setSetting('workers', 1);
      await vscode.commands.executeCommand('citationNeeded.clear');
      const single = await vscode.commands.executeCommand<WorkspaceSummary>('citationNeeded.checkWorkspace');
      assert.equal(single.workers, 1);
      assert.equal(single.findings, before.findings);
      assert.deepEqual(all.map((uri) => summarize(ours(uri))), diagnostics);
      assert.deepEqual(single.reports.map((r) => r.report), before.reports.map((r) => r.report));
    } finally {
      await setSetting('workers', undefined);
    }
  });

  it('"Clear findings" empties the Problems panel', async () => {
    await vscode.commands.executeCommand('citationNeeded.checkWorkspace');
    assert.ok(ours(workspaceUri('market.md')).length > 0);
    await vscode.commands.executeCommand('citationNeeded.clear');
    assert.deepEqual(ours(workspaceUri('market.md')), []);
  });
});
