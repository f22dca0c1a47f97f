// Lets a test ask the offline runner (scripts/integration/run.mjs), which drives the workbench page,
// for what only the page can do: a screenshot, a click. Protocol, in the directory $CITATION_NEEDED_TEST_SCREENSHOTS:
//   the test writes `screenshot-request-N.json` = {"name": "..."};
//   the runner saves `test-results/<name>.png` and writes `screenshot-done-N` = "ok" or an error;
//   the test writes `click-request-N.json` = {"notification": "...", "button": "..."};
//   the runner clicks that button of the notification toast whose text contains `notification`,
//   and writes `click-done-N` = "ok" or an error.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SCREENSHOT_ENV = 'CITATION_NEEDED_TEST_SCREENSHOTS';
const TIMEOUT_MS = 30_000;

/** Asks the runner for `test-results/<name>.png` and waits until it is saved (no-op without a runner). */
export async function screenshot(name: string): Promise<void> {
  if (!process.env[SCREENSHOT_ENV]) {
    console.log(`[integration] screenshot '${name}' skipped: ${SCREENSHOT_ENV} is not set`);
    return;
  }
  await askRunner('screenshot', { name });
}

/** True when a runner serves requests (clicks, screenshots): run.mjs does, the Electron runner does not. */
export function runnerServesRequests(): boolean {
  return Boolean(process.env[SCREENSHOT_ENV]);
}

/** Has the runner click a button (e.g. "Cancel") of the notification toast whose text contains `notification`, as a user would. */
export async function clickNotificationButton(notification: string, button: string): Promise<void> {
  await askRunner('click', { notification, button });
}

/** Writes a request of `kind` and waits for the runner's answer; throws unless it is "ok". */
async function askRunner(kind: 'screenshot' | 'click', request: object): Promise<void> {
  const dir = process.env[SCREENSHOT_ENV];
  if (!dir) throw new Error(`${kind}: no runner serves requests (${SCREENSHOT_ENV} is not set)`);
  // Every test file is its own bundle, so the sequence numbers live on globalThis to stay unique.
  const state = globalThis as { __citationNeededRequestSeq?: number };
  const n = (state.__citationNeededRequestSeq = (state.__citationNeededRequestSeq ?? 0) + 1);
  const file = path.join(dir, `${kind}-request-${n}.json`);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(request));
  fs.renameSync(`${file}.tmp`, file);

  const done = path.join(dir, `${kind}-done-${n}`);
  const deadline = Date.now() + TIMEOUT_MS;
  while (!fs.existsSync(done)) {
    if (Date.now() > deadline) throw new Error(`${kind} ${JSON.stringify(request)}: runner did not answer in ${TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const answer = fs.readFileSync(done, 'utf8').trim();
  if (answer !== 'ok') throw new Error(`${kind} ${JSON.stringify(request)} failed: ${answer}`);
}
