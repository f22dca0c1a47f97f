// Checks off the extension host's thread: the report of "Check attributions" (a worker, kept between
// reports, or the host when the worker bundle is missing), and Cancel in the progress notification of a workspace check.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { reportFor } from '../../src/vscode/commands';
import { BibliographyStore } from '../../src/vscode/bibliography-store';
import { ConfigStore } from '../../src/vscode/settings';
import { WorkspaceChecker, type WorkspaceSummary } from '../../src/vscode/workspace-check';
import { WORKER_MIN_LENGTH } from '../../src/workers/text-engine';
import { threadBundle } from '../../src/workers/thread-worker';
import { errorLines, extensionLog, ours, revertAndClose, setSetting, stopLiveWorker, waitFor, waitForLogLine, workspaceUri } from './helpers';
import { clickNotificationButton, runnerServesRequests } from './screenshot';

const EXTENSION_ID = 'citation-needed.citation-needed';
const PROGRESS_TITLE = 'Citation Needed: checking attributions';

/** A log channel that keeps what is logged, for a checker the test makes itself. */
function recordingLog(): { log: vscode.LogOutputChannel; lines: string[] } {
  const lines: string[] = [];
  const record = (level: string) => (message: string) => { lines.push(`${level} ${message}`); };
  const log = { trace: record('trace'), debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error'), show: () => undefined };
  return { log: log as unknown as vscode.LogOutputChannel, lines };
}

/** The extension's own folder (where dist/worker.js is). */
function extensionPath(): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.extensionPath;
}

/** Threads of the extension host's process (Linux: one per worker thread, among others); undefined elsewhere. */
function threadCount(): number | undefined {
  return fs.existsSync('/proc/self/task') ? fs.readdirSync('/proc/self/task').length : undefined;
}

/** Writes long-report.md: a draft long enough for the report worker, citing keys of the front matter's bibliography. */
async function writeLongDraft(): Promise<vscode.Uri> {
  const cited = fs.readFileSync(workspaceUri('cited.md').fsPath, 'utf8');
  const body = ['report-draft.md', 'market.md', 'dates.md'].map((f) => fs.readFileSync(workspaceUri(f).fsPath, 'utf8')).join('\n\n');
  const text = `${cited}\n\n${body.repeat(Math.ceil(WORKER_MIN_LENGTH / body.length) + 1)}`;
  assert.ok(text.length >= WORKER_MIN_LENGTH);
  const uri = workspaceUri('long-report.md');
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Waits (bounded, 10 s) until the process's thread count passes `test`; returns the count. */
async function waitForThreads(what: string, test: (threads: number) => boolean): Promise<number> {
  for (let tries = 0; !test(threadCount()!) && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.ok(test(threadCount()!), `${what}: ${threadCount()} threads`);
  return threadCount()!;
}

describe('checks in worker threads', function () {
  this.timeout(180_000);

  it('"Check attributions" builds the same report in a worker as in the host (worker bundle missing), which is logged once', async () => {
    const longUri = await writeLongDraft();
    const worker = recordingLog();
    const host = recordingLog();
    const configs = new ConfigStore(worker.log);
    const bibliographies = new BibliographyStore(configs, worker.log);
    // checkForReport uses neither the finding store nor the live checker.
    const unused = undefined as never;
    const inWorker = new WorkspaceChecker({ configs, bibliographies, log: worker.log, workers: threadBundle(path.join(extensionPath(), 'dist', 'worker.js')), parallelism: 2, workersName: 'worker threads', store: unused, live: unused });
    const inHost = new WorkspaceChecker({ configs, bibliographies, log: host.log, workers: threadBundle(path.join(os.tmpdir(), 'citation-needed-no-such-folder', 'worker.js')), parallelism: 2, workersName: 'worker threads', store: unused, live: unused });
    try {
      const long = await vscode.workspace.openTextDocument(longUri);
      const short = await vscode.workspace.openTextDocument(workspaceUri('cited.md'));
      assert.ok(short.getText().length < WORKER_MIN_LENGTH, 'cited.md is checked in the host either way');
      for (const document of [short, long, long]) {
        const a = await reportFor({ configs, bibliographies, workspace: inWorker }, document);
        const b = await reportFor({ configs, bibliographies, workspace: inHost }, document);
        assert.equal(a.uri.toString(), document.uri.toString());
        assert.deepEqual(a.report, b.report, vscode.workspace.asRelativePath(document.uri));
        assert.ok(a.report.claims.length > 0);
      }
      assert.deepEqual(worker.lines.filter((l) => !l.startsWith('info')), [], 'no warning or error from the checker with workers');
      assert.equal(host.lines.length, 1, `one line logged: ${JSON.stringify(host.lines)}`);
      assert.match(host.lines[0], /^warn Workspace checks and reports run in the extension host, not in worker threads: the worker bundle .*worker\.js is missing$/);

      // The command itself, on the long draft: findings for Problems, the report, nothing in the log but info.
      const logged = extensionLog().length;
      await vscode.window.showTextDocument(long, { preview: false });
      const findings = await vscode.commands.executeCommand<unknown[]>('citationNeeded.check');
      assert.ok(Array.isArray(findings) && findings.length > 20, `${findings?.length} findings`);
      assert.equal(ours(long.uri).length, findings.length);
      await waitFor('the report of long-report.md', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
        .some((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Citation report: long-report.md'), vscode.window.tabGroups.onDidChangeTabs);
      assert.deepEqual(errorLines(extensionLog().slice(logged)), []);
      await revertAndClose(long);
    } finally {
      inWorker.dispose();
      inHost.dispose();
      bibliographies.dispose();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(longUri);
    }
  });

  it('"Check attributions" keeps its report worker for the next report; a change of citationNeeded.workers stops it', async () => {
    // The live worker (long documents as they are typed) is a thread too: stopped first, so that one left
    // from earlier tests cannot stop on its idle timer while threads are counted. Opening the draft may start
    // it again, before the count, and it stays for the whole test.
    await stopLiveWorker();
    const longUri = await writeLongDraft();
    try {
      const long = await vscode.workspace.openTextDocument(longUri);
      await vscode.window.showTextDocument(long, { preview: false });
      await vscode.commands.executeCommand('citationNeeded.check');
      const kept = threadCount();
      await vscode.commands.executeCommand('citationNeeded.check');
      if (kept !== undefined) {
        assert.ok(threadCount()! <= kept, `the second report started no thread: ${threadCount()} threads, ${kept} after the first`);
        await setSetting('workers', 1);
        await waitForThreads('the report worker stopped after the change of citationNeeded.workers', (threads) => threads < kept);
      }
      await revertAndClose(long);
    } finally {
      await setSetting('workers', undefined);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(longUri);
    }
  });

  it('Cancel in the progress notification stops "Check attributions in workspace": a cancelled summary, workers stopped, no error; the next run checks everything', async () => {
    // Enough files that two workers need many seconds for them all; generated here, removed after.
    const draft = fs.readFileSync(path.join(extensionPath(), 'examples', 'ai-draft.md'), 'utf8');
    const bulk = workspaceUri('bulk');
    const BULK_FILES = 400;
    fs.mkdirSync(bulk.fsPath, { recursive: true });
    for (let i = 0; i < BULK_FILES; i++) {
      fs.writeFileSync(path.join(bulk.fsPath, `draft-${String(i).padStart(3, '0')}.md`), `# Draft ${i}\n\nSales grew by ${i % 90 + 5}% in 2024.\n\n${draft.repeat(4)}`);
    }
    const bulkUris = () => Array.from({ length: BULK_FILES }, (_, i) => vscode.Uri.joinPath(bulk, `draft-${String(i).padStart(3, '0')}.md`));
    try {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('citationNeeded.clear');
      await stopLiveWorker(); // no document is open: only the workspace check's workers start while threads are counted
      const logged = extensionLog().length;
      await fs.promises.readFile(path.join(extensionPath(), 'package.json')); // libuv's thread pool starts at its first use: before counting
      const threadsBefore = threadCount();
      const pending = vscode.commands.executeCommand<WorkspaceSummary>('citationNeeded.checkWorkspace');
      const workers = Math.min(os.availableParallelism(), BULK_FILES);
      const started = await waitFor('a few files checked', () => {
        const done = bulkUris().filter((uri) => ours(uri).length > 0).length;
        return done >= 4 && done;
      }, vscode.languages.onDidChangeDiagnostics, 60_000);
      const threadsDuring = threadCount();
      if (threadsBefore !== undefined) assert.ok(threadsDuring! >= threadsBefore + workers, `${threadsDuring} threads while checking, ${threadsBefore} before`);
      if (runnerServesRequests()) {
        await clickNotificationButton(PROGRESS_TITLE, 'Cancel'); // what a user does
      } else {
        await vscode.commands.executeCommand('notification.acceptPrimaryAction'); // Ctrl+Shift+A: the newest notification's first button, Cancel
      }
      const summary = await pending;

      assert.equal(summary.cancelled, true);
      assert.equal(summary.workers, Math.min(os.availableParallelism(), summary.files));
      assert.ok(summary.checked >= started && summary.checked < summary.files, `${summary.checked} of ${summary.files} files checked`);
      assert.equal(summary.skipped, 0, 'files stopped by the cancellation are not counted as skipped');
      assert.equal(summary.message, `Check cancelled after ${summary.checked} of ${summary.files} Markdown files: ${summary.findings} findings in ${summary.filesWithFindings} files.`);
      // The files checked before the cancellation keep their findings in Problems, and only those.
      const withFindings = bulkUris().filter((uri) => ours(uri).length > 0).map(String);
      const reported = summary.reports.map((r) => r.uri.toString()).filter((uri) => uri.startsWith(bulk.toString()));
      assert.deepEqual(withFindings, reported);
      assert.ok(withFindings.length < BULK_FILES);
      const log = await waitForLogLine(new RegExp(`Workspace check: ${summary.checked} of ${summary.files} files in \\d+ ms, ${summary.workers} worker threads \\(cancelled\\)`), logged);
      assert.deepEqual(errorLines(log), []);
      if (threadsBefore !== undefined) {
        // The run awaited the workers' termination before it resolved; allow the threads a moment to be reaped.
        for (let tries = 0; threadCount()! > threadsBefore && tries < 50; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
        assert.ok(threadCount()! <= threadsBefore, `${threadCount()} threads after the cancelled run, ${threadsBefore} before`);
      }
    } finally {
      fs.rmSync(bulk.fsPath, { recursive: true, force: true });
      await vscode.commands.executeCommand('citationNeeded.clear'); // the removed files' findings
    }

    // The next run starts new workers and checks every file.
    const logged = extensionLog().length;
    const summary = await vscode.commands.executeCommand<WorkspaceSummary>('citationNeeded.checkWorkspace');
    assert.equal(summary.cancelled, false);
    assert.equal(summary.workers, Math.min(os.availableParallelism(), summary.files));
    assert.equal(summary.checked, summary.files);
    assert.equal(summary.reports.length, summary.files);
    assert.equal(summary.skipped, 0);
    assert.ok(!summary.message.includes('cancelled'));
    assert.ok(ours(workspaceUri('market.md')).length > 0);
    const log = await waitForLogLine(new RegExp(`Workspace check: ${summary.files} of ${summary.files} files in \\d+ ms, ${summary.workers} worker threads$`), logged);
    assert.deepEqual(errorLines(log), []);
  });
});
