// A misspelt inline directive, typed in the editor: a warning on the comment while it is wrong, a quick
// fix that spells it right, and the diagnostic gone once it is right (the directive then works).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  DOCS_BASE, SOURCE, actionTitled, applyAction, openDraft, quickFixesFor, rangeOf, revertAndClose, show, waitForExactly,
} from './helpers';

const CRITICS = 'Critics argue that widgets are noisy.';

describe('directive problems', () => {
  const opened: vscode.TextDocument[] = [];
  afterEach(async () => {
    for (const document of opened.splice(0)) await revertAndClose(document);
  });

  it('flags a misspelt rule id and directive name as they are typed, and fixes each with a quick fix', async () => {
    const editor = await openDraft('directives.md');
    const { document } = editor;
    opened.push(document);
    const attributions = () => [`unsupported-attribution@${show(rangeOf(document, 'Studies show'))}`, `unsupported-attribution@${show(rangeOf(document, 'Critics argue'))}`];
    await waitForExactly(document.uri, attributions());

    // Type the directive one character at a time above the last paragraph, with the rule id misspelt.
    const typed = '<!-- citation-needed-disable-next-line unsupported-atribution -->\n';
    const at = rangeOf(document, CRITICS).start;
    for (let i = 0; i < typed.length; i++) {
      assert.ok(await editor.edit((b) => b.insert(document.positionAt(document.offsetAt(at) + i), typed[i]), { undoStopBefore: false, undoStopAfter: false }), 'edit applied');
    }
    const comment = typed.trimEnd();
    // The typo leaves the rule on: Critics argue is still flagged, and the comment gets a warning.
    const [first, second] = attributions();
    const flagged = await waitForExactly(document.uri, [first, `inline-directive@${show(rangeOf(document, comment))}`, second]);
    const warning = flagged[1];
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(warning.source, SOURCE);
    assert.match(warning.message, /^unknown rule "unsupported-atribution" in citation-needed-disable-next-line/);
    assert.equal(typeof warning.code === 'object' && warning.code.target.toString(), `${DOCS_BASE}configuration.md#inline-directives`);

    const ruleFix = 'Change to \u201cunsupported-attribution\u201d';
    const action = actionTitled(await quickFixesFor(document.uri, warning.range, ruleFix), ruleFix);
    assert.equal(action.isPreferred, true);
    await applyAction(action);
    assert.equal(document.lineAt(warning.range.start.line).text, '<!-- citation-needed-disable-next-line unsupported-attribution -->');
    // Fixed: the warning is gone and the directive silences the claim below it.
    await waitForExactly(document.uri, [first]);

    // Now break the directive name (delete the hyphen of "next-line") and fix that.
    const hyphen = rangeOf(document, 'next-line').start.translate(0, 4);
    assert.ok(await editor.edit((b) => b.delete(new vscode.Range(hyphen, hyphen.translate(0, 1)))), 'edit applied');
    const broken = await waitForExactly(document.uri, [first, `inline-directive@${show(rangeOf(document, '<!-- citation-needed-disable-nextline'))}`, `unsupported-attribution@${show(rangeOf(document, 'Critics argue'))}`]);
    assert.match(broken[1].message, /^unknown directive "citation-needed-disable-nextline"/);
    const nameFix = 'Change to \u201ccitation-needed-disable-next-line\u201d';
    await applyAction(actionTitled(await quickFixesFor(document.uri, broken[1].range, nameFix), nameFix));
    await waitForExactly(document.uri, [first]);
    assert.equal(document.lineAt(broken[1].range.start.line).text, comment.replace('atribution', 'attribution'));
  });
});
