import assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import { applyFixes } from '../../../src/core/apply-fixes';
import { splitBlocks, MAX_BLOCK_LENGTH } from '../../../src/core/blocks';
import type { Finding } from '../../../src/core/types';
import { assertWellFormed, REFERENCE_DATE } from './helpers';
import { PATHOLOGICAL, TAIL } from './pathological-inputs';

/** lint() with no practical cap on findings, so counts can be checked (the cap has its own tests). */
const check = (text: string) => lint(text, { referenceDate: REFERENCE_DATE, config: { maxFindingsPerFile: Number.MAX_SAFE_INTEGER } });
const count = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId).length;

/** The findings before the closing paragraph. */
const beforeTail = (text: string, findings: Finding[]) => findings.filter((f) => f.offset < text.length - TAIL.length);

/** Lints a named input; asserts the contract and that the closing paragraph is still checked. */
function lintCase(name: string): { text: string; findings: Finding[] } {
  const text = PATHOLOGICAL[name]();
  const findings = check(text);
  assertWellFormed(text, findings);
  const tail = text.length - TAIL.length;
  const last = findings.filter((f) => f.offset >= tail);
  assert.deepEqual(last.map((f) => f.ruleId).sort(), ['date-sensitive', 'unsourced-claim', 'unsupported-attribution'], `${name}: the closing paragraph is checked`);
  return { text, findings };
}

describe('robustness: pathological inputs (correctness; time and memory are in npm run bench:pathological)', function () {
  this.timeout(180_000);

  it('10,000 nested blockquotes: no stack overflow; the nested block is skipped with one notice', () => {
    const { text, findings } = lintCase('nested-blockquotes-10000');
    const [notice, ...rest] = beforeTail(text, findings);
    assert.deepEqual(rest, []);
    assert.equal(notice.ruleId, 'check-limits');
    assert.equal(notice.severity, 'info');
    assert.equal(notice.offset, 0);
    assert.match(notice.message, /^Not checked: this block is nested \d+ deep \(limit 100 markers, 256 columns\)$/);
    const [first] = splitBlocks(text);
    assert.match(first.skipped ?? '', /nested \d+ deep/);
  });

  it('1,000 nested list items: skipped as too deep, not parsed for minutes, with one notice for the list', () => {
    const { text, findings } = lintCase('nested-list-1000');
    assert.deepEqual(beforeTail(text, findings).map((f) => `${f.ruleId}@${f.offset}`), ['check-limits@0']);
    assert.ok(splitBlocks(text).slice(0, -1).every((b) => b.skipped), 'every piece of the list is marked skipped');
  });

  it('a list nested 20 deep is still checked', () => {
    const text = Array.from({ length: 20 }, (_, i) => '  '.repeat(i) + '- Experts say it grew.').join('\n');
    assert.equal(count(check(text), 'unsupported-attribution'), 20);
  });

  it('a 2 MB single line: checked in chunks cut at spaces, nearly every sentence found', () => {
    const { text, findings } = lintCase('single-line-2mb');
    const sentences = (text.match(/Experts say/g) ?? []).length - 1;
    const found = count(findings, 'unsupported-attribution') - 1;
    const chunks = Math.ceil(2_000_000 / MAX_BLOCK_LENGTH);
    assert.ok(found >= sentences - chunks && found <= sentences, `${found} of ${sentences} attributions found`);
    for (const block of splitBlocks(text)) assert.ok(block.endOffset - block.offset <= MAX_BLOCK_LENGTH);
  });

  for (const name of ['asterisks-1mb', 'underscores-1mb', 'backticks-1mb']) {
    it(`${name}: a single run, parsed as Markdown (cheap): no findings in it, the rest of the document checked`, () => {
      const { text, findings } = lintCase(name);
      assert.deepEqual(beforeTail(text, findings), []);
    });
  }

  for (const [name, why] of [['brackets-1mb', /65,536 brackets \(limit 4,000\)/], ['star-underscore-1mb', /65,536 emphasis delimiter runs \(\*, _, ~; limit 2,000\)/], ['angle-brackets-1mb', /65,536 "<" \(limit 2,000\)/]] as const) {
    it(`${name}: checked as plain text with one notice naming the count, the rest of the document checked`, () => {
      const { text, findings } = lintCase(name);
      const [notice, ...rest] = beforeTail(text, findings);
      assert.deepEqual(rest, []);
      assert.equal(notice.ruleId, 'check-limits');
      assert.deepEqual([notice.offset, notice.endOffset], [0, 40]);
      assert.match(notice.message, /^Checked as plain text, not as Markdown: this block has /);
      assert.match(notice.message, why);
      assert.ok(splitBlocks(text).slice(0, -1).every((b) => b.plain), 'every piece of the line is plain');
    });
  }

  it('a block checked as plain text is still checked: its claims are found, its markup is not parsed', () => {
    const text = 'Experts say costs fell 40%. ' + '*_'.repeat(1500) + ' It is currently [big](https://example.org).';
    const findings = check(text);
    assert.deepEqual([...new Set(findings.map((f) => f.ruleId))].sort(), ['check-limits', 'date-sensitive', 'unsourced-claim', 'unsupported-attribution']);
    assert.equal(count(check('Experts say costs fell 40%. ' + '*_'.repeat(900)), 'check-limits'), 0, 'under the limit: parsed as Markdown');
  });

  it('1.85 MB of repeated claims in one paragraph: every sentence found without a cap; 1,000 and a notice with the default cap', () => {
    const { text, findings } = lintCase('repeated-claims-1.85mb');
    assert.equal(count(findings, 'unsupported-attribution'), 50_001);
    const capped = lint(text, { referenceDate: REFERENCE_DATE });
    assert.equal(capped.length, 1001);
    const last = capped[1000];
    assert.equal(last.ruleId, 'check-limits');
    assert.equal(last.message, `${(findings.length - 1000).toLocaleString('en-US')} more findings in this file not shown (maxFindingsPerFile is 1,000)`);
    assert.deepEqual(capped.slice(0, 1000), findings.slice(0, 1000), 'the first 1,000 are those of the uncapped check');
    assert.equal(last.offset, findings[1000].offset);
  });

  it('a line of 1 MB of backticks opens a code fence that runs to the end (CommonMark): nothing is prose', () => {
    const text = '`'.repeat(1_000_000) + '\n\n' + TAIL;
    assert.deepEqual(check(text), []);
  });

  it('binary data with NUL bytes: the contract holds and the rest of the document is checked', () => {
    lintCase('binary-nul-1mb');
  });

  it('lone surrogates: findings keep their offsets and fixes leave the surrogates in place', () => {
    const { text, findings } = lintCase('lone-surrogates');
    assert.equal(count(findings, 'unsupported-attribution'), (text.match(/Experts say/g) ?? []).length);
    const small = 'Experts say \uD800 it rose 40%.\uDC00';
    const [attribution] = check(small).filter((f) => f.ruleId === 'unsupported-attribution');
    assert.deepEqual([attribution.offset, attribution.endOffset], [0, 11]);
    const fixed = applyFixes(small, attribution.fixes.slice(0, 1)).text;
    assert.ok(fixed.includes('\uD800') && fixed.endsWith('\uDC00'));
  });

  it('BOM: front matter after a BOM is recognised, its date anchors relative time, offsets count the BOM', () => {
    const { text, findings } = lintCase('bom-front-matter');
    assert.equal(splitBlocks(text)[0].frontMatter, true);
    const current = findings.find((f) => f.text === 'currently')!;
    assert.equal(current.offset, text.indexOf('currently'));
    assert.match(current.fixes[0].edits[0].newText, /as of January 2020/);
    const titled = check('\uFEFF---\ntitle: Experts say it is the largest\n---\n\nText.\n').find((f) => f.ruleId === 'unsupported-attribution')!;
    assert.equal(titled.offset, '\uFEFF---\ntitle: '.length);
  });

  it('CRLF and CR-only line ends give the same findings as LF, at their own offsets', () => {
    const lf = check(PATHOLOGICAL.crlf().replace(/\r\n/g, '\n'));
    for (const name of ['crlf', 'cr-only']) {
      const { findings } = lintCase(name);
      assert.deepEqual(findings.map((f) => `${f.ruleId}:${f.text}`), lf.map((f) => `${f.ruleId}:${f.text}`), name);
    }
  });

  it('regression: 200,000 line ends before the last character (was a quadratic /[\\r\\n]+$/ over the whole text)', () => {
    const text = TAIL + '\n'.repeat(200_000) + 'x';
    assertWellFormed(text, check(text));
  });

  it('regression: a front matter value padded with 50,000 tabs (was a quadratic lazy-value regex) keeps its offsets', () => {
    const text = `---\ntitle: "Experts say it grew"${'\t'.repeat(50_000)}x\nother: 'q'\n---\n\nText.\n`;
    assertWellFormed(text, check(text));
    const titled = check('---\ntitle: "Experts say it grew"\t \n---\n\nText.\n').find((f) => f.ruleId === 'unsupported-attribution')!;
    assert.equal(titled.offset, '---\ntitle: "'.length);
  });

  it('40,000 footnotes with definitions: every claim counts as cited', () => {
    const { text, findings } = lintCase('footnotes-40000');
    assert.equal(count(findings, 'unsourced-claim'), 1, 'only the closing paragraph is unsourced');
    assert.ok(text.includes('[^40000]: Annual report'));
  });
});
