import { lineStarts, positionAt } from '../../src/core/location';
import type { Finding } from '../../src/core/types';

/**
 * Expectations written inside a fixture. The settings are a comment at the top
 * (`<!-- expect` / `reference-date: …` / `config: {…}` / `-->`); each finding is expected on its own
 * line, by a comment at the end of the line where it starts: `<!-- expect: hedge "likely" -->`
 * (several separated by `;`), so inserting a line moves nothing else. The quoted text is the
 * flagged text, white space collapsed, cut to its first 40 characters and "…" when longer.
 */
export interface FixtureExpectation {
  referenceDate: string;
  config?: unknown;
  /** "line rule-id "text"" (line 1-based). */
  findings: string[];
  /** Found but not wanted: a careful fact-checker would not flag these (`<!-- noise: … -->`). */
  noise: string[];
  /** Wanted but not found yet: a fact-checker would flag these (`<!-- miss: … -->`). */
  misses: string[];
}

/** The longest flagged text quoted whole in an expectation. */
const MAX_QUOTED = 40;
const INLINE = /<!--\s*(expect|noise|miss):([\s\S]*?)-->/g;
const ITEM = /\s*([a-z-]+) ("(?:[^"\\]|\\.)*")\s*(?:;|$)/y;

/** The text of a finding as an expectation quotes it. */
export function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > MAX_QUOTED ? `${flat.slice(0, MAX_QUOTED)}…` : flat);
}

/** Reads the settings block and the inline expectations of a fixture; throws naming the problem and line when one is malformed. */
export function readExpectation(text: string): FixtureExpectation {
  const block = /<!--\s*expect\b(?!:)([\s\S]*?)-->/.exec(text);
  if (!block) throw new Error('fixture has no <!-- expect ... --> block with its reference-date');
  const out: FixtureExpectation = { referenceDate: '', findings: [], noise: [], misses: [] };
  for (const raw of block[1].split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const setting = /^([a-z-]+):\s*(.*)$/.exec(line);
    if (setting && setting[1] === 'reference-date') out.referenceDate = setting[2];
    else if (setting && setting[1] === 'config') out.config = JSON.parse(setting[2]);
    else throw new Error(`unreadable setting "${line}" (findings are expected on their own line: <!-- expect: rule-id "text" -->)`);
  }
  if (!out.referenceDate) throw new Error('fixture has no reference-date (tests never depend on today)');
  text.split('\n').forEach((source, i) => {
    for (const m of source.matchAll(INLINE)) {
      const list = m[1] === 'expect' ? out.findings : m[1] === 'noise' ? out.noise : out.misses;
      const body = m[2].trim();
      ITEM.lastIndex = 0;
      let read = 0;
      for (let item = ITEM.exec(body); item; item = ITEM.exec(body)) {
        list.push(`${i + 1} ${item[1]} ${quoted(JSON.parse(item[2]))}`);
        read = ITEM.lastIndex;
        if (read >= body.length) break;
      }
      if (!body || read < body.length) throw new Error(`line ${i + 1}: unreadable expectation "${m[0]}" (write <!-- ${m[1]}: rule-id "text"; … -->)`);
    }
  });
  return out;
}

/** Describes a finding as an expectation does: its line (1-based), its rule id and its text quoted. */
export function describeFinding(text: string, finding: Finding, starts = lineStarts(text)): string {
  const line = positionAt(starts, finding.offset).line + 1;
  // A finding that runs to the end of its line (a definition, a heading) covers the expectation written there.
  return `${line} ${finding.ruleId} ${quoted(text.slice(finding.offset, finding.endOffset).replace(INLINE, ''))}`;
}

/** Orders descriptions by line, then rule id and text. */
export function byPosition(a: string, b: string): number {
  return parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b);
}
