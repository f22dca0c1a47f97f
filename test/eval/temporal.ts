// TempEval-3 recall of relative DATE expressions.
// Usage: node out/test/eval/temporal.js [dataDir]   (dataDir defaults to ../shared/data)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/index';

/** The rules whose findings count as flagging a time expression. */
export const TEMPORAL_RULES = new Set(['date-sensitive', 'stale-date', 'expired-prediction']);

interface Timex {
  type: string;
  text: string;
  start: number;
  end: number;
  relative_to_dct: boolean;
}

interface TempEvalDoc {
  doc: string;
  dct: string;
  text: string;
  timexes: Timex[];
}

/** Recall of relative DATE timexes and the ones missed, for one evaluation run. */
export interface TempEvalResult {
  tp: number;
  fn: number;
  recall: number;
  missed: Array<{ doc: string; text: string }>;
}

/** The DCT moved `months` later, as YYYY-MM-DD (day clamped to 28 so every month has it). */
export function shiftDate(date: string, months: number): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}-${pad(Math.min(d, 28))}`;
}

/**
 * Lints every TempEval-3 training document with its DCT moved 24 months later as the reference
 * date and counts the relative DATE timexes that a temporal finding overlaps.
 */
export function evaluateTempEval(dataDir: string): TempEvalResult {
  const lines = readFileSync(join(dataDir, 'temporal', 'tempeval3-train.jsonl'), 'utf8').split('\n').filter(Boolean);
  const result: TempEvalResult = { tp: 0, fn: 0, recall: 0, missed: [] };
  for (const line of lines) {
    const doc = JSON.parse(line) as TempEvalDoc;
    const findings = lint(doc.text, { referenceDate: shiftDate(doc.dct, 24) }).filter((f) => TEMPORAL_RULES.has(f.ruleId));
    for (const timex of doc.timexes) {
      if (timex.type !== 'DATE' || !timex.relative_to_dct) continue;
      const hit = findings.some((f) => f.offset < timex.end && f.endOffset > timex.start);
      if (hit) result.tp++;
      else {
        result.fn++;
        result.missed.push({ doc: doc.doc, text: timex.text });
      }
    }
  }
  result.recall = result.tp / Math.max(1, result.tp + result.fn);
  return result;
}

if (require.main === module) {
  const dataDir = process.argv[2] ?? join('..', 'shared', 'data');
  const { tp, fn, recall, missed } = evaluateTempEval(dataDir);
  if (process.argv.includes('--missed')) {
    const counts = new Map<string, number>();
    for (const m of missed) counts.set(m.text.toLowerCase(), (counts.get(m.text.toLowerCase()) ?? 0) + 1);
    for (const [text, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${n}\t${text}`);
  }
  console.log(`temporal: TempEval-3 train, relative DATE timexes (DCT + 24 months): recall ${recall.toFixed(3)} (tp ${tp}, fn ${fn})`);
}
