// Time and peak memory of lint() on each pathological input, each in its own child process
// (so peak RSS is that case's own). Usage: npm run bench:pathological [-- case-name ...]
import { spawnSync } from 'node:child_process';
import { lint } from '../../src/engine';
import { PATHOLOGICAL } from '../unit/robustness/pathological-inputs';

/** Runs one case in this process and prints a JSON line: size, findings, ms, peak RSS. */
function runCase(name: string): void {
  const text = PATHOLOGICAL[name]();
  const start = process.hrtime.bigint();
  const findings = lint(text, { referenceDate: '2026-11-28' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ name, chars: text.length, findings: findings.length, ms, peakMb }));
}

/** Runs every case in a child process and prints a Markdown table. */
function runAll(names: string[]): void {
  console.log('| input | size (chars) | findings | time (s) | peak RSS (MB) |');
  console.log('|---|---:|---:|---:|---:|');
  for (const name of names) {
    const child = spawnSync(process.execPath, ['--stack-size=984', __filename, '--case', name], { encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 20 });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    try {
      const r = JSON.parse(line);
      console.log(`| ${name} | ${r.chars.toLocaleString('en-US')} | ${r.findings} | ${(r.ms / 1000).toFixed(2)} | ${Math.round(r.peakMb)} |`);
    } catch {
      console.log(`| ${name} | failed: ${child.error?.message ?? child.stderr.split('\n').slice(0, 3).join(' ')} | | | |`);
    }
  }
}

const at = process.argv.indexOf('--case');
if (at > 0) runCase(process.argv[at + 1]);
else {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  runAll(asked.length ? asked : Object.keys(PATHOLOGICAL));
}
