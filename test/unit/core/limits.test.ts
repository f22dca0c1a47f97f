import * as assert from 'node:assert/strict';
import { createDocument, lint } from '../../../src/engine';
import { MAX_BLOCK_LENGTH, MAX_DELIMITER_RUNS, markupExcess, splitBlocks } from '../../../src/core/blocks';

const OPTIONS = { referenceDate: '2026-11-28' };
const CLAIMS = 'Experts say sales rose 40%. It is currently the largest.';

describe('limits: blocks checked as plain text, and the cap on findings', () => {
  it('counts delimiter runs, brackets and "<" against their limits; prose with markup stays under them', () => {
    assert.equal(markupExcess('*a* and **b** and [c](d) <e>', 0, 27), '');
    const runs = '*_'.repeat(MAX_DELIMITER_RUNS / 2);
    assert.equal(markupExcess(runs, 0, runs.length), '', 'exactly at the limit');
    assert.match(markupExcess(runs + '*', 0, runs.length + 1), /^2,001 emphasis delimiter runs/);
    assert.equal(markupExcess('*'.repeat(10_000), 0, 10_000), '', 'one long run is one run');
    assert.match(markupExcess('[]'.repeat(2001), 0, 4002), /^4,002 brackets/);
    assert.match(markupExcess('<'.repeat(2001), 0, 2001), /^2,001 "<"/);
  });

  it('one notice per block, on the first piece of a block cut into pieces', () => {
    const text = '*_'.repeat(MAX_BLOCK_LENGTH) + '\n\n' + CLAIMS;
    const blocks = splitBlocks(text);
    assert.ok(blocks.length > 2);
    assert.deepEqual(blocks.map((b) => !!b.notice), blocks.map((_, i) => i === 0));
    assert.equal(lint(text, OPTIONS).filter((f) => f.ruleId === 'check-limits').length, 1);
  });

  it('a fenced code block full of markup is still code: no notice, no prose', () => {
    const text = '```\n' + '*_'.repeat(2000) + '\n```\n\n' + CLAIMS;
    assert.ok(!lint(text, OPTIONS).some((f) => f.ruleId === 'check-limits' || f.offset < text.indexOf('Experts')));
  });

  it('the incremental document gives the same notices as a full check when an edit crosses a limit', () => {
    const near = '*_'.repeat(MAX_DELIMITER_RUNS / 2);
    const text = `${CLAIMS}\n\n${near}\n\n${CLAIMS}\n`;
    const doc = createDocument(text, OPTIONS);
    assert.deepEqual(doc.findings(), lint(doc.text, OPTIONS));
    doc.edit(text.indexOf(near), 0, '_');
    assert.ok(doc.findings().some((f) => f.ruleId === 'check-limits'));
    assert.deepEqual(doc.findings(), lint(doc.text, OPTIONS));
    doc.edit(text.indexOf(near), 1, '');
    assert.ok(!doc.findings().some((f) => f.ruleId === 'check-limits'));
    assert.deepEqual(doc.findings(), lint(doc.text, OPTIONS));
  });

  it('the notice of a block cut into pieces moves to the next piece when the first drops under the limit', () => {
    const piece = 'Plain words here. '.repeat(Math.floor(MAX_BLOCK_LENGTH / 18) - 1) + '\n';
    const text = piece + '*_'.repeat(3000) + '\n' + '*_'.repeat(MAX_BLOCK_LENGTH / 2 - 10) + '\n\n' + CLAIMS + '\n';
    const doc = createDocument(text, OPTIONS);
    assert.deepEqual(doc.findings(), lint(doc.text, OPTIONS));
    doc.edit(text.indexOf('*_'), 6000, 'x');
    assert.deepEqual(doc.findings(), lint(doc.text, OPTIONS));
  });

  it('maxFindingsPerFile keeps the first findings in source order and ends with a notice of how many more', () => {
    const text = Array.from({ length: 5 }, () => CLAIMS).join('\n\n');
    const all = lint(text, OPTIONS);
    const capped = lint(text, { ...OPTIONS, config: { maxFindingsPerFile: 3 } });
    assert.deepEqual(capped.slice(0, 3), all.slice(0, 3));
    assert.equal(capped.length, 4);
    assert.deepEqual({ ...capped[3], note: undefined, url: undefined }, {
      ruleId: 'check-limits', severity: 'info', message: `${all.length - 3} more findings in this file not shown (maxFindingsPerFile is 3)`,
      note: undefined, url: undefined, offset: all[3].offset, endOffset: all[3].offset, text: '', fixes: [], confidence: 1,
    });
    assert.deepEqual(lint(text, { ...OPTIONS, config: { maxFindingsPerFile: all.length } }), all, 'at the cap: no notice');
    assert.deepEqual(lint(text, { ...OPTIONS, config: { maxFindingsPerFile: 3, rules: { 'check-limits': 'off' } } }), all.slice(0, 3));
    const doc = createDocument(text, { ...OPTIONS, config: { maxFindingsPerFile: 3 } });
    doc.edit(0, 0, 'Studies show it. ');
    assert.deepEqual(doc.findings(), lint(doc.text, { ...OPTIONS, config: { maxFindingsPerFile: 3 } }));
  });

  it('an invalid maxFindingsPerFile names the key', () => {
    assert.throws(() => lint('x', { config: { maxFindingsPerFile: 0 } }), /maxFindingsPerFile.*expected a positive whole number, got 0/);
  });
});
