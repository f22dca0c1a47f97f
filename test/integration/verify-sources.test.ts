// "Verify sources" against a local HTTP server that this test starts on 127.0.0.1 (no other address is used).
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import { SOURCE, openDraft, rangeOf, revertAndClose, ruleOf, show, waitFor } from './helpers';

/** Pages the server serves, by path; any other path is a 404. */
const PAGES: Record<string, string> = {
  '/report': '<html><head><title>Report</title><script>var x = "12%";</script></head><body><p>The widget market grew by 40% in 2024.</p></body></html>',
  '/sales': '<html><body><p>Unit sales rose by 12% in 2024, the report says.</p></body></html>',
};

/** What the run returns (the part this suite checks). */
interface VerifyRun {
  findings: Array<{ ruleId: string; message: string; note?: string }>;
  results: Array<{ cached: boolean; claim: { url: string } }>;
  message: string;
}

/** The source-mismatch diagnostics of a document, in document order. */
function sourceDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && ruleOf(d) === 'source-mismatch')
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

describe('Verify sources', () => {
  let server: http.Server;
  let base: string;
  const hits: string[] = [];

  before(async () => {
    server = http.createServer((request, response) => {
      hits.push(request.url ?? '');
      const page = PAGES[request.url ?? ''];
      response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page ?? '<html><body>Not found</body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('publishes source-mismatch findings from the pages, serves a second run from the cache, and drops them on edit', async () => {
    const content = [
      '# Widget notes', '',
      `The widget market grew by 40% in 2024 ([report](${base}/report)).`, '',
      `Unit sales rose by 25% in 2024 ([sales data](${base}/sales)).`, '',
      `Prices fell by 10% in 2025 ([archive](${base}/gone)).`, '',
    ].join('\n');
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    const editor = await openDraft(document.uri);
    try {
      const run = await vscode.commands.executeCommand<VerifyRun>('citationNeeded.verifySources');
      assert.ok(run, 'the command returns its run');
      assert.deepEqual(hits.slice().sort(), ['/gone', '/report', '/sales'], 'each cited URL fetched once');
      assert.deepEqual(run.results.map((r) => r.cached), [false, false, false]);

      const diagnostics = sourceDiagnostics(document.uri);
      assert.deepEqual(diagnostics.map((d) => show(d.range)), [
        show(rangeOf(document, `[sales data](${base}/sales)`)),
        show(rangeOf(document, `[archive](${base}/gone)`)),
      ]);
      assert.equal(diagnostics[0].message, `Source ${base}/sales does not contain the number “25%”`);
      assert.equal(diagnostics[1].message, `Source unreachable: ${base}/gone (HTTP 404 Not Found)`);
      assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Warning);
      assert.match(run.findings[0].note ?? '', /Unit sales rose by 12% in 2024/, 'the note quotes the closest passage');
      assert.match(run.message, /^3 sources checked in .*: 1 unreachable, 1 citation whose source lacks/);

      const again = await vscode.commands.executeCommand<VerifyRun>('citationNeeded.verifySources');
      assert.equal(hits.length, 3, 'no new request: every outcome came from the cache');
      assert.deepEqual(again.results.map((r) => r.cached), [true, true, true]);
      assert.equal(sourceDiagnostics(document.uri).length, 2);

      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Draft: '));
      await waitFor('the verified findings to go after an edit', () => sourceDiagnostics(document.uri).length === 0,
        vscode.languages.onDidChangeDiagnostics, 10_000, () => sourceDiagnostics(document.uri).map((d) => d.message));
    } finally {
      await revertAndClose(document);
    }
  });
});
