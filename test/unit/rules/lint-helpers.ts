import assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import { applyFixes } from '../../../src/core/apply-fixes';

/** The reference date of these tests. */
export const REF = '2026-11-28';

/** Findings of one rule on a text, as the flagged text of each, with a fixed reference date. */
export function flagged(ruleId: string, text: string, config?: unknown): string[] {
  return lint(text, { referenceDate: '2026-11-28', config }).filter((f) => f.ruleId === ruleId).map((f) => f.text);
}

/** The text after applying the first fix of the first finding of a rule. */
export function fixed(text: string, ruleId: string, referenceDate = REF): { title: string; text: string; safe: boolean } {
  const finding = lint(text, { referenceDate }).find((f) => f.ruleId === ruleId);
  assert.ok(finding, `no ${ruleId} finding in ${JSON.stringify(text)}`);
  const fix = finding.fixes[0];
  return { title: fix.title, text: applyFixes(text, [fix]).text, safe: fix.safe === true };
}
