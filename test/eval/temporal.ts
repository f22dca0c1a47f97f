// TempEval-3 recall of relative DATE expressions (also printed by `npm run eval`).
// Usage: node out/test/eval/temporal.js [dataDir] [--missed]   (dataDir defaults to ../shared/data)
import { join } from 'node:path';
import { describeTempEval, evaluateTempEval } from './lib/temporal';

const dataDir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join('..', 'shared', 'data');
const result = evaluateTempEval(dataDir);
if (process.argv.includes('--missed')) {
  const counts = new Map<string, number>();
  for (const m of result.missed) counts.set(m.text.toLowerCase(), (counts.get(m.text.toLowerCase()) ?? 0) + 1);
  for (const [text, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${n}\t${text}`);
}
console.log(`temporal: ${describeTempEval(result)}`);
