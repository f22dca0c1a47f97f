import assert from 'node:assert/strict';
import { checkDocument, inventory } from '../../../src/engine';
import { lint } from '../../../src/engine';
import { scoreSentence } from '../../../src/rules/unsourced-claim/check-worthiness';
import type { Sensitivity } from '../../../src/core/config';
import { DRAFT } from './report-helpers';

const DATE = { referenceDate: '2026-01-01' };

describe('claim inventory', () => {
  it('gives every check-worthy sentence its status, in source order', () => {
    const { claims } = inventory(DRAFT, DATE);
    assert.deepEqual(claims.map((c) => [c.text, c.status]), [
      ['Revenue grew 40% in 2024.', 'cited'],
      ['According to The Washington Post, sales rose by 12% in 2023.', 'attributed-unlinked'],
      ['Prices will likely rise 30% by 2027.', 'hedged'],
      ['The plant produced 4,000 tonnes of steel in 2022.', 'unsourced'],
    ]);
    for (const c of claims) assert.equal(DRAFT.slice(c.offset, c.endOffset), c.text);
  });

  it('lists the rules with findings inside each claim', () => {
    const { claims } = inventory(DRAFT, DATE);
    assert.deepEqual(claims.map((c) => c.ruleIds), [[], ['unlinked-source'], ['unsourced-claim', 'hedge'], ['unsourced-claim']]);
  });

  it('counts statuses and computes the sourced ratio (cited / check-worthy)', () => {
    const result = inventory(DRAFT, DATE);
    assert.deepEqual(result.counts, { cited: 1, 'attributed-unlinked': 1, hedged: 1, unsourced: 1 });
    assert.equal(result.sourcedRatio, 0.25);
  });

  it('has a null ratio when the document makes no check-worthy claim', () => {
    const result = inventory('# Notes\n\nWe met on a Tuesday and talked about lunch.\n', DATE);
    assert.deepEqual(result.claims, []);
    assert.equal(result.sourcedRatio, null);
  });

  it('counts a cited sentence as cited even when it hedges or names its source', () => {
    const text = 'According to the IMF, prices will likely rise 30% by 2027 ([IMF outlook](https://www.imf.org/en/Publications/WEO)).\n';
    const { claims, sourcedRatio } = inventory(text, DATE);
    assert.deepEqual(claims.map((c) => c.status), ['cited']);
    assert.equal(sourcedRatio, 1);
  });

  it('prefers "attributed, unlinked" over "hedged" when a sentence has both', () => {
    const text = 'According to The Washington Post, prices will likely rise 30% by 2027.\n';
    const [claim] = inventory(text, DATE).claims;
    assert.ok(claim.ruleIds.includes('hedge') && claim.ruleIds.includes('unlinked-source'));
    assert.equal(claim.status, 'attributed-unlinked');
  });

  it('takes claims from paragraphs only, not headings', () => {
    const text = '# Revenue grew 40% in 2024\n\nRevenue grew 40% in 2024.\n';
    const { claims } = inventory(text, DATE);
    assert.deepEqual(claims.map((c) => c.offset), [text.indexOf('Revenue grew 40% in 2024.')]);
  });

  it('follows the configured sensitivity', () => {
    const sentences = [
      'The river is the longest in Europe.',
      'Sales rose 12% in 2023.',
      'The team moved to a larger office.',
      'It was the best year since 1990 for the Danube ports.',
    ];
    const text = sentences.join('\n\n') + '\n';
    const expected = (s: Sensitivity) => sentences.filter((x) => scoreSentence(x, s).checkWorthy);
    assert.notDeepEqual(expected('low'), expected('high'), 'the sentences must tell the sensitivities apart');
    for (const sensitivity of ['low', 'medium', 'high'] as const) {
      const { claims } = inventory(text, { ...DATE, config: { sensitivity } });
      assert.deepEqual(claims.map((c) => c.text), expected(sensitivity), sensitivity);
    }
  });

  it('keeps the status when the claim rule is off (statuses do not depend on its findings)', () => {
    const { claims } = inventory(DRAFT, { ...DATE, config: { rules: { 'unsourced-claim': 'off' } } });
    assert.deepEqual(claims.map((c) => c.status), ['cited', 'attributed-unlinked', 'hedged', 'unsourced']);
  });

  it('checks once: the findings that come with the inventory equal lint()', () => {
    const text = `${DRAFT}\nExperts say the cutting-edge plant is currently the largest in Europe.\n`;
    const checked = checkDocument(text, DATE);
    assert.deepEqual(checked.findings, lint(text, DATE));
    assert.deepEqual(checked.inventory, inventory(text, DATE));
  });

  it('keeps offsets exact after CRLF line ends and astral characters', () => {
    const text = DRAFT.replace(/\n/g, '\r\n').replace('# Quarterly notes', '# Quarterly notes 🎉📈');
    const { claims } = inventory(text, DATE);
    assert.equal(claims.length, 4);
    for (const c of claims) assert.equal(text.slice(c.offset, c.endOffset), c.text);
  });
});
