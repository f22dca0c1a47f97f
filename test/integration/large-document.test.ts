// A ~1 MB draft: diagnostics on open, then typing into it; positions shift and a new claim is flagged.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { hostWork, ours, recordFigures, revertAndClose, show, summarize, waitForExactly, type HostWorkReport } from './helpers';

const TARGET_BYTES = 1_050_000;
const CLAIM_EVERY = 50;
const FILLER = 'This section describes the layout of the workshop, where the benches stand in rows and the tools hang on the wall.';
const CLAIM = (n: number) => `Section ${n} notes that the widget market grew by 40% in 2024.`;
const TYPED_CLAIM = 'The workshop shipped 5,000 widgets in 2023.';
// Each claim is one unsourced-claim finding spanning the sentence; the filler has none.
const CLAIM_PATTERN = /Section \d+ notes that the widget market grew by 40% in 2024\.|The workshop shipped 5,000 widgets in 2023\./g;

/** Repeated paragraphs, about 1 MB, one claim per CLAIM_EVERY paragraphs. */
function generate(): string {
  const paragraphs = ['# Large draft'];
  let size = paragraphs[0].length;
  for (let n = 1; size < TARGET_BYTES; n++) {
    const paragraph = n % CLAIM_EVERY === 0 ? CLAIM(n) : FILLER;
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return `${paragraphs.join('\n\n')}\n`;
}

/** The diagnostics the current text should have: one unsourced-claim per claim sentence, located in the text. */
function expectedFrom(document: vscode.TextDocument): string[] {
  const text = document.getText();
  return [...text.matchAll(CLAIM_PATTERN)].map((m) =>
    `unsourced-claim@${show(new vscode.Range(document.positionAt(m.index), document.positionAt(m.index + m[0].length)))}`);
}

/** The figures of a HostWork report worth keeping. */
function figures(work: HostWorkReport) {
  const ms = (n: number) => Math.round(n * 10) / 10;
  return { longestRunMs: ms(work.longestMs), longestKind: work.longestKind, runsOver50Ms: work.overLongRun, loopDelayMaxMs: ms(work.loopDelay.maxMs), checks: work.checks, kinds: work.kinds };
}

describe('a 1 MB document', function () {
  this.timeout(180_000);
  let dir: string;
  let editor: vscode.TextEditor;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'citation-needed-large-'));
    const file = path.join(dir, 'large.md');
    fs.writeFileSync(file, generate());
    await hostWork(true);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    editor = await vscode.window.showTextDocument(document, { preview: false });
  });

  after(async () => {
    if (editor) await revertAndClose(editor.document);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is flagged on open: one finding per claim, at the right place', async () => {
    const { document } = editor;
    assert.ok(document.getText().length >= TARGET_BYTES, `the draft is ${document.getText().length} characters`);
    const expected = expectedFrom(document);
    assert.ok(expected.length > 150, `${expected.length} claims in the draft`);
    await waitForExactly(document.uri, expected, 90_000);
    const work = await hostWork(true);
    recordFigures('open 1 MB document', figures(work));
    assert.ok(work.checks.inWorker > 0 && work.checks.longInHost === 0, `checked in the live worker: ${JSON.stringify(work.checks)}`);
  });

  it('shifts every finding when lines are inserted at the top', async () => {
    const { document } = editor;
    const before = ours(document.uri);
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), '\nA preface without claims, typed above the sections.\n'));
    const after = await waitForExactly(document.uri, expectedFrom(document), 90_000);
    assert.equal(after.length, before.length);
    assert.deepEqual(after.map((d) => d.range.start.line), before.map((d) => d.range.start.line + 2));
  });

  it('flags a claim typed in the middle, keystroke by keystroke, and keeps the others', async () => {
    const { document } = editor;
    const before = summarize(ours(document.uri));
    // Type at the end of a filler paragraph in the middle of the document: a new paragraph, in small pieces.
    const line = Math.floor(document.lineCount / 2) + (document.lineAt(Math.floor(document.lineCount / 2)).isEmptyOrWhitespace ? 1 : 0);
    assert.match(document.lineAt(line).text, /^This section describes/, 'typing after a filler paragraph');
    let at = document.lineAt(line).range.end;
    const typed = `\n\n${TYPED_CLAIM}`;
    const start = await hostWork(true);
    for (let i = 0; i < typed.length; i += 4) {
      const piece = typed.slice(i, i + 4);
      assert.ok(await editor.edit((b) => b.insert(at, piece)), 'edit applied');
      at = document.positionAt(document.offsetAt(at) + piece.length);
    }
    const expected = expectedFrom(document);
    const after = await waitForExactly(document.uri, expected, 90_000);
    const work = await hostWork();
    recordFigures('typing into a 1 MB document', { keystrokes: Math.ceil(typed.length / 4), ...figures(work) });
    assert.equal(work.checks.longInHost, 0, 'no check of the long document ran in the extension host');
    assert.ok(work.liveWorker.incremental > start.liveWorker.incremental, 'the worker was sent the edits');
    assert.equal(work.liveWorker.wholeTexts, start.liveWorker.wholeTexts, 'and never the whole text');
    assert.equal(after.length, before.length + 1);
    const typedRange = show(new vscode.Range(line + 2, 0, line + 2, TYPED_CLAIM.length));
    assert.ok(summarize(after).includes(`unsourced-claim@${typedRange}`), `the typed claim is flagged at ${typedRange}`);
    // Findings above the typed paragraph keep their place; those below move down two lines.
    const above = before.filter((s) => Number(s.split('@')[1].split(':')[0]) < line);
    assert.deepEqual(summarize(after).slice(0, above.length), above);
  });
});
