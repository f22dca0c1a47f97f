// Screenshots for the web suite, asked of the runner (scripts/integration/run.mjs) with the protocol of
// test/integration/screenshot.ts, but through `vscode.workspace.fs` (a Web Worker has no file system):
// the request folder is `screenshots/` beside the test workspace, in the runner's temp dir.
import * as vscode from 'vscode';

let sequence = 0;

/** Asks the runner for `test-results/web/<name>.png` and waits (at most 30 s) until it is saved. */
export async function screenshot(name: string): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('screenshot: no workspace folder');
  const dir = vscode.Uri.joinPath(folder.uri, '..', 'screenshots');
  const n = ++sequence;
  const request = vscode.Uri.joinPath(dir, `screenshot-request-${n}.json`);
  const pending = vscode.Uri.joinPath(dir, `screenshot-request-${n}.json.tmp`);
  await vscode.workspace.fs.writeFile(pending, new TextEncoder().encode(JSON.stringify({ name })));
  await vscode.workspace.fs.rename(pending, request);
  const done = vscode.Uri.joinPath(dir, `screenshot-done-${n}`);
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = new TextDecoder().decode(await vscode.workspace.fs.readFile(done)).trim();
      if (answer !== 'ok') throw new Error(`screenshot ${name} failed: ${answer}`);
      return;
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError)) throw error;
      if (attempt >= 300) throw new Error(`screenshot ${name}: the runner did not answer within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
