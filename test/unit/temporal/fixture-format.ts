import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint, type Finding } from '../../../src/core/index';
import { lineStarts } from '../../../src/core/location';

/** A fixture: its file, text, reference date and the findings expected of its folder's rule. */
export interface Fixture {
  file: string;
  ruleId: string;
  text: string;
  referenceDate: string;
  expected: string[];
}

/** Reads `test/fixtures/<rule-id>/*.md` with the `<!-- expect ... -->` block at the top (or after front matter). */
export function readFixtures(root: string, ruleId: string): Fixture[] {
  const dir = join(root, ruleId);
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((name) => {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    // at the top, or right after the front matter (which must open the file)
    const block = /^(?:---\r?\n[\s\S]*?\r?\n---\r?\n)?<!-- expect\r?\n([\s\S]*?)-->/.exec(text);
    if (!block) throw new Error(`${file}: no <!-- expect --> block at the top`);
    const lines = block[1].split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const date = lines.find((l) => l.startsWith('reference-date:'));
    if (!date) throw new Error(`${file}: the expect block needs a reference-date`);
    return { file, ruleId, text, referenceDate: date.slice('reference-date:'.length).trim(), expected: lines.filter((l) => /^\d/.test(l)) };
  });
}

/** "line:col-line:col ruleId", 1-based, end exclusive. */
export function describeFinding(finding: Finding, starts: readonly number[]): string {
  const at = (offset: number) => {
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    return `${line + 1}:${offset - starts[line] + 1}`;
  };
  return `${at(finding.offset)}-${at(finding.endOffset)} ${finding.ruleId}`;
}

/** The fixture's rule findings, described as in the expect block. */
export function actualFindings(fixture: Fixture, text = fixture.text): { findings: Finding[]; described: string[] } {
  const findings = lint(text, { referenceDate: fixture.referenceDate }).filter((f) => f.ruleId === fixture.ruleId);
  const starts = lineStarts(text);
  return { findings, described: findings.map((f) => describeFinding(f, starts)) };
}
