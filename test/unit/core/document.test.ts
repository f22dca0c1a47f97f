import * as assert from 'node:assert/strict';
import { createDocument, lint } from '../../../src/engine';
import { splitBlockRange, splitBlocks } from '../../../src/core/blocks';

const OPTIONS = { referenceDate: '2026-11-28' };

describe('incremental document', () => {
  it('tracks the text and rejects edits outside it', () => {
    const doc = createDocument('Revenue grew by 40%.\n', OPTIONS);
    doc.edit(0, 7, 'Profit');
    assert.equal(doc.text, 'Profit grew by 40%.\n');
    assert.throws(() => doc.edit(15, 10, ''), RangeError);
    assert.throws(() => doc.edit(-1, 0, 'x'), RangeError);
  });

  it('drops findings of blocks swallowed by a newly opened fence', () => {
    const text = 'One.\n\nTwo.\n\nThree.\n\nFour.\n\nRevenue grew by 40% in 2023.\n';
    const doc = createDocument(text, OPTIONS);
    assert.equal(doc.findings().length, 1);
    doc.edit(text.indexOf('Three'), 0, '```\n');
    assert.deepEqual(doc.findings(), []);
    assert.deepEqual(doc.findings(), lint(doc.text, OPTIONS));
  });

  it('re-checks a reference when its definition appears in another block', () => {
    const text = 'Intro.\n\nSales rose 12% last year, see [the report][report].\n\nMore.\n';
    const doc = createDocument(text, OPTIONS);
    assert.equal(doc.findings().filter((f) => f.ruleId === 'unsourced-claim').length, 1);
    doc.edit(doc.text.length, 0, '\n[report]: https://example.org/r\n');
    assert.deepEqual(doc.findings(), lint(doc.text, OPTIONS));
    assert.equal(doc.findings().filter((f) => f.ruleId === 'unsourced-claim').length, 0);
  });
});

describe('splitBlockRange', () => {
  it('matches splitBlocks on a window that starts at a block and reports an open fence', () => {
    const text = 'A\n\nB\n\n```\nC\n\nD';
    const blocks = splitBlocks(text);
    const window = splitBlockRange(text, blocks[1].offset, text.length);
    assert.deepEqual(window.blocks, blocks.slice(1));
    assert.equal(window.open, true);
    assert.equal(splitBlockRange(text, 0, 4).open, false);
  });
});
