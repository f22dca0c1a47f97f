import { lint } from '../src/core/index';
for (const t of process.argv.slice(2)) console.log(t, '=>', lint(t, { referenceDate: '2026-11-28' }).map((f) => `${f.ruleId}[${f.text}] ${f.severity} ${f.message}`));
