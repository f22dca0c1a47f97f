import assert from 'node:assert/strict';
import { chmodSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFile } from '../../../src/cli/check-file';
import { writeFixes } from '../../../src/cli/write-fixes';
import { defaultConfig } from '../../../src/core/config';
import { cli } from './run-cli';

// ai-artifact's tracking-parameter fix is safe: --fix applies it.
const TRACKED = 'Revenue grew in 2024 ([report](https://acme.test/r?utm_source=chatgpt.com)).\n';
const CLEANED = 'Revenue grew in 2024 ([report](https://acme.test/r)).\n';

describe('CLI --fix: writing files', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'cn-fix-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('applies a safe fix, keeping the mode and leaving no temporary file', () => {
    const file = join(dir, 'draft.md');
    writeFileSync(file, TRACKED);
    chmodSync(file, 0o640);
    const result = checkFile(file, { config: defaultConfig(), fix: true });
    assert.equal(result.fixed, 1);
    assert.equal(readFileSync(file, 'utf8'), CLEANED);
    assert.equal(statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir), ['draft.md']);
  });

  it('never writes a read-only file (even as root), and still reports its findings; the CLI exits 2', async () => {
    const file = join(dir, 'draft.md');
    writeFileSync(file, TRACKED);
    chmodSync(file, 0o444);
    const result = checkFile(file, { config: defaultConfig(), fix: true });
    assert.equal(readFileSync(file, 'utf8'), TRACKED);
    assert.equal(result.fixed, 0);
    assert.match(result.error ?? '', /draft\.md: --fix: read-only; not fixed/);
    assert.ok(result.findings.some((f) => f.ruleId === 'ai-artifact'));
    const { code, stdout, stderr } = await cli(dir, 'check', 'draft.md', '--fix');
    assert.equal(code, 2);
    assert.match(stderr, /read-only; not fixed/);
    assert.match(stdout, /ai-artifact/);
  });

  it('does not write over a file that changed after it was read', () => {
    const file = join(dir, 'draft.md');
    writeFileSync(file, 'The edit another program just saved.\n');
    assert.equal(writeFixes(file, Buffer.from(TRACKED), CLEANED), 'changed while it was being checked');
    assert.equal(readFileSync(file, 'utf8'), 'The edit another program just saved.\n');
  });

  it('fixes through a symbolic link (the link stays a link) and keeps hard links sharing the file', () => {
    const target = join(dir, 'target.md');
    writeFileSync(target, TRACKED);
    symlinkSync('target.md', join(dir, 'link.md'));
    checkFile(join(dir, 'link.md'), { config: defaultConfig(), fix: true });
    assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink());
    assert.equal(readFileSync(target, 'utf8'), CLEANED);

    const shared = join(dir, 'shared.md');
    writeFileSync(shared, TRACKED);
    linkSync(shared, join(dir, 'other-name.md'));
    checkFile(shared, { config: defaultConfig(), fix: true });
    assert.equal(readFileSync(join(dir, 'other-name.md'), 'utf8'), CLEANED);
  });
});

describe('CLI: positions in a file that starts with a byte-order mark', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'cn-bom-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts columns on the first line as editors do (without the mark), offsets as the text has them, and --fix keeps the mark', async () => {
    writeFileSync(join(dir, 'bom.md'), '\uFEFFExperts say costs fell by 40% last year.\r\n');
    const { stdout } = await cli(dir, 'check', 'bom.md', '--reference-date', '2026-11-28', '--format', 'json');
    const finding = JSON.parse(stdout)[0].findings.find((f: { ruleId: string }) => f.ruleId === 'unsupported-attribution');
    assert.deepEqual([finding.line, finding.column, finding.endColumn, finding.offset, finding.text], [1, 1, 12, 1, 'Experts say']);
    writeFileSync(join(dir, 'fix.md'), `\uFEFF${TRACKED.replace('\n', '\r\n')}`);
    await cli(dir, 'check', 'fix.md', '--fix');
    assert.equal(readFileSync(join(dir, 'fix.md'), 'utf8'), `\uFEFF${CLEANED.replace('\n', '\r\n')}`);
  });
});
