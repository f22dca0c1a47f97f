// Judged sheets re-matched to today's rules, to see what a change does before judging a fresh sample. A finding that
// overlaps a judged finding of the same rule keeps its verdict; a new finding counts as useful only where it overlaps
// a miss the judge listed for the same rule (a judge lists every clear miss, so a new finding nobody listed is counted
// as noise: the estimate is conservative for new kinds of finding). Recall counts the judged useful findings still
// shown and the misses now covered.
import { lint, type Finding } from '../../../src/engine';
import { readJudges, readKey, readParagraphs, verdictOf } from './sheet';

interface Tally {
  shown: number;
  useful: number;
  wanted: number;
  covered: number;
}

const overlaps = (a: { offset: number; endOffset: number }, b: { offset: number; endOffset: number }) => a.offset < b.endOffset && b.offset < a.endOffset;
// Judges copy a miss from the paragraph, not always to the letter (case, a quotation mark): its opening words find it.
function locate(text: string, quoted: string): number {
  const at = text.indexOf(quoted);
  return at >= 0 ? at : text.toLowerCase().indexOf(quoted.toLowerCase().slice(0, 25));
}

const fraction = (a: number, b: number) => (b ? (a / b).toFixed(2) : '-');

export interface Rematch {
  sheets: Array<{ dir: string; judges: Array<{ name: string } & Tally> }>;
  pooled: Tally;
  perRule: Map<string, { shown: number; useful: number }>;
}

/** Per sheet and judge, and pooled over all sheets, the precision and recall today's rules would have. */
export function rematch(dirs: readonly string[], referenceDate: string): Rematch {
  const pooled: Tally = { shown: 0, useful: 0, wanted: 0, covered: 0 };
  const perRule = new Map<string, { shown: number; useful: number }>();
  const sheets: Rematch['sheets'] = [];
  for (const dir of dirs) {
    const key = readKey(dir);
    const texts = readParagraphs(dir);
    const judges = readJudges(dir);
    const tallies = judges.map((judge) => ({ name: judge.name, shown: 0, useful: 0, wanted: 0, covered: 0 }));
    for (const item of key) {
      const text = texts.get(item.id);
      if (text === undefined) throw new Error(`${dir}: paragraph ${item.id} is in key.jsonl but not in paragraphs.jsonl`);
      const now = lint(text, { referenceDate }).filter((f: Finding) => f.severity !== 'hint');
      judges.forEach((judge, j) => {
        const answer = judge.items.get(item.id);
        if (!answer) return;
        const t = tallies[j];
        const misses = (answer.misses ?? []).flatMap((m) => {
          const at = locate(text, m.text);
          return at < 0 ? [] : [{ rule: m.rule, offset: at, endOffset: at + m.text.length }];
        });
        const useful = item.findings.filter((f) => verdictOf(judge.items, item.id, f.n) === 'useful');
        t.wanted += useful.length + misses.length;
        t.covered += useful.filter((f) => now.some((g) => g.ruleId === f.rule && overlaps(g, f))).length;
        t.covered += misses.filter((m) => now.some((g) => g.ruleId === m.rule && overlaps(g, m))).length;
        for (const g of now) {
          const judged = item.findings.find((f) => f.rule === g.ruleId && overlaps(g, f));
          const good = judged ? verdictOf(judge.items, item.id, judged.n) === 'useful' : misses.some((m) => m.rule === g.ruleId && overlaps(g, m));
          t.shown++;
          if (good) t.useful++;
          const r = perRule.get(g.ruleId) ?? { shown: 0, useful: 0 };
          r.shown++;
          if (good) r.useful++;
          perRule.set(g.ruleId, r);
        }
      });
    }
    sheets.push({ dir, judges: tallies });
    for (const t of tallies) {
      pooled.shown += t.shown;
      pooled.useful += t.useful;
      pooled.wanted += t.wanted;
      pooled.covered += t.covered;
    }
  }
  return { sheets, pooled, perRule };
}

export function printRematch({ sheets, pooled, perRule }: Rematch): void {
  for (const { dir, judges } of sheets) {
    console.log(`${dir}: ${judges.map((t) => `${t.name} precision ${fraction(t.useful, t.shown)} (${t.shown}), recall ${fraction(t.covered, t.wanted)}`).join('; ')}`);
  }
  console.log(`\nAll sheets, every judge: precision ${fraction(pooled.useful, pooled.shown)} (${pooled.shown} judgements), recall ${fraction(pooled.covered, pooled.wanted)}`);
  for (const [rule, r] of [...perRule].sort()) console.log(`  ${rule.padEnd(26)}${fraction(r.useful, r.shown).padStart(6)} ${String(r.shown).padStart(6)}`);
}
