import * as assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import { DocumentModel } from '../../../src/vscode/document-model';

const options = { referenceDate: '2026-11-28' };

describe('vscode document model', () => {
  it('applies content changes in order and tracks the version', () => {
    const model = new DocumentModel('Hello world.\n', 1, options);
    // As the editor reports a multi-cursor edit: later offsets first.
    model.edit([
      { offset: 6, deleteCount: 5, insertText: 'there' },
      { offset: 0, deleteCount: 5, insertText: 'Hi' },
    ], 2);
    assert.equal(model.text, 'Hi there.\n');
    assert.equal(model.version, 2);
  });

  it('gives the findings of the edited text, not of the text it started from', () => {
    const model = new DocumentModel('A calm sentence.\n', 1, options);
    assert.deepEqual(model.findings(), []);
    const claim = 'Costs fell by 40% in 2023.';
    model.edit([{ offset: 0, deleteCount: 'A calm sentence.'.length, insertText: claim }], 2);
    assert.deepEqual(model.findings(), lint(`${claim}\n`, options));
    assert.ok(model.findings().length > 0);
  });

  it('keeps findings equal to a full lint() while typing character by character after the first check', () => {
    const start = 'Intro paragraph.\n\nAs of January 2025, costs fell.\n\nA calm closing line.\n';
    const model = new DocumentModel(start, 1, options);
    assert.deepEqual(model.findings(), lint(start, options));
    const typed = ' Experts say sales rose 40%.';
    let at = start.indexOf('A calm') - 2;
    let version = 1;
    for (const ch of typed) {
      model.edit([{ offset: at++, deleteCount: 0, insertText: ch }], ++version);
      assert.deepEqual(model.findings(), lint(model.text, options));
    }
    assert.ok(model.findings().some((f) => f.ruleId === 'unsupported-attribution'));
  });
});

describe('vscode document model, sliced analysis', () => {
  it('analyses in slices, pausing between them, and gives the same findings as lint()', async () => {
    const paragraph = 'Experts say costs fell by 40% last year, according to The Washington Post.\n\n';
    const text = paragraph.repeat(300);
    const model = new DocumentModel(text, 1, options);
    let pauses = 0;
    const findings = await model.findingsInSlices({ sliceMs: 0, pause: async () => { pauses++; }, isCurrent: () => true, budgetMs: Infinity });
    assert.ok(pauses > 10, `expected many slices, got ${pauses}`);
    assert.deepEqual(findings, lint(text, options));
  });

  it('stops when the document changes between slices, and finishes on the next call', async () => {
    const text = 'Costs fell by 40% in 2023.\n\n'.repeat(50);
    const model = new DocumentModel(text, 1, options);
    let version = 1;
    const stale = await model.findingsInSlices({ sliceMs: 0, pause: async () => { model.edit([{ offset: 0, deleteCount: 0, insertText: 'X' }], ++version); }, isCurrent: () => model.version === 1, budgetMs: Infinity });
    assert.equal(stale, undefined);
    const fresh = await model.findingsInSlices({ sliceMs: 0, pause: async () => {}, isCurrent: () => true, budgetMs: Infinity });
    assert.deepEqual(fresh, lint(model.text, options));
  });

  it('past its time budget, hands over the findings so far once, then finishes', async () => {
    const text = 'Costs fell by 40% in 2023.\n\n'.repeat(40);
    const model = new DocumentModel(text, 1, options);
    const partials: number[] = [];
    let clock = 0;
    const realNow = Date.now;
    Date.now = () => clock;
    try {
      const findings = await model.findingsInSlices({ sliceMs: 0, pause: async () => { clock += 100; }, isCurrent: () => true, budgetMs: 1000, onOverBudget: (partial) => partials.push(partial.length) });
      assert.equal(partials.length, 1);
      assert.ok(partials[0] > 0 && partials[0] < findings!.length, `partial ${partials[0]} of ${findings!.length}`);
      assert.deepEqual(findings, lint(text, options));
    } finally {
      Date.now = realNow;
    }
  });
});
