import assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import { applyFixes } from '../../../src/core/apply-fixes';
import { REF } from './lint-helpers';

describe('expired-prediction', () => {
  it('says the date passed, asks what happened, and offers [when?] and citation fixes', () => {
    const [finding] = lint('The app is expected to launch in March 2025.', { referenceDate: REF }).filter((f) => f.ruleId === 'expired-prediction');
    assert.match(finding.message, /March 2025 has passed \(November 2026\)\. What happened\?/);
    assert.equal(finding.fixes[0].title, 'Insert a [when?] marker');
    assert.equal(applyFixes('The app is expected to launch in March 2025.', [finding.fixes[0]]).text, 'The app is expected to launch in March 2025 [when?].');
    assert.ok(finding.fixes.some((f) => /citation|footnote/i.test(f.title)));
  });
  it('is silent while the date is ahead, and flags it once it has passed', () => {
    const text = 'The bridge will open in 2027.';
    assert.equal(lint(text, { referenceDate: REF }).filter((f) => f.ruleId === 'expired-prediction').length, 0);
    assert.equal(lint(text, { referenceDate: '2028-01-05' }).filter((f) => f.ruleId === 'expired-prediction').length, 1);
  });
});
