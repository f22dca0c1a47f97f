import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './run-cli';

const DRAFT = 'Experts say costs fell by 40% last year.\n';

describe('CLI: usage and the text summary', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cn-usage-'));
    writeFileSync(join(dir, 'draft.md'), DRAFT);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses an option given twice with different values instead of keeping the last in silence', async () => {
    const { code, stdout, stderr } = await cli(dir, 'check', 'draft.md', '--format', 'json', '--format=text');
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /--format given twice, as "json" and "text"/);
    // The same value twice, and the repeatable --rule, are fine.
    assert.equal((await cli(dir, 'check', 'draft.md', '--format', 'json', '--format', 'json', '--rule', 'hedge=off', '--rule', 'puffery=off')).code, 1);
  });

  it('counts in the summary with singular and plural, and says how many files could not be read', async () => {
    const { stdout } = await cli(dir, 'check', 'draft.md', '--reference-date', '2026-11-28', '--rule', 'unsourced-claim=off', '--rule', 'date-sensitive=hint');
    assert.match(stdout, /^2 findings \(0 errors, 1 warning, 0 info, 1 hint\) in 1 file$/m);
    writeFileSync(join(dir, 'big.md'), DRAFT.repeat(100));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ maxFileSize: 1000 }));
    const both = await cli(dir, 'check', 'draft.md', 'big.md', '--config', 'config.json', '--reference-date', '2026-11-28');
    assert.match(both.stdout, /\) in 1 file \(1 not read\)$/m);
  });
});

describe('CLI: --output never overwrites a checked document', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cn-output-'));
    writeFileSync(join(dir, 'draft.md'), DRAFT);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses --output naming one of the files being checked, and leaves it as it was', async () => {
    const { code, stderr } = await cli(dir, 'check', '.', '--format', 'markdown', '--output', './draft.md');
    assert.equal(code, 2);
    assert.match(stderr, /--output \.\/draft\.md is one of the files being checked/);
    assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), DRAFT);
    assert.equal((await cli(dir, 'check', '.', '--format', 'markdown', '--output', 'report.md')).code, 1);
    assert.match(readFileSync(join(dir, 'report.md'), 'utf8'), /^# Citation Needed report/);
  });
});
