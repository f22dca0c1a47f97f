// Cost of the claim inventory on top of the check: node out/test/bench/inventory.js FILE.md [runs]
// Prints the median time of analyzeDocument (parse + rules) and of buildInventory on its sentences.
import { readFileSync } from 'node:fs';
import { analyzeDocument, createEngine } from '../../src/engine';
import { buildInventory } from '../../src/core/inventory';
import { scoreSentence } from '../../src/rules/unsourced-claim/check-worthiness';

const [file, runsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node out/test/bench/inventory.js FILE.md [runs]');
  process.exit(2);
}
const runs = Number(runsArg ?? 3);
const text = readFileSync(file, 'utf8');
const engine = createEngine({ referenceDate: '2026-11-28' });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;

const check: number[] = [];
const inventory: number[] = [];
let claims = 0;
for (let i = 0; i < runs; i++) {
  let start = process.hrtime.bigint();
  const { findings, sentences } = analyzeDocument(engine, text);
  check.push(ms(start));
  start = process.hrtime.bigint();
  claims = buildInventory(text, sentences, findings, engine.rules, (s) => scoreSentence(s, engine.config.sensitivity)).claims.length;
  inventory.push(ms(start));
}
const share = (100 * median(inventory)) / median(check);
console.log(`${file}: ${text.length} chars, ${claims} claims; check ${median(check).toFixed(0)} ms, inventory ${median(inventory).toFixed(0)} ms (${share.toFixed(1)}% on top), median of ${runs}`);
