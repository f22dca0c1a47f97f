// Entry point that VS Code's extension host loads as `extensionTestsPath`.
// Runs every compiled `*.test.js` next to this file with Mocha (bdd) and writes a JSON results
// file to $CITATION_NEEDED_TEST_RESULTS, which the runners (scripts/integration/*.mjs) read:
// the extension host's exit code is not reliable under code-server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/** Shape of the results file; keep in sync with scripts/integration/results.mjs. */
export interface IntegrationResults {
  complete: boolean;
  total: number;
  passes: number;
  failures: number;
  pending: number;
  passed: string[];
  failed: { title: string; error: string; stack?: string }[];
  report: string;
  error?: string;
}

export const RESULTS_ENV = 'CITATION_NEEDED_TEST_RESULTS';

/** Runs the suite inside the extension host; rejects if any test fails or the run breaks. */
export async function run(): Promise<void> {
  const results: IntegrationResults = {
    complete: false, total: 0, passes: 0, failures: 0, pending: 0, passed: [], failed: [], report: '',
  };
  const lines: string[] = [];
  const Base = Mocha.reporters.Base;
  const originalLog = Base.consoleLog;
  // Capture the spec reporter's output while still logging it to the extension host's console.
  Base.consoleLog = (...args: unknown[]) => {
    lines.push(format(...args));
    originalLog(...args);
  };
  try {
    const mocha = new Mocha({
      ui: 'bdd',
      color: false,
      timeout: Number(process.env.CITATION_NEEDED_TEST_MOCHA_TIMEOUT ?? 60_000),
      grep: process.env.CITATION_NEEDED_TEST_GREP || undefined,
      reporter: Mocha.reporters.Spec,
    });
    const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
    for (const file of files) mocha.addFile(path.join(__dirname, file));
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => results.passed.push(test.fullTitle()));
      runner.on('fail', (test, err: Error) => results.failed.push({
        title: test.fullTitle(), error: String(err?.message ?? err), stack: err?.stack,
      }));
      runner.on('pending', () => results.pending++);
    });
    results.passes = results.passed.length;
    results.failures = results.failed.length;
    results.total = results.passes + results.failures;
    results.complete = true;
  } catch (err) {
    results.error = err instanceof Error ? err.stack ?? err.message : String(err);
  } finally {
    Base.consoleLog = originalLog;
    results.report = lines.join('\n');
    writeResults(results);
  }
  if (results.error) throw new Error(`Integration suite crashed: ${results.error}`);
  if (results.failures > 0) throw new Error(`${results.failures} integration test(s) failed`);
}

/** Writes the results atomically (temp file + rename) so readers never see a partial file. */
function writeResults(results: IntegrationResults): void {
  const file = process.env[RESULTS_ENV];
  if (!file) {
    console.warn(`[integration] ${RESULTS_ENV} is not set; results are only in the log above`);
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(results, null, 2));
  fs.renameSync(`${file}.tmp`, file);
}
