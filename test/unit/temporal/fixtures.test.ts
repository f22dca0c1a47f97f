import assert from 'node:assert/strict';
import { join } from 'node:path';
import { applyFixes } from '../../../src/core/apply-fixes';
import { actualFindings, readFixtures } from './fixture-format';

// Runs the fixtures of the time-aware and AI-artifact rules until the generic runner covers them.
const ROOT = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures');
const RULES = ['date-sensitive', 'stale-date', 'expired-prediction', 'ai-artifact'];

for (const ruleId of RULES) {
  describe(`fixtures: ${ruleId}`, () => {
    for (const fixture of readFixtures(ROOT, ruleId)) {
      it(fixture.file.slice(ROOT.length + 1), () => {
        assert.deepEqual(actualFindings(fixture).described, fixture.expected);
      });
      const safe = actualFindings(fixture).findings.flatMap((f) => f.fixes.filter((x) => x.safe));
      if (safe.length === 0) continue;
      it(`${fixture.file.slice(ROOT.length + 1)}: safe fixes remove their findings`, () => {
        const fixed = applyFixes(fixture.text, safe).text;
        const left = actualFindings(fixture, fixed).findings.filter((f) => f.fixes.some((x) => x.safe));
        assert.deepEqual(left.map((f) => f.text), []);
      });
    }
  });
}
