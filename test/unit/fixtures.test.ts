import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/engine';
import { applyFixes } from '../../src/core/apply-fixes';
import { allRules, ruleIds } from '../../src/rules';
import { BibliographyLoader, bibliographyFiles } from '../../src/cli/bibliography';
import { byPosition, describeFinding, readExpectation } from './fixture-format';
import { projectRoot } from './paths';

const root = join(projectRoot, 'test', 'fixtures');
// Rules that need the network never report in lint(): they only need negative fixtures here.
const networkRules = new Set(allRules.filter((r) => r.meta.network).map((r) => r.meta.id));
const bibliographies = new BibliographyLoader();

describe('rule fixtures', () => {
  it('every rule has positive and negative fixtures', () => {
    for (const id of ruleIds) {
      const dir = join(root, id);
      assert.ok(existsSync(dir), `no fixture folder for ${id}`);
      const expectations = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readExpectation(readFileSync(join(dir, f), 'utf8')));
      if (!networkRules.has(id)) assert.ok(expectations.some((e) => e.findings.length > 0), `${id} has no positive fixture`);
      assert.ok(expectations.some((e) => e.findings.length === 0), `${id} has no negative fixture`);
    }
  });

  for (const id of ruleIds) {
    const dir = join(root, id);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
      it(`${id}/${name}`, () => {
        const text = readFileSync(join(dir, name), 'utf8');
        const expected = readExpectation(text);
        // A front matter `bibliography:` is loaded relative to the fixture, as the CLI does.
        const bibliography = bibliographies.load(bibliographyFiles(join(dir, name), text));
        const options = { referenceDate: expected.referenceDate, config: expected.config, bibliography };
        const findings = lint(text, options).filter((f) => f.ruleId === id);
        assert.deepEqual(findings.map((f) => describeFinding(text, f)).sort(byPosition), [...expected.findings, ...expected.noise].sort(byPosition));
        // Safe fixes must leave a document that lints without the fixed findings multiplying.
        const safe = findings.flatMap((f) => f.fixes.filter((x) => x.safe));
        const fixed = applyFixes(text, safe).text;
        assert.ok(lint(fixed, options).filter((f) => f.ruleId === id).length <= findings.length);
      });
    }
  }
});

// Model-written drafts judged by hand: every rule at once. Plain lines are what a careful fact-checker flags and we
// flag; "noise" lines we flag and a fact-checker would not; "miss" lines a fact-checker flags and we do not yet.
describe('draft fixtures (all rules, judged as a fact-checker would)', () => {
  const dir = join(root, 'drafts');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    it(`drafts/${name}`, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      const expected = readExpectation(text);
      const options = { referenceDate: expected.referenceDate, config: expected.config };
      const found = lint(text, options).filter((f) => !networkRules.has(f.ruleId));
      const described = found.map((f) => describeFinding(text, f)).sort(byPosition);
      assert.deepEqual(described, [...expected.findings, ...expected.noise].sort(byPosition));
      // A miss that starts being found should move to the plain lines.
      for (const miss of expected.misses) assert.ok(!described.includes(miss), `now found, no longer a miss: ${miss}`);
      const safe = found.flatMap((f) => f.fixes.filter((x) => x.safe));
      assert.ok(lint(applyFixes(text, safe).text, options).length <= found.length);
    });
  }
});
