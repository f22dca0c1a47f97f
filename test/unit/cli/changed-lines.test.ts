import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChangedLines } from '../../../src/cli/changed-lines';
import { runCli, tempFolder } from '../core/report-helpers';

const CLAIM = (n: number) => `The plant produced ${n},000 tonnes of steel in 2022.`;
const DATE = ['--reference-date', '2026-01-01', '--format', 'json'];

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

function reportedLines(out: string): Array<[string, number]> {
  const files = JSON.parse(out) as Array<{ file: string; findings: Array<{ line: number }> }>;
  return files.flatMap((f) => f.findings.map((x): [string, number] => [f.file.split(/[\\/]/).pop()!, x.line]));
}

describe('--changed-since', () => {
  let folder: ReturnType<typeof tempFolder>;
  let repo: string;
  before(() => {
    folder = tempFolder('git');
    repo = join(folder.dir, 'repo');
    mkdirSync(join(repo, 'docs'), { recursive: true });
    git(repo, 'init', '--quiet');
    writeFileSync(join(repo, 'docs', 'a.md'), [CLAIM(1), '', CLAIM(2), '', CLAIM(3), '', CLAIM(4), ''].join('\n'));
    writeFileSync(join(repo, 'docs', 'b.md'), `${CLAIM(5)}\n`);
    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'first draft');
    git(repo, 'tag', 'v1');
    // Edit line 3, insert a claim after line 5 (new line 7), delete nothing else; add a new file.
    writeFileSync(join(repo, 'docs', 'a.md'), [CLAIM(1), '', CLAIM(20), '', CLAIM(3), '', CLAIM(33), '', CLAIM(4), ''].join('\n'));
    writeFileSync(join(repo, 'docs', 'new.md'), `${CLAIM(6)}\n\n${CLAIM(7)}\n`);
  });
  after(() => folder.remove());

  it('reports everything without the option', async () => {
    const { out } = await runCli(['check', 'docs', ...DATE], repo);
    assert.deepEqual(reportedLines(out), [['a.md', 1], ['a.md', 3], ['a.md', 5], ['a.md', 7], ['a.md', 9], ['b.md', 1], ['new.md', 1], ['new.md', 3]]);
  });

  it('reports only findings on lines changed since the ref, and all of an untracked file', async () => {
    const { out, code, err } = await runCli(['check', 'docs', '--changed-since', 'v1', ...DATE], repo);
    assert.equal(err, '');
    assert.equal(code, 1);
    assert.deepEqual(reportedLines(out), [['a.md', 3], ['a.md', 7], ['new.md', 1], ['new.md', 3]]);
  });

  it('counts staged changes and works from a subfolder with a relative ref', async () => {
    git(repo, 'add', 'docs/new.md');
    const { out } = await runCli(['check', '.', '--changed-since', 'HEAD', ...DATE], join(repo, 'docs'));
    assert.deepEqual(reportedLines(out), [['a.md', 3], ['a.md', 7], ['new.md', 1], ['new.md', 3]]);
    git(repo, 'reset', '--quiet', '--', 'docs/new.md');
  });

  it('passes when the changed lines are clean', async () => {
    const { out, code } = await runCli(['check', 'docs/b.md', '--changed-since', 'v1', ...DATE], repo);
    assert.deepEqual(reportedLines(out), []);
    assert.equal(code, 0);
  });

  it('fails clearly on an unknown ref', async () => {
    const { code, err, out } = await runCli(['check', 'docs', '--changed-since', 'no-such-branch'], repo);
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.match(err, /unknown git ref "no-such-branch"/);
  });

  it('fails clearly outside a git repository', async () => {
    const outside = join(folder.dir, 'plain');
    mkdirSync(outside);
    writeFileSync(join(outside, 'c.md'), `${CLAIM(8)}\n`);
    const { code, err } = await runCli(['check', 'c.md', '--changed-since', 'main'], outside);
    assert.equal(code, 2);
    assert.match(err, /plain is not in a git repository/);
  });

  it('refuses a ref that looks like an option', async () => {
    const { code, err } = await runCli(['check', 'docs', '--changed-since=--output=x'], repo);
    assert.equal(code, 2);
    assert.match(err, /"--output=x" is not a git ref/);
  });

  it('reads the new-side lines of every hunk', () => {
    const diff = ['diff --git a/x b/x', '@@ -3 +3 @@', '-a', '+b', '@@ -9,0 +10,2 @@', '+c', '+d', '@@ -20,4 +22,0 @@', '-e'].join('\n');
    assert.deepEqual([...parseChangedLines(diff)], [3, 10, 11]);
  });
});
