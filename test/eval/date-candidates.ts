// What flagging a word would cost date-sensitive: for each candidate pattern (by default the MEANTIME *_REF expressions
// the rule leaves alone on purpose), where its occurrences fall in the two time-expression sets (on a *_REF expression,
// on another time expression, on none) and how often it occurs in real Markdown prose, per 1,000 words.
// Usage: node out/test/eval/date-candidates.js --data ../shared/data [--corpus ../shared/corpus] [--pattern REGEX ...]
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { loadMeantime, loadTempEval, type TimexDoc } from './lib/datasets';

const DEFAULT_PATTERNS = ['\\blater\\b', '\\bat one point\\b', '\\bthat day\\b', '\\ba day\\b', '\\bshort-term\\b', '\\bis history\\b', '\\b\\w+ era\\b'];

interface Tally {
  ref: number;
  otherTimex: number;
  none: number;
}

function tallyIn(docs: TimexDoc[], pattern: RegExp): Tally {
  const tally: Tally = { ref: 0, otherTimex: 0, none: 0 };
  for (const doc of docs) {
    for (const m of doc.text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const on = doc.timexes.filter((t) => t.start < end && start < t.end);
      if (on.some((t) => t.relative)) tally.ref++;
      else if (on.length) tally.otherTimex++;
      else tally.none++;
    }
  }
  return tally;
}

function perThousandWords(files: string[], pattern: RegExp): string {
  let words = 0, hits = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    words += text.split(/\s+/).length;
    hits += [...text.matchAll(pattern)].length;
  }
  return words ? ((hits * 1000) / words).toFixed(3) : '-';
}

const options = (args: string[], name: string) => args.flatMap((a, i) => (args[i - 1] === name ? [a] : []));

function main(args: string[]): void {
  const [dir] = options(args, '--data');
  if (!dir) throw new Error('usage: date-candidates --data DIR [--corpus DIR] [--pattern REGEX ...]');
  const [corpus] = options(args, '--corpus');
  const files = corpus ? globSync('**/*.md', { cwd: corpus, absolute: true }).filter((f) => !/doc-\d+mb\.md$/.test(f)) : [];
  const patterns = options(args, '--pattern').length ? options(args, '--pattern') : DEFAULT_PATTERNS;
  const sets: Array<[string, TimexDoc[]]> = [['MEANTIME', loadMeantime(dir)], ['TempEval-3', loadTempEval(dir)]];
  console.log(`| pattern | ${sets.map(([name]) => `${name}: on *_REF / other timex / none`).join(' | ')} | corpus per 1,000 words |`);
  console.log(`|---|${sets.map(() => '--:').join('|')}|--:|`);
  for (const source of patterns) {
    const pattern = new RegExp(source, 'giu');
    const cells = sets.map(([, docs]) => { const t = tallyIn(docs, pattern); return `${t.ref} / ${t.otherTimex} / ${t.none}`; });
    console.log(`| \`${source}\` | ${cells.join(' | ')} | ${files.length ? perThousandWords(files, pattern) : '-'} |`);
  }
}

main(process.argv.slice(2));
