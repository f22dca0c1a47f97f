// A small LSP client over vscode-jsonrpc for the tests: spawns `citation-needed lsp --stdio`, answers
// the server's requests (workspace/configuration from a settings object) and collects published diagnostics.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { projectRoot } from '../paths';

export const BIN = join(projectRoot, 'bin', 'citation-needed.js');

/** An LSP position, range, diagnostic and text edit, as the tests read them. */
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface Diagnostic { range: Range; message: string; severity: number; code: string; source: string; codeDescription?: { href: string } }
export interface TextEdit { range: Range; newText: string }
export interface CodeAction { title: string; kind: string; diagnostics?: Diagnostic[]; edit?: { changes: Record<string, TextEdit[]> } }

interface Published { uri: string; version?: number; diagnostics: Diagnostic[] }

/** A running server and the client's end of its connection. */
export class LspClient {
  readonly connection: MessageConnection;
  readonly published: Published[] = [];
  readonly messages: string[] = [];
  readonly exited: Promise<number | null>;
  stderr = '';
  private waiters: Array<() => void> = [];

  constructor(readonly child: ChildProcess, public settings: Record<string, unknown> = {}) {
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    child.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onNotification('window/showMessage', (params: { message: string }) => { this.messages.push(params.message); });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => { this.messages.push(params.message); });
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.listen();
  }

  /** Spawns the server (`bin`: the citation-needed script to run); `settings` answers workspace/configuration. */
  static start(settings: Record<string, unknown> = {}, cwd = projectRoot, bin = BIN): LspClient {
    const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    return new LspClient(child, settings);
  }

  /** initialize + initialized, with the given capabilities (push diagnostics and workspace/configuration by default). */
  async initialize(rootPath: string, capabilities: Record<string, unknown> = { workspace: { configuration: true } }): Promise<{ capabilities: Record<string, unknown> }> {
    const uri = toUri(rootPath);
    const result = await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'root' }], capabilities });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  /** The first diagnostics published for `uri` (at `version`, when given) that pass `accept`. */
  async diagnostics(uri: string, version?: number, accept: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    for (;;) {
      const hit = this.published.find((p) => p.uri === uri && (version === undefined || p.version === version) && accept(p.diagnostics));
      if (hit) return hit.diagnostics;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** shutdown + exit; resolves to the exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Kills the server if a test left it running. */
  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
    this.connection.dispose();
  }
}

/** The file URI of a path. */
export function toUri(path: string): string {
  return pathToFileURL(path).href;
}

/** A finding of the CLI's JSON output. */
export interface CliFinding { ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string }

/** Runs the CLI binary: `check --format json` on a file, with extra arguments; returns the file's findings. */
export function cliFindings(file: string, cwd: string, ...args: string[]): CliFinding[] {
  const run = spawnSync(process.execPath, [BIN, 'check', file, '--format', 'json', ...args], { cwd, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`citation-needed check failed (${run.status}): ${run.stderr}`);
  return (JSON.parse(run.stdout) as Array<{ findings: CliFinding[] }>)[0].findings;
}

/** Findings as comparable rows: rule and 0-based range, from the CLI (1-based) or from diagnostics. */
export const cliRows = (findings: readonly CliFinding[]) => findings.map((f) => `${f.ruleId} ${f.line - 1}:${f.column - 1}-${f.endLine - 1}:${f.endColumn - 1}`);
export const diagnosticRows = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);

/** Applies LSP text edits to a text (non-overlapping; inserts at one position keep their order). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: Position) => (p.line < starts.length ? starts[p.line] + p.character : text.length);
  const order = edits.map((e, index) => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.newText, index }))
    .sort((a, b) => b.start - a.start || b.index - a.index);
  let out = text;
  for (const e of order) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
