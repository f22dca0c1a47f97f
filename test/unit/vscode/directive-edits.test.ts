import * as assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import { applyFixes } from '../../../src/core/apply-fixes';
import { afterFrontMatter, disableFileEdit, disableLineEdit, eolOf } from '../../../src/vscode/directive-edits';

const REF = '2026-11-28';
const apply = (text: string, edit: { offset: number; endOffset: number; newText: string }) => applyFixes(text, [{ title: '', edits: [edit] }]).text;
const ids = (text: string) => lint(text, { referenceDate: REF }).map((f) => f.ruleId);

describe('vscode directive edits: disable for this line', () => {
  const text = 'Intro line.\n\nExperts say the plan works.\n\nExperts say the rollout worked.\n';

  it('inserts the directive on its own line above the finding', () => {
    const offset = text.indexOf('Experts say the rollout');
    const edit = disableLineEdit(text, offset, 'unsupported-attribution')!;
    const fixed = apply(text, edit);
    assert.ok(fixed.includes('\n<!-- citation-needed-disable-next-line unsupported-attribution -->\nExperts say the rollout'));
  });

  it('silences that rule on that line only', () => {
    const before = ids(text).filter((id) => id === 'unsupported-attribution').length;
    assert.equal(before, 2);
    const fixed = apply(text, disableLineEdit(text, text.indexOf('Experts say the rollout'), 'unsupported-attribution')!);
    const after = lint(fixed, { referenceDate: REF }).filter((f) => f.ruleId === 'unsupported-attribution');
    assert.equal(after.length, 1);
    assert.equal(after[0].text, 'Experts say');
    assert.ok(after[0].offset < fixed.indexOf('Experts say the rollout'));
  });

  it('keeps indentation and blockquote markers, and the CRLF line end', () => {
    const quoted = 'Intro.\r\n\r\n> Note:\r\n>   Experts say it works.\r\n';
    const edit = disableLineEdit(quoted, quoted.indexOf('Experts'), 'hedge')!;
    assert.equal(edit.newText, '>   <!-- citation-needed-disable-next-line hedge -->\r\n');
    assert.equal(edit.offset, quoted.indexOf('>   Experts'));
  });

  it('offers nothing inside front matter', () => {
    const fm = '---\ntitle: The best tool ever\n---\n\nBody.\n';
    assert.equal(disableLineEdit(fm, fm.indexOf('best'), 'puffery'), undefined);
    assert.ok(disableLineEdit(fm, fm.indexOf('Body'), 'puffery'));
  });
});

describe('vscode directive edits: disable in this file', () => {
  it('inserts at the top, followed by a blank line, and silences the rule everywhere', () => {
    const text = 'Experts say it works.\n\nCritics argue it fails.\n';
    const edit = disableFileEdit(text, 'unsupported-attribution');
    assert.equal(edit.offset, 0);
    const fixed = apply(text, edit);
    assert.ok(fixed.startsWith('<!-- citation-needed-disable-file unsupported-attribution -->\n\n'));
    assert.ok(ids(text).includes('unsupported-attribution'));
    assert.ok(!ids(fixed).includes('unsupported-attribution'));
  });

  it('goes after YAML front matter, which stays front matter', () => {
    const text = '---\r\ntitle: Draft\r\n---\r\nExperts say it works.\r\n';
    const edit = disableFileEdit(text, 'unsupported-attribution');
    assert.equal(edit.offset, '---\r\ntitle: Draft\r\n---\r\n'.length);
    const fixed = apply(text, edit);
    assert.ok(fixed.startsWith('---\r\ntitle: Draft\r\n---\r\n\r\n<!-- citation-needed-disable-file unsupported-attribution -->\r\n'));
    assert.ok(!ids(fixed).includes('unsupported-attribution'));
  });

  it('finds where front matter ends, and 0 without it', () => {
    assert.equal(afterFrontMatter('---\na: 1\n---\nText'), '---\na: 1\n---\n'.length);
    assert.equal(afterFrontMatter('+++\na = 1\n+++\nText'), '+++\na = 1\n+++\n'.length);
    assert.equal(afterFrontMatter('Text\n---\n'), 0);
    assert.equal(afterFrontMatter('---\nno closing fence\n'), 0);
  });

  it('detects the document line end', () => {
    assert.equal(eolOf('a\r\nb'), '\r\n');
    assert.equal(eolOf('a\nb'), '\n');
    assert.equal(eolOf('one line'), '\n');
  });
});
