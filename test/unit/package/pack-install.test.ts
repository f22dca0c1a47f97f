import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { projectRoot } from '../paths';
import { LspClient, cliFindings, cliRows, toUri } from '../lsp/lsp-client';

const DATE = '2026-11-28';

/** Runs npm or npx; throws with its output when it fails. */
function npm(command: 'npm' | 'npx', args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// `npm pack` runs the package's prepack script: it rebuilds dist/{cli,lsp,mcp,worker}.js (minified) in this checkout.
describe('the npm package: pack, install into an empty folder, run check, lsp and mcp', function () {
  this.timeout(300_000);
  let dir: string;
  let app: string;
  let bin: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cn-pack-'));
    const pack = npm('npm', ['pack', '--pack-destination', dir, '--json'], projectRoot);
    assert.equal(pack.status, 0, `npm pack failed: ${pack.stderr}`);
    const [{ filename, files }] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const paths = files.map((f) => f.path).sort();
    assert.deepEqual(paths.filter((p) => !/^(README\.md|LICENSE|package\.json)$/.test(p)), ['bin/citation-needed.js', 'dist/api.js', 'dist/cli.js', 'dist/lsp.js', 'dist/mcp.js', 'dist/worker.js'], 'only what runs');
    app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
    const install = npm('npm', ['install', join(dir, filename), '--prefer-offline', '--no-audit', '--no-fund'], app);
    assert.equal(install.status, 0, `npm install failed: ${install.stderr}`);
    bin = join(app, 'node_modules', 'citation-needed', 'bin', 'citation-needed.js');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('installs nothing besides itself (every library is bundled)', () => {
    assert.deepEqual(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.')), ['citation-needed']);
  });

  it('npx citation-needed check gives exit code 1 and the findings of this checkout\'s CLI', () => {
    copyFileSync(join(projectRoot, 'examples', 'ai-draft.md'), join(app, 'draft.md'));
    const run = npm('npx', ['--no', 'citation-needed', 'check', 'draft.md', '--format', 'json', '--reference-date', DATE], app);
    assert.equal(run.status, 1, run.stderr);
    const findings = (JSON.parse(run.stdout) as Array<{ findings: Parameters<typeof cliRows>[0] }>)[0].findings;
    const expected = cliFindings(join(app, 'draft.md'), app, '--reference-date', DATE);
    assert.ok(expected.length > 5);
    assert.deepEqual(cliRows(findings), cliRows(expected));
  });

  it('citation-needed lsp answers initialize and publishes diagnostics', async () => {
    const client = LspClient.start({ referenceDate: DATE }, app, bin);
    try {
      const init = await client.initialize(app);
      assert.ok(init.capabilities.hoverProvider);
      const uri = toUri(join(app, 'x.md'));
      await client.open(uri, 'Experts say it works.\n');
      const diagnostics = await client.diagnostics(uri, 1);
      assert.equal(diagnostics[0].code, 'unsupported-attribution');
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
    }
  });

  it('citation-needed mcp lists its tools', async () => {
    const client = new Client({ name: 'pack-test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [bin, 'mcp'], cwd: app, stderr: 'pipe' }));
    try {
      const { tools } = await client.listTools();
      assert.deepEqual(tools.map((t) => t.name).sort(), ['check_files', 'check_markdown', 'explain_rule', 'fix_markdown']);
    } finally {
      await client.close();
    }
  });
});
