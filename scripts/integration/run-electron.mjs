// Runs the integration suite in a downloaded VS Code (Electron) via @vscode/test-electron.
// Needs internet (update.code.visualstudio.com) and, on Linux without a display, xvfb-run.
// Offline machines use run.mjs (code-server + headless Chromium) instead.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { RESULTS_ENV, readResults, reportResults } from './results.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'citation-needed-electron-'));
const workspace = path.join(tmp, 'workspace');
const resultsFile = path.join(tmp, 'results.json');
fs.cpSync(path.join(root, 'test/integration/workspace'), workspace, { recursive: true });

let problem;
try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/integration/index.js'),
    // The suite reads the extension's log (Output > Citation Needed) from VS Code's logs folder.
    extensionTestsEnv: { [RESULTS_ENV]: resultsFile, CITATION_NEEDED_TEST_LOGS: path.join(tmp, 'user-data', 'logs') },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust',
      '--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', path.join(tmp, 'extensions')],
  });
} catch (err) {
  problem = `VS Code test run failed: ${err?.message ?? err}`;
}
const ok = reportResults(readResults(resultsFile), problem);
if (!process.env.CITATION_NEEDED_KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
