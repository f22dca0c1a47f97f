import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectFiles } from '../../../src/cli/files';
import { checkFile } from '../../../src/cli/check-file';
import { defaultConfig } from '../../../src/core/config';
import { cli } from './run-cli';
import { projectRoot } from '../paths';

const DRAFT = 'Experts say costs fell by 40% last year.\n';
const GLOBS = defaultConfig();

describe('CLI: paths that exist but cannot be checked', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cn-files-'));
    writeFileSync(join(dir, 'draft.md'), DRAFT);
  });
  afterEach(() => {
    spawnSync('chmod', ['-R', 'u+rwx', dir]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a FIFO named on the command line instead of skipping it in silence (or blocking on it)', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    assert.deepEqual(collectFiles(['pipe.md', 'draft.md'], GLOBS, dir), { files: [join(dir, 'draft.md')], missing: [], unreadable: ['pipe.md: not a regular file or folder'], empty: [] });
    assert.match(checkFile(join(dir, 'pipe.md'), { config: defaultConfig() }).error ?? '', /pipe\.md: not a regular file$/);
    const { code, stdout, stderr } = await cli(dir, 'check', 'pipe.md', 'draft.md');
    assert.equal(code, 2);
    assert.match(stderr, /citation-needed: pipe\.md: not a regular file or folder/);
    assert.match(stdout, /draft\.md:1:1/);
  });

  it('checks a file named twice (through a symbolic link, or as a path and a glob) once', () => {
    symlinkSync('draft.md', join(dir, 'alias.md'));
    assert.deepEqual(collectFiles(['draft.md', 'alias.md', './draft.md', '*.md'], GLOBS, dir).files, [join(dir, 'draft.md')]);
  });

  it('names the reason for a path that is there but cannot be read (a symlink loop), not "no such file"', () => {
    symlinkSync('loop.md', join(dir, 'loop.md'));
    assert.deepEqual(collectFiles(['loop.md'], GLOBS, dir).unreadable, ['loop.md: cannot read (ELOOP)']);
  });

  it('says when a folder given by name holds no Markdown file, without failing the run', async () => {
    mkdirSync(join(dir, 'images'));
    writeFileSync(join(dir, 'images', 'notes.txt'), DRAFT);
    const { code, stderr } = await cli(dir, 'check', 'images');
    assert.equal(code, 0);
    assert.match(stderr, /citation-needed: images: no files to check in this folder \(include: \*\*\/\*\.md, \*\*\/\*\.markdown, \*\*\/\*\.mdx\)/);
  });

  it('reports a sub-folder it cannot list (the glob walker alone skips it silently), as a user without the permission', () => {
    const locked = join(dir, 'docs', 'locked');
    mkdirSync(locked, { recursive: true });
    writeFileSync(join(locked, 'hidden.md'), DRAFT);
    chmodSync(locked, 0o000);
    // root reads any folder: as root, run the binary as "nobody" through setpriv (util-linux).
    const asRoot = process.getuid?.() === 0;
    chmodSync(dir, 0o755);
    const prefix = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const [command, ...args] = [...prefix, process.execPath, join(projectRoot, 'bin', 'citation-needed.js'), 'check', '.', '--reference-date', '2026-11-28'];
    const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /citation-needed: docs\/locked: cannot list the folder \(EACCES\)/);
    assert.match(result.stdout, /draft\.md:1:1/);
  });
});

describe('CLI: exclude globs are relative to the configuration file, whichever folder is checked', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cn-exclude-'));
    mkdirSync(join(dir, 'docs', 'drafts'), { recursive: true });
    mkdirSync(join(dir, 'docs', '[old] (v1)'), { recursive: true });
    for (const file of ['docs/page.md', 'docs/drafts/wip.md', 'docs/[old] (v1)/legacy.md']) writeFileSync(join(dir, file), DRAFT);
    writeFileSync(join(dir, '.citation-needed.json'), JSON.stringify({ exclude: ['**/node_modules/**', 'docs/drafts/**'] }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const checked = async (cwd: string, ...paths: string[]) => {
    const { stdout } = await cli(cwd, 'check', ...paths, '--format', 'json');
    return (JSON.parse(stdout) as Array<{ file: string }>).map((r) => r.file.slice(dir.length + 1)).sort();
  };

  it('from the root, from a sub-folder and for a glob alike (as VS Code does from the workspace folder)', async () => {
    const expected = ['docs/[old] (v1)/legacy.md', 'docs/page.md'];
    assert.deepEqual(await checked(dir), expected);
    assert.deepEqual(await checked(dir, 'docs'), expected);
    assert.deepEqual(await checked(dir, 'docs/**/*.md'), expected);
    assert.deepEqual(await checked(join(dir, 'docs')), expected);
    assert.deepEqual(await checked(join(dir, 'docs'), '.'), expected);
    assert.deepEqual(await checked(dir, 'docs/[old] (v1)'), ['docs/[old] (v1)/legacy.md']);
  });

  it('a file named on the command line is checked even when excluded', async () => {
    assert.deepEqual(await checked(dir, 'docs/drafts/wip.md'), ['docs/drafts/wip.md']);
  });

  it('a folder whose name starts with two dots is inside the configuration folder, not outside it', async () => {
    mkdirSync(join(dir, '..notes', 'drafts'), { recursive: true });
    writeFileSync(join(dir, '..notes', 'drafts', 'wip.md'), DRAFT);
    writeFileSync(join(dir, '..notes', 'page.md'), DRAFT);
    writeFileSync(join(dir, '.citation-needed.json'), JSON.stringify({ exclude: ['..notes/drafts/**'] }));
    assert.deepEqual(await checked(dir, '..notes'), ['..notes/page.md']);
  });
});

describe('CLI: include globs choose the files a folder search finds', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cn-include-'));
    mkdirSync(join(dir, 'notes', 'week1'), { recursive: true });
    mkdirSync(join(dir, 'docs'), { recursive: true });
    for (const file of ['notes/week1/monday.txt', 'docs/page.md', 'docs/page.txt', 'readme.md']) writeFileSync(join(dir, file), DRAFT);
    writeFileSync(join(dir, '.citation-needed.json'), JSON.stringify({ include: ['**/*.md', 'notes/**/*.txt'] }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const checked = async (cwd: string, ...paths: string[]) => {
    const { stdout } = await cli(cwd, 'check', ...paths, '--format', 'json');
    return (JSON.parse(stdout) as Array<{ file: string }>).map((r) => r.file.slice(dir.length + 1)).sort();
  };

  it('as VS Code does: relative to the configuration file, narrowed to the folder given', async () => {
    assert.deepEqual(await checked(dir), ['docs/page.md', 'notes/week1/monday.txt', 'readme.md']);
    assert.deepEqual(await checked(dir, 'notes'), ['notes/week1/monday.txt']);
    assert.deepEqual(await checked(join(dir, 'notes')), ['notes/week1/monday.txt']);
    assert.deepEqual(await checked(dir, 'docs'), ['docs/page.md']);
  });
});
