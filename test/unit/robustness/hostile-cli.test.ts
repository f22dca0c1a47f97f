import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../paths';
import { PATHOLOGICAL, TAIL } from './pathological-inputs';

interface JsonFinding { ruleId: string; message: string; offset: number }

/** What each input must give besides exit 1, no stack trace and the finding contract: its notice, and whether the cap is reached. */
const EXPECT: Record<string, { notice?: RegExp; capped?: boolean }> = {
  'nested-blockquotes-10000': { notice: /^Not checked: this block is nested \d+ deep/ },
  'nested-list-1000': { notice: /^Not checked: this block is nested \d+ deep/ },
  'single-line-2mb': { capped: true },
  'repeated-claims-1.85mb': { capped: true },
  'brackets-1mb': { notice: /^Checked as plain text, not as Markdown: this block has 65,536 brackets/ },
  'star-underscore-1mb': { notice: /^Checked as plain text, not as Markdown: this block has 65,536 emphasis delimiter runs/ },
  'angle-brackets-1mb': { notice: /^Checked as plain text, not as Markdown: this block has 65,536 "<"/ },
  'lone-surrogates': { capped: true },
  'crlf': { capped: true },
  'cr-only': { capped: true },
};

const STACK_TRACE = /\n\s+at .+:\d+:\d+\)?(\n|$)/;

/** Runs the built CLI binary as a whole process on one file, with a generous guard (the figures are in the bench). */
function check(file: string) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'bin', 'citation-needed.js'), 'check', file, '--format', 'json', '--reference-date', '2026-11-28'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
  assert.equal(result.error, undefined, `${file}: ${result.error?.message} (the guard is 60 s)`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('robustness: hostile files through the CLI (exit code, notices, cap; time and memory in npm run bench:pathological)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cn-hostile-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of Object.keys(PATHOLOGICAL)) {
    it(`${name}: exit 1, no stack trace, ${EXPECT[name]?.notice ? 'one notice, ' : ''}${EXPECT[name]?.capped ? 'the cap notice' : 'the closing paragraph checked'}`, () => {
      const text = PATHOLOGICAL[name]();
      const file = join(dir, `${name}.md`);
      writeFileSync(file, text);
      const { code, stdout, stderr } = check(file);
      rmSync(file);
      assert.doesNotMatch(stderr, STACK_TRACE);
      assert.equal(code, 1, stderr);
      const [entry] = JSON.parse(stdout) as Array<{ file: string; findings: JsonFinding[] }>;
      const notices = entry.findings.filter((f) => f.ruleId === 'check-limits');
      const expected = EXPECT[name] ?? {};
      const limits = notices.filter((f) => !/more findings? in this file not shown/.test(f.message));
      assert.equal(limits.length, expected.notice ? 1 : 0, `${name}: ${limits.map((f) => f.message).join('; ')}`);
      if (expected.notice) assert.match(limits[0].message, expected.notice);
      if (expected.capped) {
        assert.equal(entry.findings.length, 1001);
        assert.match(entry.findings[1000].message, /^[\d,]+ more findings in this file not shown \(maxFindingsPerFile is 1,000\)$/);
      } else {
        const tail = entry.findings.filter((f) => f.offset >= text.length - TAIL.length).map((f) => f.ruleId).sort();
        assert.deepEqual(tail, ['date-sensitive', 'unsourced-claim', 'unsupported-attribution'], `${name}: the closing paragraph is checked`);
      }
    });
  }

  it('a 50 MB file is refused with a message naming it and its size: exit 2, no stack trace, never read', () => {
    const file = join(dir, 'too-large-50mb.md');
    writeFileSync(file, '');
    truncateSync(file, 50_000_000); // sparse: no 50 MB is written
    const { code, stdout, stderr } = check(file);
    rmSync(file);
    assert.doesNotMatch(stderr, STACK_TRACE);
    assert.equal(code, 2);
    assert.match(stderr, /too-large-50mb\.md: skipped, 50000000 bytes is over maxFileSize \(5000000 bytes\)/);
    assert.deepEqual(JSON.parse(stdout)[0].findings, []);
  });
});
