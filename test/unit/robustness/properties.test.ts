import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../../src/engine';
import { applyFixes } from '../../../src/core/apply-fixes';
import { arbitraryText, assertWellFormed, applySafeFixes, checkProperty, lintCached, mutate, mutation, REFERENCE_DATE } from './helpers';
import { loadSamples } from './samples';

const samples = loadSamples();
const mutatedMarkdown = fc.tuple(fc.nat({ max: samples.texts.length - 1 }), fc.array(mutation, { maxLength: 6 }))
  .map(([i, edits]) => mutate(samples.texts[i], edits));

/** A document with one of its fixes (any, safe or not), chosen by index. */
const withFix = (docs: fc.Arbitrary<string>) => fc.tuple(docs, fc.nat());

function propertiesOver(label: string, docs: fc.Arbitrary<string>): void {
  it(`${label}: lint() never throws`, () => {
    checkProperty(`${label} / never throws`, docs, (text) => {
      lintCached(text);
    });
  });

  it(`${label}: every finding has 0 <= offset <= endOffset <= length and text === source.slice(offset, endOffset)`, () => {
    checkProperty(`${label} / well-formed findings`, docs, (text) => assertWellFormed(text, lintCached(text)));
  });

  it(`${label}: applying any single fix yields a string that lints without throwing`, () => {
    checkProperty(`${label} / any single fix`, withFix(docs), ([text, pick]) => {
      const fixes = lintCached(text).flatMap((f) => f.fixes);
      if (fixes.length === 0) return;
      const fixed = applyFixes(text, [fixes[pick % fixes.length]]);
      assert.equal(typeof fixed.text, 'string');
      assert.equal(fixed.applied, 1);
      assertWellFormed(fixed.text, lint(fixed.text, { referenceDate: REFERENCE_DATE }));
    });
  });

  it(`${label}: applying all safe fixes twice equals applying them once`, () => {
    checkProperty(`${label} / safe fixes idempotent`, docs, (text) => {
      const once = applySafeFixes(text);
      assert.equal(applySafeFixes(once), once);
    });
  });
}

describe('robustness: property-based tests over lint()', function () {
  this.timeout(120_000);
  before(() => console.log(`      mutated Markdown comes from: ${samples.source}`));
  propertiesOver('arbitrary strings', arbitraryText);
  propertiesOver('mutated Markdown', mutatedMarkdown);
});
