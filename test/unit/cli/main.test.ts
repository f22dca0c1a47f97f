import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { cli } from './run-cli';
import { projectRoot } from '../paths';

const root = projectRoot;
const DRAFT = 'Experts say costs fell by 40% last year.\n';
const CLEAN = 'The garden is lovely in the spring.\n';


describe('CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cn-cli-'));
    mkdirSync(join(dir, 'docs', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'draft.md'), DRAFT);
    writeFileSync(join(dir, 'docs', 'sub', 'clean.markdown'), CLEAN);
    writeFileSync(join(dir, 'docs', 'notes.txt'), DRAFT);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints text findings as file:line:col-line:col severity message rule-id, and exits 1', async () => {
    const { code, stdout } = await cli(dir, 'check', 'docs', '--reference-date', '2026-11-28');
    assert.equal(code, 1);
    assert.match(stdout, /^docs\/draft\.md:1:1-1:12 {2}warning {2}Vague attribution .* {2}unsupported-attribution$/m);
    assert.match(stdout, /findings? \(.*\) in 2 files$/m);
    assert.doesNotMatch(stdout, /\x1b\[/);
  });

  it('walks directories for .md, .markdown and .mdx only', async () => {
    const { stdout } = await cli(dir, 'check', 'docs', '--format', 'json', '--reference-date', '2026-11-28');
    const files = JSON.parse(stdout).map((r: { file: string }) => r.file.slice(dir.length + 1)).sort();
    assert.deepEqual(files, ['docs/draft.md', 'docs/sub/clean.markdown']);
  });

  it('JSON output follows the documented shape with 1-based lines and 0-based offsets', async () => {
    const { stdout } = await cli(dir, 'check', 'docs/draft.md', '--format', 'json', '--reference-date', '2026-11-28');
    const [file] = JSON.parse(stdout);
    const finding = file.findings.find((f: { ruleId: string }) => f.ruleId === 'unsupported-attribution');
    assert.deepEqual(
      { line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, offset: finding.offset, endOffset: finding.endOffset, text: finding.text },
      { line: 1, column: 1, endLine: 1, endColumn: 12, offset: 0, endOffset: 11, text: 'Experts say' },
    );
    assert.ok(Array.isArray(finding.fixes) && finding.fixes[0].edits[0].newText !== undefined);
    assert.ok(file.findings.every((f: { confidence: number }) => f.confidence >= 0 && f.confidence <= 1));
  });

  it('exits 0 when nothing reaches warning, and --rule changes severities', async () => {
    assert.equal((await cli(dir, 'check', 'docs/sub/clean.markdown')).code, 0);
    const { code } = await cli(dir, 'check', 'docs/draft.md', '--reference-date', '2026-11-28', '--rule', 'unsupported-attribution=info', '--rule', 'unsourced-claim=off');
    assert.equal(code, 0);
  });

  it('reads the nearest .citation-needed.json', async () => {
    writeFileSync(join(dir, '.citation-needed.json'), JSON.stringify({ rules: { 'unsupported-attribution': 'off', 'unsourced-claim': 'hint' } }));
    const { code, stdout } = await cli(dir, 'check', 'docs/draft.md', '--reference-date', '2026-11-28');
    assert.equal(code, 0);
    assert.doesNotMatch(stdout, /unsupported-attribution/);
  });

  it('reports a bad config naming file and key, exits 2, and still checks', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ stalenessMonths: 'soon' }));
    const { code, stdout, stderr } = await cli(dir, 'check', 'docs/draft.md', '--config', 'bad.json', '--reference-date', '2026-11-28');
    assert.equal(code, 2);
    assert.match(stderr, /bad\.json: "stalenessMonths": expected a positive number/);
    assert.match(stdout, /unsupported-attribution/);
  });

  it('reports invalid JSON with its line', async () => {
    writeFileSync(join(dir, 'broken.json'), '{\n  "rules": {\n    "hedge": off\n  }\n}');
    const { code, stderr } = await cli(dir, 'check', 'docs/sub/clean.markdown', '--config', 'broken.json');
    assert.equal(code, 2);
    assert.match(stderr, /broken\.json: invalid JSON at line 3/);
  });

  it('reports missing and unreadable files, exits 2, and checks the others', async () => {
    const { code, stdout, stderr } = await cli(dir, 'check', 'docs/draft.md', 'nope.md', join(dir, 'docs', 'sub', 'clean.markdown', 'x.md'));
    assert.equal(code, 2);
    assert.match(stderr, /nope\.md: no such file/);
    assert.match(stdout, /draft\.md/);
  });

  it('rejects bad usage with exit 2', async () => {
    assert.equal((await cli(dir, 'check', '--format', 'xml')).code, 2);
    assert.equal((await cli(dir, 'lint')).code, 2);
    assert.equal((await cli(dir, 'check', '--rule', 'hedge=loud')).code, 2);
    assert.equal((await cli(dir, 'check', '--reference-date', '2026-13-01')).code, 2);
    assert.match((await cli(dir, 'check', '--bogus')).stderr, /bogus/);
  });

  it('--fix never touches a file whose findings have no safe fix', async () => {
    const before = readFileSync(join(dir, 'docs', 'draft.md'), 'utf8');
    await cli(dir, 'check', 'docs/draft.md', '--fix', '--reference-date', '2026-11-28');
    assert.equal(readFileSync(join(dir, 'docs', 'draft.md'), 'utf8'), before);
  });

  it('the installed binary runs: --version and a check', async () => {
    const version = execFileSync(process.execPath, [join(root, 'bin', 'citation-needed.js'), '--version'], { encoding: 'utf8' });
    assert.equal(version.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    const result = spawnSync(process.execPath, [join(root, 'bin', 'citation-needed.js'), 'check', join(dir, 'docs'), '--reference-date', '2026-11-28'], { encoding: 'utf8' });
    assert.equal(result.status, 1);
    assert.match(result.stdout, /unsupported-attribution/);
  });

  it("writes output of any size through a pipe to a slow reader, whole (not cut at the pipe's 64 KB)", () => {
    const big = join(dir, 'big');
    mkdirSync(big, { recursive: true });
    for (let i = 0; i < 40; i++) writeFileSync(join(big, `f${i}.md`), 'Experts say revenue grew by 40% currently.\n\n'.repeat(60));
    const bin = join(root, 'bin', 'citation-needed.js');
    const args = ['check', big, '--format', 'json', '--reference-date', '2026-11-28', '--workers', '1'];
    const file = join(dir, 'big.json');
    spawnSync(process.execPath, [bin, ...args, '--output', file]);
    const expected = readFileSync(file, 'utf8');
    assert.ok(expected.length > 200_000, `output of ${expected.length} bytes`);
    // The shell pipe hands the CLI a real pipe; the reader sleeps first so the pipe fills up.
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" ${args.map((a) => `"${a}"`).join(' ')} | (sleep 1; cat)`], { encoding: 'utf8', maxBuffer: 1 << 26 });
    assert.equal(piped.stdout.length, expected.length);
    assert.equal(piped.stdout, expected);
  });
});
