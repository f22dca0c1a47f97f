import assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import { applyFixes } from '../../../src/core/apply-fixes';
import type { Finding } from '../../../src/core/types';

const date = '2026-11-28';
const first = (text: string, rule: string, config?: unknown): Finding => {
  const found = lint(text, { referenceDate: date, config }).find((f) => f.ruleId === rule);
  assert.ok(found, `no ${rule} finding`);
  return found;
};
const apply = (text: string, finding: Finding, title: RegExp) => {
  const fix = finding.fixes.find((f) => title.test(f.title));
  assert.ok(fix, `no fix matching ${title}: ${finding.fixes.map((f) => f.title).join(', ')}`);
  return applyFixes(text, [fix]).text;
};

describe('fixes', () => {
  it('adds a footnote after the sentence with the next free number and a definition at the end', () => {
    const text = 'Costs fell 40% in 2024.\n\nStaff grew.[^3]\n\n[^3]: Report.\n';
    const out = apply(text, first(text, 'unsourced-claim'), /footnote/);
    assert.equal(out, 'Costs fell 40% in 2024.[^4]\n\nStaff grew.[^3]\n\n[^3]: Report.\n[^4]: TODO: add source\n');
    assert.ok(!lint(out, { referenceDate: date }).some((f) => f.ruleId === 'unsourced-claim'));
  });

  it('starts footnotes at 1 and separates the definition by a blank line', () => {
    const text = 'Costs fell 40% in 2024.';
    assert.equal(apply(text, first(text, 'unsourced-claim'), /footnote/), 'Costs fell 40% in 2024.[^1]\n\n[^1]: TODO: add source\n');
  });

  it('adds a link, a Pandoc key or a marker where each style puts it', () => {
    const text = 'Costs fell 40% in 2024.';
    const finding = first(text, 'unsourced-claim');
    assert.equal(apply(text, finding, /link/), 'Costs fell 40% in 2024 ([source](https://)).');
    assert.equal(apply(text, finding, /Pandoc/), 'Costs fell 40% in 2024 [@key].');
    assert.equal(apply(text, finding, /citation needed/), 'Costs fell 40% in 2024.[citation needed]');
  });

  it('makes relative time absolute from the reference date', () => {
    const mid = 'The firm is currently the largest employer.';
    assert.equal(apply(mid, first(mid, 'date-sensitive'), /Replace/), 'The firm is, as of November 2026, the largest employer.');
    const start = 'Currently, the bridge is closed.';
    assert.equal(apply(start, first(start, 'date-sensitive'), /Replace/), 'As of November 2026, the bridge is closed.');
    const year = 'Sales doubled this year.';
    assert.equal(apply(year, first(year, 'date-sensitive'), /Replace/), 'Sales doubled in 2026.');
  });

  it('uses the front matter date as the anchor for relative time', () => {
    const text = '---\ndate: 2025-03-10\n---\n\nThe bridge is currently closed.';
    const finding = first(text, 'date-sensitive');
    assert.match(finding.message, /as of March 2025/);
  });

  it('re-verifies a stale date with the current month', () => {
    const text = 'As of January 2025, the park had 40 rangers.';
    assert.equal(apply(text, first(text, 'stale-date'), /Re-verified/), 'As of November 2026, the park had 40 rangers.');
  });

  it('removes a puffery word without leaving a double space', () => {
    const text = 'They build cutting-edge batteries.';
    assert.equal(apply(text, first(text, 'puffery'), /Remove/), 'They build batteries.');
  });

  it('turns a named source into a link placeholder', () => {
    const text = 'According to The Washington Post, the deal failed.';
    assert.equal(apply(text, first(text, 'unlinked-source'), /^Link/), 'According to [The Washington Post](https://), the deal failed.');
  });

  it('offers the configured style first, marked preferred', () => {
    const finding = first('Costs fell 40% in 2024.', 'unsourced-claim', { citationStyle: 'marker' });
    assert.equal(finding.fixes[0].title, 'Insert [citation needed]');
    assert.equal(finding.fixes.filter((f) => f.preferred).length, 1);
  });
});
