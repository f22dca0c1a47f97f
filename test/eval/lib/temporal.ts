import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runOurs } from './systems';

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
 * date and counts the relative DATE timexes that a temporal finding overlaps. The documents are
 * plain text, escaped as Markdown first (as every eval set is): unescaped, their ``PTB quotes''
 * open inline code spans that hide whole passages from the rules.
 */
export function evaluateTempEval(dataDir: string): TempEvalResult {
  const lines = readFileSync(join(dataDir, 'temporal', 'tempeval3-train.jsonl'), 'utf8').split('\n').filter(Boolean);
  const result: TempEvalResult = { tp: 0, fn: 0, recall: 0, missed: [] };
  for (const line of lines) {
    const doc = JSON.parse(line) as TempEvalDoc;
    const findings = runOurs(doc.text, shiftDate(doc.dct, 24)).filter((f) => TEMPORAL_RULES.has(f.ruleId));
    for (const timex of doc.timexes) {
      if (timex.type !== 'DATE' || !timex.relative_to_dct) continue;
      const hit = findings.some((f) => f.start < timex.end && f.end > timex.start);
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

/** The issue-9 target: recall of relative DATE timexes with the DCT moved 24 months later. */
export const TEMPEVAL_RECALL_TARGET = 0.8;

/** One line naming the figure, as `npm run eval` and the temporal script print it. */
export function describeTempEval(result: TempEvalResult): string {
  return `TempEval-3 train, relative DATE timexes (DCT + 24 months), any temporal rule: recall ${result.recall.toFixed(3)} (tp ${result.tp}, fn ${result.fn})`;
}
