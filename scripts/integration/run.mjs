// Offline integration-test runner: starts code-server (VS Code 1.100.3 with a Node extension host),
// opens the workbench in headless Chromium with a test payload so the extension host runs
// out/test/integration/index.js, serves screenshot requests, and reports the results file.
// With --web, the suite of the browser's web worker extension host instead (out/test/web/index.js): the
// user setting `remote.extensionKind` makes the workbench run the extension in its web worker extension
// host, from its `browser` entry; the run fails unless the suite reports that host and code-server's Node
// extension host never activated the extension.
// Env: CITATION_NEEDED_TEST_TIMEOUT_S (default 900; 300 with --web), CITATION_NEEDED_KEEP_TMP=1, CHROMIUM_PATH.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { RESULTS_ENV, readResults, reportResults } from './results.mjs';

const SCREENSHOT_ENV = 'CITATION_NEEDED_TEST_SCREENSHOTS';
const LOGS_ENV = 'CITATION_NEEDED_TEST_LOGS';
// Figures the suite measures (the extension's work on the extension host: test/integration/hostile.test.ts and
// large-document.test.ts) go to test-results/host-work.json.
const FIGURES_ENV = 'CITATION_NEEDED_TEST_FIGURES';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const web = process.argv.includes('--web');
const EXTENSION_ID = 'citation-needed.citation-needed';
const codeServer = path.join(root, 'tools/code-server/node_modules/code-server/out/node/entry.js');
const testsEntry = path.join(root, web ? 'out/test/web/index.js' : 'out/test/integration/index.js');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const outDir = path.join(root, web ? 'test-results/web' : 'test-results');
const timeoutMs = Number(process.env.CITATION_NEEDED_TEST_TIMEOUT_S ?? (web ? 300 : 900)) * 1000;
const log = (...args) => console.log(web ? '[web integration]' : '[integration]', ...args);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

for (const [file, hint] of [[codeServer, 'run scripts/integration/setup.sh'], [testsEntry, 'run npm run build'],
  [chromiumPath, 'run scripts/integration/setup.sh']]) {
  if (!fs.existsSync(file)) {
    console.error(`Missing ${file}: ${hint} first.`);
    process.exit(1);
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'citation-needed-it-'));
const dirs = Object.fromEntries(['user-data', 'extensions', 'workspace', 'chromium', 'screenshots']
  .map((name) => [name, path.join(tmp, name)]));
const resultsFile = path.join(tmp, 'results.json');
// Keep code-server's and Chromium's state (config, logs, crash reports, sockets) out of $HOME and /tmp.
const isolatedEnv = {
  TMPDIR: path.join(tmp, 't'),
  ...Object.fromEntries(['CONFIG', 'DATA', 'CACHE'].map((k) => [`XDG_${k}_HOME`, path.join(tmp, 'xdg', k)])),
};
let server;
let browser;

/** Stops Chromium and code-server (its whole process group) and removes the temp dirs; idempotent. */
async function cleanup() {
  const b = browser;
  browser = undefined;
  await Promise.race([b?.close().catch(() => {}), sleep(5000)]);
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    killGroup('SIGTERM');
    if (await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]) === false) killGroup('SIGKILL');
  }
  if (!process.env.CITATION_NEEDED_KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
}

function killGroup(signal) {
  try { process.kill(-server.pid, signal); } catch { /* already gone */ }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    cleanup().finally(() => process.exit(1));
  });
}
process.on('uncaughtException', (err) => {
  console.error(`ERROR: ${err?.stack ?? err}`);
  cleanup().finally(() => process.exit(1));
});
process.on('exit', () => { if (server?.exitCode === null) killGroup('SIGKILL'); });

/** Returns a TCP port that is free on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited with code ${server.exitCode}`);
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await sleep(250);
  }
  throw new Error(`code-server did not answer ${url} within ${ms} ms`);
}

/** Serves the suite's pending requests (see test/integration/screenshot.ts), in the order they were made. */
async function serveRequests(page) {
  const requests = fs.readdirSync(dirs.screenshots)
    .map((f) => /^(screenshot|click)-request-(\d+)\.json$/.exec(f)).filter(Boolean)
    .sort((a, b) => Number(a[2]) - Number(b[2]));
  for (const [file, kind, n] of requests) {
    const requestPath = path.join(dirs.screenshots, file);
    let answer = 'ok';
    try {
      const request = JSON.parse(fs.readFileSync(requestPath, 'utf8'));
      if (kind === 'click') await click(page, request);
      else await takeScreenshot(page, request);
    } catch (err) {
      answer = `${kind} failed: ${err?.message ?? err}`;
      log(answer);
    }
    fs.unlinkSync(requestPath);
    fs.writeFileSync(path.join(dirs.screenshots, `${kind}-done-${n}`), answer);
  }
}

async function takeScreenshot(page, { name }) {
  const safe = String(name).replace(/[^\w.-]+/g, '-');
  await sleep(500); // let the workbench paint (squiggles, hovers, menus)
  await page.screenshot({ path: path.join(outDir, `${safe}.png`) });
  log(`screenshot ${path.relative(root, path.join(outDir, `${safe}.png`))}`);
}

/** Clicks a button of a notification toast, as a user would (waits up to 10 s for it to show). */
async function click(page, { notification, button }) {
  const toast = page.locator('.notification-toast', { hasText: String(notification) });
  await toast.getByRole('button', { name: String(button), exact: true }).click({ timeout: 10_000 });
  log(`clicked "${button}" in the notification "${notification}"`);
}

/**
 * What code-server's Node extension host logs say it activated (`ExtensionService#_doActivateExtension <id>`):
 * the lines for this extension, and how many for others (the control: the logs are there and readable).
 */
function nodeHostActivations() {
  const result = { logs: 0, activated: [], others: 0 };
  const walk = (dir) => {
    for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/^(remote)?exthost\.log$/i.test(entry.name)) {
        result.logs++;
        for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
          const id = /ExtensionService#_doActivateExtension (\S+?),/.exec(line)?.[1];
          if (id === EXTENSION_ID) result.activated.push(line);
          else if (id) result.others++;
        }
      }
    }
  };
  walk(path.join(dirs['user-data'], 'logs'));
  return result;
}

/** Reasons the web run did not show the extension in the web worker extension host. */
function webHostProblems(results) {
  const problems = [];
  const host = results?.host;
  if (host) log(`the suite ran in: ${JSON.stringify(host)}`);
  if (!host || host.inWorkerGlobalScope !== true || host.nodeVersion !== null || !/browser entry/.test(host.activatedFrom)) {
    problems.push(`the suite did not run in the browser's web worker extension host (it saw ${JSON.stringify(host ?? null)})`);
  }
  const { logs, activated, others } = nodeHostActivations();
  if (logs === 0 || others === 0) problems.push('no activation at all in the Node extension host logs: cannot tell where the extension ran');
  else if (activated.length) problems.push(`code-server's Node extension host activated the extension: ${activated[0]}`);
  else log(`code-server's Node extension host activated ${others} other extensions and not ${EXTENSION_ID}`);
  return problems;
}

async function main() {
  const started = Date.now();
  [...Object.values(dirs), ...Object.values(isolatedEnv)].forEach((dir) => fs.mkdirSync(dir, { recursive: true }));
  fs.mkdirSync(outDir, { recursive: true });
  const figuresFile = path.join(outDir, 'host-work.json');
  fs.rmSync(figuresFile, { force: true });
  for (const f of fs.readdirSync(outDir)) if (f.endsWith('.png')) fs.rmSync(path.join(outDir, f));
  fs.cpSync(path.join(root, 'test/integration/workspace'), dirs.workspace, { recursive: true });
  fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs['user-data'], 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    // The web suite: this extension in the web worker extension host (its `browser` entry), not in
    // code-server's Node one. The manifest's own `extensionKind` cannot say `web`; this setting can.
    ...(web ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {}),
  }, null, 2));

  const port = await freePort();
  log(`starting code-server on 127.0.0.1:${port} (temp dir ${tmp})`);
  const serverLog = fs.createWriteStream(path.join(outDir, 'code-server.log'));
  let hostExitedAt = 0;
  server = spawn(process.execPath, [codeServer, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions, dirs.workspace], {
    // The extension host inherits code-server's environment: this is how the suite finds these paths.
    env: { ...process.env, ...isolatedEnv, [RESULTS_ENV]: resultsFile, [SCREENSHOT_ENV]: dirs.screenshots, [FIGURES_ENV]: figuresFile,
      [LOGS_ENV]: path.join(dirs['user-data'], 'logs') },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so cleanup() can stop code-server and its children
  });
  for (const stream of [server.stdout, server.stderr]) {
    stream.on('data', (chunk) => {
      serverLog.write(chunk);
      if (/Extension Host Process exited/.test(chunk)) hostExitedAt ||= Date.now();
    });
  }
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000);
  log(`code-server is up after ${((Date.now() - started) / 1000).toFixed(1)}s; launching Chromium`);

  browser = await chromium.launchPersistentContext(dirs.chromium, {
    executablePath: chromiumPath,
    headless: true,
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, // cleanup() closes it
    env: { ...process.env, ...isolatedEnv },
    viewport: { width: 1600, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = browser.pages()[0] ?? await browser.newPage();
  const browserLog = fs.createWriteStream(path.join(outDir, 'browser-console.log'));
  page.on('console', (msg) => browserLog.write(`[${msg.type()}] ${msg.text()}\n`));
  page.on('pageerror', (err) => browserLog.write(`[pageerror] ${err.message}\n`));

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  // The workbench runs the suite in the host of the extension that contains it: the web suite is inside this folder too.
  const payload = [['extensionDevelopmentPath', remote(root)], ['extensionTestsPath', remote(testsEntry)],
    ['skipWelcome', 'true']];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`
    + `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  log('workbench opened; waiting for the suite');

  let results = null;
  let problem;
  for (;;) {
    await serveRequests(page);
    results = readResults(resultsFile);
    if (results) break;
    if (Date.now() - started > timeoutMs) problem = `timed out after ${timeoutMs / 1000}s`;
    else if (hostExitedAt && Date.now() - hostExitedAt > 15_000) problem = 'the extension host exited without results';
    else if (server.exitCode !== null) problem = `code-server exited with code ${server.exitCode}`;
    if (problem) break;
    await sleep(250);
  }
  await page.screenshot({ path: path.join(outDir, 'workbench-final.png') }).catch((err) => log(`final screenshot failed: ${err.message}`));
  log(`suite finished after ${((Date.now() - started) / 1000).toFixed(1)}s; logs and screenshots in ${path.relative(root, outDir)}/`);
  if (web && !problem) problem = webHostProblems(results).join('; ') || undefined;
  return reportResults(results, problem);
}

let ok = false;
try {
  ok = await main();
} catch (err) {
  console.error(`ERROR: ${err?.stack ?? err}`);
  console.log('0 passed, 0 failed');
} finally {
  await cleanup();
}
process.exit(ok ? 0 : 1);
