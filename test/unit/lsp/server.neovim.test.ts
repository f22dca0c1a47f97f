import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../paths';
import { BIN, cliFindings } from './lsp-client';

const DATE = '2026-11-28';
const CONFIG = join(projectRoot, 'test', 'fixtures', 'editors', 'neovim.lua');

interface NeovimDiagnostic { lnum: number; col: number; end_lnum: number; end_col: number; severity: number; message: string; code: string }
interface NeovimResult { started: boolean; attached: boolean; received: boolean; diagnostics: NeovimDiagnostic[] }

/** Runs headless Neovim on a file with the Lua config; resolves to what the config wrote. */
function runNeovim(file: string, root: string, out: string): Promise<{ code: number | null; stderr: string }> {
  const env = { ...process.env, CN_OUT: out, CN_NODE: process.execPath, CN_BIN: BIN, CN_ROOT: root };
  const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${CONFIG}`, file], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`nvim did not quit within 60 s: ${stderr}`)); }, 60_000);
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code, stderr }); });
  });
}

/** UTF-16 column (what the CLI and LSP count) -> byte column (what Neovim's diagnostics count). */
const byteColumn = (line: string, utf16: number) => Buffer.byteLength(line.slice(0, utf16));

describe('language server in a real editor: headless Neovim', function () {
  this.timeout(90_000);
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'cn-nvim-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the same diagnostics as `check --format json` (nearest .citation-needed.json plus the client settings)', async () => {
    const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    if (version.error || version.status !== 0) {
      assert.fail('Neovim (nvim) is required for this test and was not found: install it (Debian: apt-get install -y neovim; .ci/run does)');
    }
    const file = join(dir, 'ai-draft.md');
    copyFileSync(join(projectRoot, 'examples', 'ai-draft.md'), file);
    writeFileSync(join(dir, '.citation-needed.json'), JSON.stringify({ referenceDate: DATE }));
    const out = join(dir, 'diagnostics.json');
    const run = await runNeovim(file, dir, out);
    assert.equal(run.code, 0, `nvim exit code (stderr: ${run.stderr})`);
    assert.ok(existsSync(out), `the Lua config wrote no result (stderr: ${run.stderr})`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as NeovimResult;
    assert.ok(result.started && result.attached, 'the client started and attached');
    assert.ok(result.received, 'diagnostics arrived within 30 s');

    const lines = readFileSync(file, 'utf8').split('\n');
    const expected = cliFindings(file, dir, '--rule', 'puffery=error').map((f) => ({
      row: `${f.ruleId} ${f.line - 1}:${byteColumn(lines[f.line - 1], f.column - 1)}-${f.endLine - 1}:${byteColumn(lines[f.endLine - 1], f.endColumn - 1)}`,
      message: f.message,
      severity: f.ruleId === 'puffery' ? 1 : undefined,
    }));
    const actual = result.diagnostics.map((d) => ({ row: `${d.code} ${d.lnum}:${d.col}-${d.end_lnum}:${d.end_col}`, message: d.message, severity: d.code === 'puffery' ? d.severity : undefined }));
    const order = (a: { row: string }, b: { row: string }) => a.row.localeCompare(b.row);
    assert.ok(expected.length > 5);
    assert.deepEqual(actual.sort(order), expected.sort(order));
  });
});
