import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../../src/engine';
import { rematch } from '../../eval/lib/rematch';

const REF = '2026-11-28';

describe('eval: judged sheets re-matched to today\'s rules', () => {
  let dir: string;
  // One paragraph: an unsourced statistic the judge wanted, and puffery the judge listed as a miss. Today's rules
  // report both, so the judged verdict is kept and the miss counts as covered.
  const text = 'Costs fell by 40% in 2025. It is a world-class museum.';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rematch-'));
    const claim = lint(text, { referenceDate: REF }).find((f) => f.ruleId === 'unsourced-claim');
    assert.ok(claim, 'the fixture needs an unsourced-claim finding');
    writeFileSync(join(dir, 'paragraphs.jsonl'), JSON.stringify({ id: 'p1', text }) + '\n');
    writeFileSync(join(dir, 'key.jsonl'), JSON.stringify({ id: 'p1', domain: 'd', generator: 'g', findings: [
      { n: 1, rule: 'unsourced-claim', severity: 'warning', offset: claim.offset, endOffset: claim.endOffset, flagged: claim.text, message: claim.message },
    ] }) + '\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the judged verdict of a finding still shown and counts a new finding useful where it covers a listed miss', () => {
    writeFileSync(join(dir, 'judge-A.json'), JSON.stringify({ items: [{ id: 'p1', verdicts: [{ n: 1, verdict: 'useful' }], misses: [{ text: 'world-class', rule: 'puffery' }] }] }));
    const { pooled, perRule } = rematch([dir], REF);
    assert.deepEqual(pooled, { shown: 2, useful: 2, wanted: 2, covered: 2 });
    assert.deepEqual(perRule.get('puffery'), { shown: 1, useful: 1 });
  });

  it('counts a new finding that no judge listed as noise, and a judged noise finding as noise', () => {
    writeFileSync(join(dir, 'judge-A.json'), JSON.stringify({ items: [{ id: 'p1', verdicts: [{ n: 1, verdict: 'noise' }], misses: [] }] }));
    const { pooled } = rematch([dir], REF);
    assert.deepEqual(pooled, { shown: 2, useful: 0, wanted: 0, covered: 0 });
  });

  it('names the sheet when the key and the paragraphs disagree', () => {
    writeFileSync(join(dir, 'paragraphs.jsonl'), JSON.stringify({ id: 'other', text }) + '\n');
    writeFileSync(join(dir, 'judge-A.json'), JSON.stringify({ items: [] }));
    assert.throws(() => rematch([dir], REF), new RegExp(`${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: paragraph p1`));
  });
});
