import { lint } from '../../../src/engine';

/** Findings of one rule on a text, as the flagged text of each, with a fixed reference date. */
export function flagged(ruleId: string, text: string, config?: unknown): string[] {
  return lint(text, { referenceDate: '2026-11-28', config }).filter((f) => f.ruleId === ruleId).map((f) => f.text);
}
