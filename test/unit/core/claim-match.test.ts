import assert from 'node:assert/strict';
import { claimParts, closestPassage, containsQuote, foldText, pageQuantities, quantityKey, toQuantity } from '../../../src/core/claim-match';

describe('claim matching', () => {
  it('extracts quotations of four words or more and the numbers, never years', () => {
    const parts = claimParts('In 2025 the minister said “We will not raise taxes” after costs fell 40% to $5.6 million at 2,000 sites, or 3.5 per site, per "the report".');
    assert.deepEqual(parts.quotes, ['We will not raise taxes']);
    assert.deepEqual(parts.numbers, ['40%', '$5.6 million', '2,000', '3.5']);
  });

  it('matches numbers by value and kind', () => {
    const page = pageQuantities('Costs fell by 40 percent, saving 5.6 million dollars, or $5,600,000, at 2000 sites; 12 per cent of them.');
    for (const claim of ['40%', '$5.6 million', '2,000', '12%', '$5.6m']) assert.ok(page.has(quantityKey(toQuantity(claim)!)), claim);
    for (const claim of ['41%', '$5.7 million', '2,001', '40 million']) assert.ok(!page.has(quantityKey(toQuantity(claim)!)), claim);
    assert.ok(!pageQuantities('40 items').has(quantityKey(toQuantity('40%')!)));
  });

  it('matches quotations across case, curly quotes, punctuation and ellipses', () => {
    const page = foldText('He said: “We will NOT raise taxes — this year or next.” Then he left.');
    assert.ok(containsQuote(page, 'we will not raise taxes, this year'));
    assert.ok(containsQuote(page, 'We will not … or next'));
    assert.ok(!containsQuote(page, 'or next … We will not'));
    assert.ok(!containsQuote(page, 'we will raise taxes'));
  });

  it('finds the closest passage only when enough words are shared', () => {
    const page = 'Welcome to our site.\nThe minister said that taxes would not rise this year.\nWeather: sunny.';
    assert.equal(closestPassage(page, 'We will not raise taxes this year', 0.4), 'The minister said that taxes would not rise this year.');
    assert.equal(closestPassage(page, 'Completely unrelated words about gardening', 0.4), undefined);
  });
});
