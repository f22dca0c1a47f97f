// Lets a test ask the offline runner (scripts/integration/run.mjs) for a screenshot of the
// workbench at the right moment. Protocol, in the directory $CITATION_NEEDED_TEST_SCREENSHOTS:
//   the test writes `screenshot-request-N.json` = {"name": "..."};
//   the runner saves `test-results/<name>.png` and writes `screenshot-done-N` = "ok" or an error.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SCREENSHOT_ENV = 'CITATION_NEEDED_TEST_SCREENSHOTS';
const TIMEOUT_MS = 30_000;

/** Asks the runner for `test-results/<name>.png` and waits until it is saved (no-op without a runner). */
export async function screenshot(name: string): Promise<void> {
  const dir = process.env[SCREENSHOT_ENV];
  if (!dir) {
    console.log(`[integration] screenshot '${name}' skipped: ${SCREENSHOT_ENV} is not set`);
    return;
  }
  // Every test file is its own bundle, so the sequence number lives on globalThis to stay unique.
  const state = globalThis as { __citationNeededScreenshotSeq?: number };
  const n = (state.__citationNeededScreenshotSeq = (state.__citationNeededScreenshotSeq ?? 0) + 1);
  const request = path.join(dir, `screenshot-request-${n}.json`);
  fs.writeFileSync(`${request}.tmp`, JSON.stringify({ name }));
  fs.renameSync(`${request}.tmp`, request);

  const done = path.join(dir, `screenshot-done-${n}`);
  const deadline = Date.now() + TIMEOUT_MS;
  while (!fs.existsSync(done)) {
    if (Date.now() > deadline) throw new Error(`screenshot '${name}': runner did not answer in ${TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const answer = fs.readFileSync(done, 'utf8').trim();
  if (answer !== 'ok') throw new Error(`screenshot '${name}' failed: ${answer}`);
}
