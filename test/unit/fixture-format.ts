import { lineStarts, positionAt } from '../../src/core/location';
import type { Finding } from '../../src/core/types';

/** Expectations written inside a fixture: `<!-- expect ... -->` at the top. */
export interface FixtureExpectation {
  referenceDate: string;
  config?: unknown;
  /** "line:col-line:col rule-id", 1-based. */
  findings: string[];
  /** Found but not wanted: a careful fact-checker would not flag these ("noise line:col-line:col rule-id"). */
  noise: string[];
  /** Wanted but not found yet: a fact-checker would flag these ("miss line:col-line:col rule-id"). */
  misses: string[];
}

const FINDING = /^\d+:\d+-\d+:\d+ [a-z-]+$/;

/** Reads the expect block of a fixture; throws naming the problem when it is missing or malformed. */
export function readExpectation(text: string): FixtureExpectation {
  const block = /<!--\s*expect\b([\s\S]*?)-->/.exec(text);
  if (!block) throw new Error('fixture has no <!-- expect ... --> block');
  const out: FixtureExpectation = { referenceDate: '', findings: [], noise: [], misses: [] };
  for (const raw of block[1].split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const setting = /^([a-z-]+):\s*(.*)$/.exec(line);
    if (setting && setting[1] === 'reference-date') out.referenceDate = setting[2];
    else if (setting && setting[1] === 'config') out.config = JSON.parse(setting[2]);
    else if (FINDING.test(line)) out.findings.push(line);
    else if (/^noise /.test(line) && FINDING.test(line.slice(6))) out.noise.push(line.slice(6));
    else if (/^miss /.test(line) && FINDING.test(line.slice(5))) out.misses.push(line.slice(5));
    else throw new Error(`unreadable expectation line: "${line}"`);
  }
  if (!out.referenceDate) throw new Error('fixture has no reference-date (tests never depend on today)');
  return out;
}

/** Formats a finding as "line:col-line:col rule-id" (1-based). */
export function describeFinding(text: string, finding: Finding, starts = lineStarts(text)): string {
  const a = positionAt(starts, finding.offset);
  const b = positionAt(starts, finding.endOffset);
  return `${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1} ${finding.ruleId}`;
}

/** Orders "line:col-line:col rule-id" strings by position, then rule id. */
export function byPosition(a: string, b: string): number {
  const pa = a.split(/[:\- ]/).slice(0, 4).map(Number);
  const pb = b.split(/[:\- ]/).slice(0, 4).map(Number);
  for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return a.localeCompare(b);
}
