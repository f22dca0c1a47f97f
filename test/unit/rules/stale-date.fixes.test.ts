import assert from 'node:assert/strict';
import { fixed } from './lint-helpers';

describe('stale-date fix writes the reference month and year', () => {
  it('"As of 2023" becomes "As of November 2026"', () => {
    const result = fixed('As of 2023, the firm had 40 staff.', 'stale-date');
    assert.equal(result.title, 'Re-verified: change the date to “November 2026”');
    assert.equal(result.text, 'As of November 2026, the firm had 40 staff.');
  });
});
