import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { lint } from '../../../src/api';
import { projectRoot } from '../paths';
import { LspClient, applyTextEdits, cliFindings, cliRows, diagnosticRows, toUri, type CodeAction, type Diagnostic } from './lsp-client';

const DATE = '2026-11-28';
const DRAFT = join(projectRoot, 'examples', 'ai-draft.md');

describe('language server (citation-needed lsp over stdio)', function () {
  this.timeout(60_000);
  let dir: string;
  let client: LspClient | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cn-lsp-'));
  });
  afterEach(() => {
    client?.kill();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  /** Copies the sample draft into the temp folder; returns its path, URI and text. */
  function draft(name = 'ai-draft.md') {
    const path = join(dir, name);
    copyFileSync(DRAFT, path);
    return { path, uri: toUri(path), text: readFileSync(path, 'utf8') };
  }

  /** Starts a server with `settings`, opens the sample draft and waits for its first diagnostics. */
  async function openDraft(settings: Record<string, unknown> = { referenceDate: DATE }) {
    const opened = draft();
    const started = LspClient.start(settings);
    client = started;
    await started.initialize(dir);
    await started.open(opened.uri, opened.text);
    return { ...opened, client: started, diagnostics: await started.diagnostics(opened.uri, 1) };
  }

  it('publishes the same rule ids and ranges as `check --format json` for examples/ai-draft.md', async () => {
    const { path, uri, text } = draft();
    client = LspClient.start({ referenceDate: DATE });
    const init = await client.initialize(dir);
    assert.equal((init.capabilities.textDocumentSync as { change: number }).change, 2, 'incremental sync');
    assert.equal(init.capabilities.diagnosticProvider, undefined, 'push only, for a client without pull support');
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri, 1);
    const expected = cliFindings(path, dir, '--reference-date', DATE);
    assert.ok(expected.length > 5, 'the sample draft has findings');
    assert.deepEqual(diagnosticRows(diagnostics), cliRows(expected));
    assert.deepEqual(diagnostics.map((d) => d.message), expected.map((f) => f.message));
    assert.ok(diagnostics.every((d) => d.source === 'Citation Needed' && d.codeDescription?.href.endsWith('/docs/rules/' + String(d.code) + '.md')));
    assert.equal(await client.stop(), 0, 'shutdown then exit ends the process with code 0');
  });

  it('fix-all (source.fixAll) gives the same text as `check --fix`', async () => {
    const { path, uri, text, client, diagnostics } = await openDraft();
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.citationNeeded');
    const fixed = applyTextEdits(text, actions[0].edit!.changes[uri]);
    cliFindings(path, dir, '--reference-date', DATE, '--fix');
    assert.notEqual(fixed, text, 'the draft has safe fixes');
    assert.equal(fixed, readFileSync(path, 'utf8'));
    assert.ok(diagnostics.length > 0);
  });

  it('offers every fix of a finding as a quick fix with its edits (footnote reference and definition)', async () => {
    const { uri, text, client, diagnostics } = await openDraft();
    const findings = lint(text, { referenceDate: DATE });
    const index = findings.findIndex((f) => f.ruleId === 'unsourced-claim' && f.fixes.some((x) => x.edits.length > 1));
    assert.ok(index >= 0, 'an unsourced claim with a footnote fix');
    const diagnostic = diagnostics[index];
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });
    const titles = actions.map((a) => a.title);
    for (const fix of findings[index].fixes) assert.ok(titles.includes(fix.title), `offers "${fix.title}"`);
    assert.ok(titles.includes('Disable unsourced-claim for this line'));
    const footnote = findings[index].fixes.find((x) => x.edits.length > 1)!;
    const action = actions.find((a) => a.title === footnote.title)!;
    assert.equal(action.kind, 'quickfix');
    const edits = action.edit!.changes[uri];
    assert.equal(edits.length, footnote.edits.length, 'reference and definition');
    assert.deepEqual(edits.map((e) => e.newText), footnote.edits.map((e) => e.newText));
  });

  it('re-checks after an incremental edit: the diagnostics equal the CLI on the edited text', async () => {
    const { path, uri, text } = draft();
    client = LspClient.start({ referenceDate: DATE, delay: 0 });
    await client.initialize(dir);
    await client.open(uri, text);
    const before = await client.diagnostics(uri, 1);
    const lines = text.split('\n');
    const last = lines.length - 1;
    const added = '\nExperts say revenue grew by 40% last year.\n';
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: last, character: lines[last].length }, end: { line: last, character: lines[last].length } }, text: added }],
    });
    const after = await client.diagnostics(uri, 2);
    writeFileSync(path, text + added);
    assert.deepEqual(diagnosticRows(after), cliRows(cliFindings(path, dir, '--reference-date', DATE)));
    assert.ok(after.length > before.length);
    assert.ok(after.some((d) => d.range.start.line === last + 1 && d.code === 'unsupported-attribution'));
  });

  it('hovers show the rule, its note and the docs link', async () => {
    const { uri, text, client, diagnostics } = await openDraft();
    const findings = lint(text, { referenceDate: DATE });
    const index = findings.findIndex((f) => f.note);
    const hover: { contents: { kind: string; value: string } } = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: diagnostics[index].range.start });
    assert.equal(hover.contents.kind, 'markdown');
    assert.ok(hover.contents.value.includes(findings[index].note!), 'the note');
    assert.ok(hover.contents.value.includes(`(${findings[index].url})`), 'the docs link');
    const none = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(none, null, 'the title has no finding');
  });

  it('answers pull diagnostics (textDocument/diagnostic) when the client supports them', async () => {
    const { path, uri, text } = draft();
    client = LspClient.start({ referenceDate: DATE });
    const init = await client.initialize(dir, { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } });
    assert.ok(init.capabilities.diagnosticProvider);
    await client.open(uri, text);
    const report: { kind: string; items: Diagnostic[] } = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.deepEqual(diagnosticRows(report.items), cliRows(cliFindings(path, dir, '--reference-date', DATE)));
    assert.equal(client.published.length, 0, 'nothing pushed to a pulling client');
  });

  it('reads the nearest .citation-needed.json, with the client settings on top', async () => {
    const { path, uri, text } = draft();
    writeFileSync(join(dir, '.citation-needed.json'), JSON.stringify({ referenceDate: DATE, rules: { hedge: 'off', puffery: 'error' } }));
    client = LspClient.start({ rules: { puffery: 'hint' } });
    await client.initialize(dir);
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri, 1);
    const expected = cliFindings(path, dir, '--rule', 'puffery=hint');
    assert.deepEqual(diagnosticRows(diagnostics), cliRows(expected));
    assert.ok(!diagnostics.some((d) => d.code === 'hedge'), 'hedge is off in the file');
    const puffery = diagnostics.filter((d) => d.code === 'puffery');
    assert.ok(puffery.length > 0 && puffery.every((d) => d.severity === 4), 'the client setting wins: hint');
  });

  it('reads the bibliography named in the front matter: keys it lacks are flagged as the CLI flags them', async () => {
    writeFileSync(join(dir, 'refs.bib'), '@article{smith2021, title={Widgets}, author={Smith, Ann}, year={2021}}\n');
    const path = join(dir, 'cites.md');
    const text = '---\nbibliography: refs.bib\n---\n\nSales grew by 40% in 2021 [@smith2021].\n\nCosts fell by 12% in 2022 [@smyth2021].\n';
    writeFileSync(path, text);
    client = LspClient.start({ referenceDate: DATE });
    await client.initialize(dir);
    await client.open(toUri(path), text);
    const diagnostics = await client.diagnostics(toUri(path), 1);
    assert.deepEqual(diagnosticRows(diagnostics), cliRows(cliFindings(path, dir, '--reference-date', DATE)));
    assert.ok(diagnostics.some((d) => d.code === 'citation-integrity' && d.range.start.line === 6 && /smyth2021/.test(d.message)), JSON.stringify(diagnostics));
    assert.ok(!diagnostics.some((d) => d.range.start.line === 4), 'the known key cites its sentence');
  });

  it('names an invalid setting and keeps the default', async () => {
    const { uri, text } = draft();
    client = LspClient.start({ referenceDate: DATE, stalenessMonths: 'soon' });
    await client.initialize(dir);
    await client.open(uri, text);
    await client.diagnostics(uri, 1);
    assert.ok(client.messages.some((m) => m.includes('stalenessMonths')), client.messages.join('\n'));
  });

  it('honours inline directives, and offers the rename fix of a misspelt rule id in one', async () => {
    client = LspClient.start({ referenceDate: DATE });
    await client.initialize(dir);
    const uri = toUri(join(dir, 'directives.md'));
    const text = '<!-- citation-needed-disable-next-line unsupported-attribution -->\nExperts say it works.\n\n<!-- citation-needed-disable-next-line hedeg -->\nExperts say it works.\n';
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri, 1);
    assert.deepEqual(diagnostics.map((d) => `${d.code} ${d.range.start.line}`), ['unsupported-attribution 4', 'inline-directive 3']);
    const problem = diagnostics[1];
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: problem.range, context: { diagnostics: [problem] } });
    const rename = actions.find((a) => a.kind === 'quickfix' && a.edit!.changes[uri].some((e) => e.newText === 'hedge'));
    assert.ok(rename, actions.map((a) => a.title).join(', '));
    assert.match(applyTextEdits(text, rename.edit!.changes[uri]), /disable-next-line hedge -->/);
  });

  it('answers a document over maxFileSize with one diagnostic instead of checking it', async () => {
    const { diagnostics } = await openDraft({ referenceDate: DATE, maxFileSize: 1000 });
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'max-file-size');
    assert.match(diagnostics[0].message, /this document is \d+ bytes, more than maxFileSize \(1000 bytes\)/);
  });

  it('keeps answering while a long document is checked, and a cancelled pull is answered as cancelled', async () => {
    const { text } = draft();
    const long = Array.from({ length: 400 }, () => text).join('\n');
    client = LspClient.start({ referenceDate: DATE });
    await client.initialize(dir, { workspace: { configuration: true }, textDocument: { diagnostic: {} } });
    const longUri = toUri(join(dir, 'long.md'));
    const shortUri = toUri(join(dir, 'short.md'));
    await client.open(longUri, long);
    await client.open(shortUri, 'Experts say it works.\n');
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: longUri } }, source.token);
    const order: string[] = [];
    const settled = pending.then(() => order.push('long'), (error: { code?: number }) => order.push(`long cancelled ${error.code}`));
    const short: { items: Diagnostic[] } = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: shortUri } });
    order.push('short');
    source.cancel();
    await settled;
    assert.equal(short.items[0].code, 'unsupported-attribution');
    assert.deepEqual(order, ['short', 'long cancelled -32802']);
  });

  it('checks each file of a multi-root workspace with its own folder\'s configuration', async () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    for (const [folder, rules] of [[a, { hedge: 'off' }], [b, {}]] as const) {
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder);
      writeFileSync(join(folder, '.citation-needed.json'), JSON.stringify({ referenceDate: DATE, rules }));
    }
    const text = readFileSync(DRAFT, 'utf8');
    client = LspClient.start({});
    await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: [{ uri: toUri(a), name: 'a' }, { uri: toUri(b), name: 'b' }], capabilities: { workspace: { configuration: true, workspaceFolders: true } } });
    await client.connection.sendNotification('initialized', {});
    await client.open(toUri(join(a, 'x.md')), text);
    await client.open(toUri(join(b, 'x.md')), text);
    const inA = await client.diagnostics(toUri(join(a, 'x.md')), 1);
    const inB = await client.diagnostics(toUri(join(b, 'x.md')), 1);
    assert.ok(!inA.some((d) => d.code === 'hedge'));
    assert.ok(inB.some((d) => d.code === 'hedge'));
  });
});
