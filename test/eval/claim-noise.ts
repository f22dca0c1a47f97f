// Noise of one rule (default unsourced-claim) on real Markdown prose (no labels): findings per 1,000
// words per corpus, the features (or, with --by-text, the flagged words) that fired most, and a seeded
// random sample of findings to judge by hand.
// Usage: node out/test/eval/claim-noise.js DIR... [--rule date-sensitive] [--sample 50] [--seed 1] [--sensitivity medium] [--by-label] [--by-text]
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { allRules, docsUrl } from '../../src/rules';
import { createEngine, lintWithEngine } from '../../src/core/lint';
import type { Sensitivity } from '../../src/core/config';

interface Sampled {
  file: string;
  sentence: string;
  message: string;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Mulberry32: a small seeded generator, so a sample can be drawn again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of the file outside fenced code blocks. */
function countWords(text: string): number {
  const prose = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  return prose.match(/\p{L}[\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

function main(args: string[]): void {
  const dirs = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const sensitivity = (option(args, '--sensitivity') ?? 'medium') as Sensitivity;
  const size = Number(option(args, '--sample') ?? 50);
  const next = random(Number(option(args, '--seed') ?? 1));
  const rule = option(args, '--rule') ?? 'unsourced-claim';
  if (!allRules.some((r) => r.meta.id === rule)) throw new Error(`--rule: no rule "${rule}"`);
  const engine = createEngine(allRules.filter((r) => r.meta.id === rule), { referenceDate: '2026-11-28', config: { sensitivity } });
  const all: Sampled[] = [];
  const labels = new Map<string, number>();
  console.log('| corpus | files | words | findings | per 1,000 words | per file |\n|---|--:|--:|--:|--:|--:|');
  for (const dir of dirs) {
    const files = globSync('**/*.md', { cwd: dir, absolute: true }).sort();
    let words = 0, findings = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      words += countWords(text);
      for (const f of lintWithEngine(engine, text, docsUrl)) {
        findings++;
        const around = rule === 'unsourced-claim' ? f.text : text.slice(Math.max(0, f.offset - 100), f.endOffset + 100);
        all.push({ file: file.slice(dir.length), sentence: around.replace(/\s+/g, ' '), message: f.message });
        const label = args.includes('--by-text') ? f.text.toLowerCase().replace(/\s+/g, ' ') : /: (.+?)(?: “|$| has)/.exec(f.message)?.[1] ?? f.message;
        labels.set(label, (labels.get(label) ?? 0) + 1);
      }
    }
    console.log(`| ${dir} | ${files.length} | ${words} | ${findings} | ${((findings * 1000) / words).toFixed(2)} | ${(findings / files.length).toFixed(1)} |`);
  }
  if (args.includes('--by-label') || args.includes('--by-text')) {
    console.log('\nFindings by the feature named in the message:');
    for (const [label, n] of [...labels].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)}  ${label}`);
  }
  console.log(`\nRandom sample of ${Math.min(size, all.length)} findings:\n`);
  const picked = new Set<number>();
  while (picked.size < Math.min(size, all.length)) picked.add(Math.floor(next() * all.length));
  [...picked].forEach((i, n) => console.log(`${n + 1}. ${all[i].message.replace(/^Unsourced claim: | has no citation$/g, '')} | ${all[i].sentence} (${all[i].file})`));
}

main(process.argv.slice(2));
