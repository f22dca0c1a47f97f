import assert from 'node:assert/strict';
import { speaksAsI } from '../../../../src/rules/shared/register';

describe('speaksAsI', () => {
  it('hears the writer in "I", "my" and "me"', () => {
    assert.equal(speaksAsI('I saw him multiple times today.'), true);
    assert.equal(speaksAsI("Today was fantastic, and I'm still smiling."), true);
    assert.equal(speaksAsI('This dog food is amazing! My terrier loves it.'), true);
    assert.equal(speaksAsI('The owner gave me a tour.'), true);
  });

  it('not in a Roman numeral, a title in capitals, someone else\'s quoted words or "we"', () => {
    assert.equal(speaksAsI('World War I ended in 1918, and Division I coaches met.'), false);
    assert.equal(speaksAsI('Geoffrey I of Villehardouin was a knight.'), false);
    assert.equal(speaksAsI('The film I AM CURIOUS-YELLOW was banned.'), false);
    assert.equal(speaksAsI('"I will win," she said.'), false);
    assert.equal(speaksAsI('We implemented robust plans for our customers.'), false);
    assert.equal(speaksAsI('I mean, there were over 156,000 troops landed in Normandy.'), false);
    // the model speaking of itself is a leftover for ai-artifact, not a diary
    assert.equal(speaksAsI('The factory is expected to open in March 2025, as of my last knowledge update.'), false);
  });
});
