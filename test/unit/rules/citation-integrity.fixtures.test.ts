import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { lint } from '../../../src/engine';
import { applyFixes } from '../../../src/core/apply-fixes';
import { BibliographyLoader, bibliographyFiles } from '../../../src/cli/bibliography';
import type { Finding } from '../../../src/core/types';
import { byPosition, describeFinding, readExpectation } from '../fixture-format';

// Minimal runner for test/fixtures/citation-integrity until the generic runner covers bibliographies.
const root = (() => {
  for (let dir = __dirname; ; dir = dirname(dir)) if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src'))) return dir;
})();
const folder = join(root, 'test', 'fixtures', 'citation-integrity');
const RULE = 'citation-integrity';

const expectation = readExpectation;
const describe1 = (text: string, f: Finding) => describeFinding(text, f);

describe('citation-integrity fixtures', () => {
  const loader = new BibliographyLoader();
  const names = readdirSync(folder).filter((f) => f.endsWith('.md')).sort();
  const run = (file: string, text: string) => {
    const bibliography = loader.load(bibliographyFiles(file, text));
    return lint(text, { referenceDate: expectation(text).referenceDate, bibliography }).filter((f) => f.ruleId === RULE);
  };

  it('has positive and negative fixtures', () => {
    const all = names.map((n) => expectation(readFileSync(join(folder, n), 'utf8')));
    assert.ok(all.some((e) => e.findings.length > 0));
    assert.ok(all.some((e) => e.findings.length === 0));
  });

  for (const name of names) {
    it(name, () => {
      const file = join(folder, name);
      const text = readFileSync(file, 'utf8');
      const findings = run(file, text);
      assert.deepEqual(findings.map((f) => describe1(text, f)).sort(byPosition), [...expectation(text).findings].sort(byPosition));
      // A finding's preferred fix must make that finding go away without adding more than one new one
      // (a definition's placeholder target is itself reported until it is filled in).
      for (const finding of findings) {
        const preferred = finding.fixes.find((x) => x.preferred);
        if (!preferred) continue;
        const after = run(file, applyFixes(text, [preferred]).text);
        assert.ok(!after.some((f) => f.message === finding.message), `${preferred.title} did not resolve ${describe1(text, finding)}`);
        assert.ok(after.length <= findings.length, `${preferred.title} added findings`);
      }
    });
  }
});

describe('citation-integrity fixes', () => {
  it('removes an orphan footnote definition with its continuation lines only', () => {
    const text = 'Text.[^1]\n\n[^1]: Used.\n[^2]: Orphan\nlazy line\n\n    indented paragraph\n\nNext paragraph.\n';
    const orphan = lint(text, { referenceDate: '2026-11-28' }).find((f) => f.ruleId === RULE)!;
    assert.equal(orphan.message, 'Footnote definition [^2] is never referenced');
    assert.equal(applyFixes(text, orphan.fixes).text, 'Text.[^1]\n\n[^1]: Used.\n\nNext paragraph.\n');
  });

  it('replaces a marker with the next footnote number and appends its definition', () => {
    const text = 'Sales doubled.[^1] Costs fell 40%.[citation needed]\n\n[^1]: Report.\n';
    const marker = lint(text, { referenceDate: '2026-11-28' }).find((f) => f.ruleId === RULE)!;
    assert.equal(applyFixes(text, [marker.fixes[0]]).text, 'Sales doubled.[^1] Costs fell 40%.[^2]\n\n[^1]: Report.\n[^2]: TODO: add source\n');
    assert.equal(applyFixes(text, [marker.fixes[1]]).text, 'Sales doubled.[^1] Costs fell 40%.\n\n[^1]: Report.\n');
  });
});
