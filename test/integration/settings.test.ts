// Settings changed through the configuration API take effect without a reload, and are restored after.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { expectNoDiagnosticsChange, openDraft, ours, rangeOf, revertAndClose, ruleOf, setSetting, show, summarize, waitForDiagnostics, waitForExactly } from './helpers';

const CLAIM = 'The widget market grew by 40% in 2024.';
const NEW_CLAIM = 'The workshop shipped 5,000 widgets in 2023.';

describe('settings', () => {
  afterEach(async () => {
    for (const key of ['rules', 'run', 'delay']) await setSetting(key, undefined);
  });

  it('a rule set to "off" disappears and one set to "error" changes severity; both come back when unset', async () => {
    const { document } = await openDraft('market.md');
    const original = await waitForDiagnostics(document.uri, 'six findings', (d) => d.length === 6);
    const before = summarize(original);

    await setSetting('rules', { 'unsupported-attribution': 'off', hedge: 'error' });
    const changed = await waitForDiagnostics(document.uri, 'unsupported-attribution gone',
      (d) => d.length === 5 && !d.some((x) => ruleOf(x) === 'unsupported-attribution'));
    assert.deepEqual(summarize(changed), before.filter((s) => !s.startsWith('unsupported-attribution@')));
    const hedge = changed.find((d) => ruleOf(d) === 'hedge');
    assert.equal(hedge?.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(changed.find((d) => ruleOf(d) === 'puffery')?.severity, vscode.DiagnosticSeverity.Information, 'other rules keep theirs');

    await setSetting('rules', undefined);
    const restored = await waitForDiagnostics(document.uri, 'the original six findings', (d) => d.length === 6);
    assert.deepEqual(summarize(restored), before);
    assert.deepEqual(restored.map((d) => d.severity), original.map((d) => d.severity));
  });

  it('run mode "manual" stops checks while typing; "Check attributions" still checks', async () => {
    const editor = await openDraft('manual.md');
    const { document } = editor;
    try {
      await waitForExactly(document.uri, [`unsourced-claim@${show(rangeOf(document, CLAIM))}`]);
      const end = document.lineAt(document.lineCount - 1).range.end;

      // Positive control: in onType mode with a 50 ms delay, typing a claim is flagged.
      await setSetting('delay', 50);
      await editor.edit((b) => b.insert(end, `\n${NEW_CLAIM}\n`));
      await waitForExactly(document.uri, [CLAIM, NEW_CLAIM].map((t) => `unsourced-claim@${show(rangeOf(document, t))}`));

      // Manual mode: the same edit again is not checked, over a window forty times the delay.
      await setSetting('run', 'manual');
      // The settings change re-checks open documents; the explicit check supersedes that run and ends when it is done.
      await vscode.commands.executeCommand('citationNeeded.check');
      const flagged = summarize(ours(document.uri));
      await editor.edit((b) => b.insert(document.lineAt(document.lineCount - 1).range.end, `\n${NEW_CLAIM}\n`));
      await expectNoDiagnosticsChange(document.uri, 2_000);
      assert.deepEqual(summarize(ours(document.uri)), flagged);

      const findings = await vscode.commands.executeCommand<{ ruleId: string }[]>('citationNeeded.check');
      assert.deepEqual(findings?.map((f) => f.ruleId), ['unsourced-claim', 'unsourced-claim', 'unsourced-claim']);
      const expected = [rangeOf(document, CLAIM), rangeOf(document, NEW_CLAIM), rangeOf(document, NEW_CLAIM, 1)]
        .map((r) => `unsourced-claim@${show(r)}`);
      assert.deepEqual(summarize(ours(document.uri)), expected);
    } finally {
      await revertAndClose(document);
    }
  });
});
