// Entry point that the browser's web worker extension host loads as `extensionTestsPath` (bundled for the
// browser: no Node API, mocha's browser build). Runs the suite of web-host.test.ts and writes the results
// file next to the test workspace through `vscode.workspace.fs` (a Web Worker has no file system of its
// own), where scripts/integration/run.mjs --web reads it. Same results shape as test/integration/index.ts.
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { hostEvidence } from './host';

/** What the runner reads (scripts/integration/results.mjs), plus the host the suite ran in. */
interface WebResults {
  complete: boolean;
  total: number;
  passes: number;
  failures: number;
  pending: number;
  passed: string[];
  failed: { title: string; error: string; stack?: string }[];
  report: string;
  error?: string;
  /** Where the suite ran, as seen from inside (host.ts): recorded first, so a run that breaks still says it. */
  host?: unknown;
}

/** The results file: `results.json` beside the test workspace folder (the runner's temp dir). */
function resultsUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.Uri.joinPath(folder.uri, '..', 'results.json');
}

/** Runs the suite inside the web worker extension host; rejects if a test fails or the run breaks. */
export async function run(): Promise<void> {
  const results: WebResults = { complete: false, total: 0, passes: 0, failures: 0, pending: 0, passed: [], failed: [], report: '' };
  const lines: string[] = [];
  results.host = hostEvidence();
  try {
    mocha.setup({ ui: 'bdd', timeout: 60_000, color: false, reporter: function Reporter(runner: Mocha.Runner) {
      runner.on('pass', (test) => lines.push(`  ✔ ${test.fullTitle()}`));
      runner.on('fail', (test, error: Error) => lines.push(`  ✘ ${test.fullTitle()}: ${error?.message ?? error}`));
    } as unknown as Mocha.ReporterConstructor });
    const suite = await import('./web-host.test');
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => results.passed.push(test.fullTitle()));
      runner.on('fail', (test, error: Error) => results.failed.push({ title: test.fullTitle(), error: String(error?.message ?? error), stack: error?.stack }));
      runner.on('pending', () => results.pending++);
    });
    results.host = suite.seenHost ?? results.host;
    results.passes = results.passed.length;
    results.failures = results.failed.length;
    results.total = results.passes + results.failures;
    results.complete = true;
  } catch (error) {
    results.error = error instanceof Error ? error.stack ?? error.message : String(error);
  } finally {
    results.report = lines.join('\n');
    console.log(`[web integration]\n${results.report}`);
    const uri = resultsUri();
    if (uri) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(results, null, 2)));
  }
  if (results.error) throw new Error(`Web integration suite crashed: ${results.error}`);
  if (results.failures > 0) throw new Error(`${results.failures} web integration test(s) failed`);
}
