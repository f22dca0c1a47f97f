import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { projectRoot } from '../paths';
import { BIN, cliFindings } from '../lsp/lsp-client';

const DATE = '2026-11-28';
const DRAFT = join(projectRoot, 'examples', 'ai-draft.md');

interface Found { ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string; note?: string }

describe('MCP server (citation-needed mcp over stdio, driven by the SDK client)', function () {
  this.timeout(60_000);
  let dir: string;
  let client: Client;
  let transport: StdioClientTransport;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cn-mcp-'));
    mkdirSync(join(dir, 'docs'));
    copyFileSync(DRAFT, join(dir, 'docs', 'ai-draft.md'));
    transport = new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp'], cwd: dir, stderr: 'pipe' });
    client = new Client({ name: 'citation-needed-test', version: '1.0.0' });
    await client.connect(transport);
  });
  afterEach(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = (name: string, args: Record<string, unknown>) => client.callTool({ name, arguments: args }) as Promise<CallToolResult>;
  const errorText = (r: CallToolResult) => (r.content[0] as { text: string }).text;
  const rows = (findings: readonly Found[]) => findings.map((f) => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`);

  it('lists the four tools, each with an input and an output schema', async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ['check_files', 'check_markdown', 'explain_rule', 'fix_markdown']);
    for (const tool of tools) {
      assert.equal(tool.inputSchema.type, 'object');
      assert.equal(tool.outputSchema?.type, 'object', `${tool.name} has an output schema`);
    }
  });

  it('check_markdown on examples/ai-draft.md gives the findings of `check --format json`, with notes and a summary', async () => {
    const text = readFileSync(DRAFT, 'utf8');
    const result = await call('check_markdown', { text, referenceDate: DATE });
    assert.ok(!result.isError, JSON.stringify(result.content));
    const findings = (result.structuredContent as { findings: Found[] }).findings;
    const expected = cliFindings(join(dir, 'docs', 'ai-draft.md'), dir, '--reference-date', DATE);
    assert.ok(expected.length > 5);
    assert.deepEqual(rows(findings), rows(expected));
    assert.ok(findings.some((f) => f.note), 'notes ride along');
    assert.match(errorText(result), new RegExp(`^${expected.length} findings: `));
  });

  it('fix_markdown returns the text `check --fix` writes, and what changed', async () => {
    const text = readFileSync(DRAFT, 'utf8');
    const result = await call('fix_markdown', { text, referenceDate: DATE });
    assert.ok(!result.isError, JSON.stringify(result.content));
    const out = result.structuredContent as { text: string; applied: number; changes: Array<{ ruleId: string; edits: Array<{ removed: string; inserted: string }> }> };
    cliFindings(join(dir, 'docs', 'ai-draft.md'), dir, '--reference-date', DATE, '--fix');
    assert.equal(out.text, readFileSync(join(dir, 'docs', 'ai-draft.md'), 'utf8'));
    assert.notEqual(out.text, text);
    assert.equal(out.changes.length, out.applied);
    assert.ok(out.changes.every((c) => c.ruleId && c.edits.length > 0));
  });

  it('check_files checks files and globs under its folder with the nearest .citation-needed.json', async () => {
    writeFileSync(join(dir, '.citation-needed.json'), JSON.stringify({ referenceDate: DATE, rules: { hedge: 'off' } }));
    const result = await call('check_files', { paths: ['docs/**/*.md'] });
    assert.ok(!result.isError, JSON.stringify(result.content));
    const files = (result.structuredContent as { files: Array<{ file: string; findings: Found[] }> }).files;
    assert.deepEqual(files.map((f) => f.file), [join('docs', 'ai-draft.md')]);
    assert.deepEqual(rows(files[0].findings), rows(cliFindings(join(dir, 'docs', 'ai-draft.md'), dir)));
    assert.ok(!files[0].findings.some((f) => f.ruleId === 'hedge'));
  });

  it('check_files refuses paths outside its folder with a tool error', async () => {
    for (const path of ['../outside.md', '../**/*.md', '/etc/passwd', 'docs/../../x.md']) {
      const result = await call('check_files', { paths: [path] });
      assert.equal(result.isError, true, path);
      assert.match(errorText(result), /outside the server's folder/);
    }
  });

  it('explain_rule describes a rule; an unknown id is a tool error listing the valid ids', async () => {
    const ok = await call('explain_rule', { ruleId: 'hedge' });
    const rule = ok.structuredContent as { ruleId: string; rationale: string; url: string };
    assert.equal(rule.ruleId, 'hedge');
    assert.ok(rule.rationale.length > 20);
    assert.match(rule.url, /\/docs\/rules\/hedge\.md$/);
    const bad = await call('explain_rule', { ruleId: 'hedges' });
    assert.equal(bad.isError, true);
    assert.match(errorText(bad), /unknown rule "hedges"; valid rule ids: .*unsourced-claim/);
  });

  it('answers bad arguments with tool errors and keeps serving', async () => {
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ['check_markdown', {}, /text/],
      ['check_markdown', { text: 42 }, /text/],
      ['check_markdown', { text: 'x', referenceDate: 'tomorrow' }, /YYYY-MM-DD/],
      ['check_markdown', { text: 'x', config: { stalenessMonths: 'soon' } }, /stalenessMonths/],
      ['check_markdown', { text: 'x', config: { colour: 'red' } }, /colour/],
      ['check_markdown', { text: 'x', config: { rules: { nonsense: 'error' } } }, /nonsense/],
      ['check_markdown', { text: 'x', filename: '../x.md' }, /outside the server's folder/],
      ['check_files', { paths: [] }, /paths/],
      ['fix_markdown', { text: 'x', referenceDate: '2026-02-30' }, /referenceDate/],
    ];
    for (const [name, args, message] of cases) {
      const result = await call(name, args);
      assert.equal(result.isError, true, `${name} ${JSON.stringify(args)}`);
      assert.match(errorText(result), message, `${name} ${JSON.stringify(args)}: ${errorText(result)}`);
    }
    const fine = await call('check_markdown', { text: 'Experts say it works.\n' });
    assert.ok(!fine.isError);
  });
});
