// Runs the report webview (rendered HTML + media/report.js + media/report.css) in headless Chromium
// under its real Content-Security-Policy, with a stub of VS Code's webview API; saves a screenshot.
// Needs Chromium (scripts/integration/setup.sh installs it): `npm run test:webview`.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { checkDocument } from '../../src/engine';
import { buildFileReport, buildReportModel, type ReportModel } from '../../src/core/report-model';
import { renderReportHtml } from '../../src/vscode/report-html';
import { projectRoot } from '../unit/paths';
import { DRAFT } from '../unit/core/report-helpers';

// Loaded at run time, not bundled: playwright-core finds its own files next to it.
const { chromium } = createRequire(__filename)('playwright-core') as typeof import('playwright-core');
const ORIGIN = 'https://webview.test';
// A few of VS Code's Dark Modern theme colours, as the webview host would define them.
const THEME = `:root { --vscode-foreground: #cccccc; --vscode-editor-background: #1f1f1f; --vscode-font-family: system-ui, sans-serif;
  --vscode-font-size: 13px; --vscode-editor-font-family: monospace; --vscode-descriptionForeground: #9d9d9d;
  --vscode-button-background: #0078d4; --vscode-button-foreground: #ffffff; --vscode-button-hoverBackground: #026ec1;
  --vscode-focusBorder: #0078d4; --vscode-list-hoverBackground: #2a2d2e; --vscode-list-focusBackground: #04395e;
  --vscode-dropdown-background: #313131; --vscode-dropdown-foreground: #cccccc; --vscode-dropdown-border: #3c3c3c;
  --vscode-panel-border: #2b2b2b; --vscode-textPreformat-foreground: #d0d0d0; --vscode-editorLineNumber-foreground: #6e7681;
  --vscode-charts-green: #89d185; --vscode-charts-blue: #3794ff; --vscode-charts-yellow: #cca700; --vscode-charts-red: #f14c4c; }\n`;

const WEEKLY = 'Sales rose 12% in 2023, according to Reuters.\n\nThe fleet is the largest in Europe, with 300 ships in 2024.\n';

function modelOf(files: Record<string, string>): ReportModel {
  return buildReportModel(Object.entries(files).map(([file, text]) => {
    const { findings, inventory } = checkDocument(text, { referenceDate: '2026-01-01' });
    return buildFileReport(file, text, findings, inventory);
  }));
}

describe('report webview in Chromium', function () {
  this.timeout(60_000);
  const model = modelOf({ 'docs/draft.md': DRAFT, 'docs/weekly.md': WEEKLY });
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];

  before(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 980, height: 760 } });
    page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
    page.on('pageerror', (e) => violations.push(e.message));
    // Browser-side code is passed as strings: the project's TypeScript has no DOM types.
    await page.addInitScript({ content: `window.__messages = [];
      window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__messages.push(m), getState: () => window.__state, setState: (s) => { window.__state = s; } });` });
    const html = renderReportHtml(model, { nonce: 'test-nonce', cspSource: ORIGIN, scriptUri: `${ORIGIN}/report.js`, styleUri: `${ORIGIN}/report.css` });
    const media = (name: string) => readFileSync(join(projectRoot, 'media', name), 'utf8');
    await page.route(`${ORIGIN}/**`, (route) => {
      const url = route.request().url();
      if (url.endsWith('/report.js')) return route.fulfill({ contentType: 'text/javascript', body: media('report.js') });
      if (url.endsWith('/report.css')) return route.fulfill({ contentType: 'text/css', body: THEME + media('report.css') });
      return route.fulfill({ contentType: 'text/html', body: html });
    });
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(`document.getElementById('shown').textContent !== ''`);
  });
  after(async () => browser?.close());

  const visibleRows = () => page.evaluate<string[]>(`[...document.querySelectorAll('tr[data-claim]')].filter((r) => !r.hidden).map((r) => r.dataset.file + ':' + r.dataset.claim)`);
  const messages = () => page.evaluate<unknown[]>('window.__messages.splice(0)');
  const all = model.files.flatMap((f, i) => f.claims.map((_, j) => `${i}:${j}`));

  it('runs its script under the CSP with no violation, and saves a screenshot', async () => {
    assert.equal(await page.textContent('#shown'), `${all.length} of ${all.length} claims shown`);
    mkdirSync(join(projectRoot, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(projectRoot, 'test-results', 'report-webview.png'), fullPage: true });
    assert.deepEqual(violations, []);
  });

  it('filters by status and by rule, and says how many claims are shown', async () => {
    await page.selectOption('#filter-status', 'unsourced');
    const unsourced = model.files.flatMap((f, i) => f.claims.flatMap((c, j) => (c.status === 'unsourced' ? [`${i}:${j}`] : [])));
    assert.ok(unsourced.length > 0 && unsourced.length < all.length);
    assert.deepEqual(await visibleRows(), unsourced);
    assert.equal(await page.textContent('#shown'), `${unsourced.length} of ${all.length} claims shown`);
    await page.selectOption('#filter-status', '');
    await page.selectOption('#filter-rule', 'hedge');
    const hedged = model.files.flatMap((f, i) => f.claims.flatMap((c, j) => (c.ruleIds.includes('hedge') ? [`${i}:${j}`] : [])));
    assert.deepEqual(await visibleRows(), hedged);
    await page.selectOption('#filter-rule', '');
    assert.deepEqual(await visibleRows(), all);
  });

  it('moves between rows with the arrow keys and reveals a claim with Enter or a click', async () => {
    await page.focus('tr[data-file="0"][data-claim="0"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    assert.deepEqual(await messages(), [{ type: 'reveal', file: 0, claim: 1 }]);
    await page.keyboard.press('End');
    await page.keyboard.press(' ');
    const last = model.files.length - 1;
    assert.deepEqual(await messages(), [{ type: 'reveal', file: last, claim: model.files[last].claims.length - 1 }]);
    await page.click('tr[data-file="0"][data-claim="3"]');
    assert.deepEqual(await messages(), [{ type: 'reveal', file: 0, claim: 3 }]);
  });

  it('asks the extension to export when the button is pressed', async () => {
    await page.focus('#export');
    await page.keyboard.press('Enter');
    assert.deepEqual(await messages(), [{ type: 'export' }]);
  });
});
