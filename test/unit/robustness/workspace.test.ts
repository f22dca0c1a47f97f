import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFile } from '../../../src/cli/check-file';
import { defaultConfig } from '../../../src/core/config';
import { projectRoot } from '../paths';

const DRAFT = 'Experts say costs fell by 40% last year.\n';

/** Runs the built CLI binary in a folder. */
function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'bin', 'citation-needed.js'), 'check', ...args, '--reference-date', '2026-11-28', '--no-color'], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('robustness: hostile workspaces (CLI)', function () {
  this.timeout(60_000);
  let base: string;
  let ws: string;
  let outside: string;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'cn-robust-'));
    ws = join(base, 'ws');
    outside = join(base, 'outside');
    mkdirSync(ws);
    mkdirSync(outside);
    writeFileSync(join(ws, 'draft.md'), DRAFT);
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('skips a 50 MB file over maxFileSize with a message naming it and its size, checks the others, exits 2', () => {
    const big = join(ws, 'big.md');
    writeFileSync(big, '');
    truncateSync(big, 50_000_000); // sparse: no 50 MB is written
    const { code, stdout, stderr } = cli(ws, '.');
    assert.equal(code, 2);
    assert.match(stderr, /big\.md: skipped, 50000000 bytes is over maxFileSize \(5000000 bytes\)/);
    assert.match(stdout, /draft\.md:1:1/);
  });

  it('checkFile stats before reading: a file over the limit is never read', () => {
    const big = join(ws, 'big.md');
    writeFileSync(big, DRAFT.repeat(10));
    const result = checkFile(big, { config: { ...defaultConfig(), maxFileSize: 100 } });
    assert.equal(result.text, undefined);
    assert.match(result.error ?? '', /big\.md: skipped, \d+ bytes is over maxFileSize \(100 bytes\)/);
  });

  it('does not follow a symlinked directory or a symlinked file that point outside the workspace', () => {
    writeFileSync(join(outside, 'secret.md'), DRAFT);
    symlinkSync(outside, join(ws, 'linked-dir'), 'dir');
    symlinkSync(join(outside, 'secret.md'), join(ws, 'linked.md'), 'file');
    const { stdout } = cli(ws, '.', '--format', 'json');
    const files = (JSON.parse(stdout) as Array<{ file: string }>).map((r) => r.file);
    assert.deepEqual(files, [join(ws, 'draft.md')]);
  });

  it('reports a dangling symlink by name and checks the others', () => {
    symlinkSync(join(base, 'gone.md'), join(ws, 'dangling.md'));
    const { code, stdout, stderr } = cli(ws, 'dangling.md', 'draft.md');
    assert.equal(code, 2);
    assert.match(stderr, /dangling\.md: no such file/);
    assert.match(stdout, /draft\.md:1:1/);
  });

  it('survives an unreadable entry (a folder where a file was listed; chmod 000 does not stop root)', () => {
    mkdirSync(join(ws, 'folder.md'));
    const result = checkFile(join(ws, 'folder.md'), { config: defaultConfig() });
    assert.match(result.error ?? '', /folder\.md: cannot read \(EISDIR\)/);
  });

  it('reports a file deleted between listing and reading, by name', () => {
    const file = join(ws, 'vanished.md');
    writeFileSync(file, DRAFT);
    rmSync(file);
    const result = checkFile(file, { config: defaultConfig() });
    assert.deepEqual(result.findings, []);
    assert.match(result.error ?? '', /vanished\.md: cannot read \(ENOENT\)/);
  });

  it('reports invalid UTF-8 by file name, still checks it, and never rewrites it with --fix', () => {
    const file = join(ws, 'latin1.md');
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0xff]), Buffer.from(' ' + DRAFT)]);
    writeFileSync(file, bytes);
    const { stdout, stderr } = cli(ws, 'latin1.md', '--fix');
    assert.match(stderr, /latin1\.md: not valid UTF-8; checked with replacement characters, not fixed/);
    assert.match(stdout, /latin1\.md:1:\d+.*unsupported-attribution/);
    assert.deepEqual(readFileSync(file), bytes);
  });
});
