// Each pathological input checked by a whole cold CLI process (`citation-needed check <file> --format json`):
// exit code, wall time and the process's peak RSS, medians of up to --runs runs (3 by default, for inputs that
// take under 5 s; slower ones run once). Usage: npm run bench:pathological [-- --runs N] [case-name ...]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PATHOLOGICAL } from '../unit/robustness/pathological-inputs';
import { projectRoot } from '../unit/paths';

/** A file over the default maxFileSize (5 MB): refused with a message naming its size, never read. */
const TOO_LARGE = 'too-large-50mb';
const CLI = join(projectRoot, 'bin', 'citation-needed.js');

interface Run {
  code: number | null;
  ms: number;
  peakMb: number;
  findings: number;
  notices: number;
  stackTrace: boolean;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs the CLI once on a file; peak RSS comes from the process itself, written at exit by a preloaded hook. */
function runCli(dir: string, file: string): Run {
  const rssFile = join(dir, 'rss');
  const outFile = join(dir, 'out.json');
  const out = openSync(outFile, 'w');
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', join(dir, 'rss-hook.js'), CLI, 'check', file, '--format', 'json', '--reference-date', '2026-11-28'], {
    stdio: ['ignore', out, 'pipe'], encoding: 'utf8', timeout: 600_000, env: { ...process.env, RSS_FILE: rssFile },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(out);
  let findings = 0;
  let notices = 0;
  try {
    for (const entry of JSON.parse(readFileSync(outFile, 'utf8'))) {
      findings += entry.findings.length;
      notices += entry.findings.filter((f: { ruleId: string }) => f.ruleId === 'check-limits').length;
    }
  } catch {
    findings = -1;
  }
  const peakMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  return { code: child.status, ms, peakMb, findings, notices, stackTrace: /\n\s+at .+:\d+:\d+\)?\n/.test(child.stderr ?? '') };
}

function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const maxRuns = at >= 0 ? Number(args[at + 1]) : 3;
  const asked = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--runs');
  const names = asked.length ? asked : [...Object.keys(PATHOLOGICAL), TOO_LARGE];
  const dir = mkdtempSync(join(tmpdir(), 'cn-pathological-'));
  writeFileSync(join(dir, 'rss-hook.js'), "process.on('exit', () => require('node:fs').writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
  try {
    console.log('| input | size (bytes) | exit | findings (check-limits notices) | time (s) | peak RSS (MB) | runs |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const name of names) {
      const file = join(dir, `${name}.md`);
      const bytes = name === TOO_LARGE ? Buffer.alloc(50_000_000, 'Experts say it grew 40%. ') : Buffer.from(PATHOLOGICAL[name](), 'utf8');
      writeFileSync(file, bytes);
      const runs = [runCli(dir, file)];
      while (runs.length < maxRuns && runs[0].ms < 5000) runs.push(runCli(dir, file));
      const r = runs[0];
      const codes = [...new Set(runs.map((x) => x.code))].join('/');
      const trace = runs.some((x) => x.stackTrace) ? ' STACK TRACE' : '';
      console.log(`| ${name} | ${bytes.length.toLocaleString('en-US')} | ${codes}${trace} | ${r.findings} (${r.notices}) | ${(median(runs.map((x) => x.ms)) / 1000).toFixed(2)} | ${Math.round(median(runs.map((x) => x.peakMb)))} | ${runs.length} |`);
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
