import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DRAFT, runCli, tempFolder } from '../core/report-helpers';

const DATE = ['--reference-date', '2026-01-01'];
const HEDGE_ONLY = 'Prices will likely rise.\n'; // one info finding, no claim

describe('CLI report options', () => {
  let folder: ReturnType<typeof tempFolder>;
  before(() => {
    folder = tempFolder('cli');
    writeFileSync(join(folder.dir, 'draft.md'), DRAFT);
    writeFileSync(join(folder.dir, 'hedge.md'), HEDGE_ONLY);
  });
  after(() => folder.remove());

  it('--output writes the output to the file, creating its folder, and prints nothing', async () => {
    const target = join(folder.dir, 'reports', 'citations.md');
    const { out, code } = await runCli(['check', 'draft.md', '--format', 'markdown', '--output', 'reports/citations.md', ...DATE], folder.dir);
    assert.equal(out, '');
    assert.equal(code, 1);
    assert.match(readFileSync(target, 'utf8'), /^# Citation Needed report\n[\s\S]*\| 9 \| unsourced \| `unsourced-claim` \| The plant produced/m);
  });

  it('--output names the file when it cannot be written', async () => {
    writeFileSync(join(folder.dir, 'blocker'), 'a file, not a folder');
    const { out, err, code } = await runCli(['check', 'draft.md', '--output', 'blocker/out.txt'], folder.dir);
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.match(err, /cannot write --output blocker\/out\.txt: (EEXIST|ENOTDIR)/);
    assert.equal(existsSync(join(folder.dir, 'blocker', 'out.txt')), false);
  });

  it('--fail-on decides which severities fail the check', async () => {
    assert.equal((await runCli(['check', 'hedge.md', ...DATE], folder.dir)).code, 0);
    assert.equal((await runCli(['check', 'hedge.md', '--fail-on', 'info', ...DATE], folder.dir)).code, 1);
    assert.equal((await runCli(['check', 'draft.md', '--fail-on', 'error', ...DATE], folder.dir)).code, 0);
    assert.equal((await runCli(['check', 'draft.md', '--fail-on', 'error', '--rule', 'hedge=error', ...DATE], folder.dir)).code, 1);
    const bad = await runCli(['check', 'draft.md', '--fail-on', 'hint'], folder.dir);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--fail-on must be one of error, warning, info, got "hint"/);
  });

  it('--max-warnings tolerates up to N warnings', async () => {
    // draft.md has two unsourced-claim warnings (the attributed sentence is not one).
    assert.equal((await runCli(['check', 'draft.md', '--max-warnings', '2', ...DATE], folder.dir)).code, 0);
    assert.equal((await runCli(['check', 'draft.md', '--max-warnings', '1', ...DATE], folder.dir)).code, 1);
    assert.equal((await runCli(['check', 'draft.md', '--max-warnings', '3', '--rule', 'hedge=error', ...DATE], folder.dir)).code, 1);
    assert.equal((await runCli(['check', 'draft.md', '--max-warnings', '3', '--fail-on', 'info', ...DATE], folder.dir)).code, 1);
    const bad = await runCli(['check', 'draft.md', '--max-warnings', 'many'], folder.dir);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--max-warnings expects a whole number, got "many"/);
  });

  it('rejects an unknown format, naming the known ones', async () => {
    const { err, code } = await runCli(['check', 'draft.md', '--format', 'xml'], folder.dir);
    assert.equal(code, 2);
    assert.match(err, /--format must be one of text, json, sarif, github, markdown, got "xml"/);
  });
});
