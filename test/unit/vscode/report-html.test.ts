import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../../src/engine';
import { buildFileReport, buildReportModel, type ReportModel } from '../../../src/core/report-model';
import { escapeHtml, parseReportMessage, renderReportHtml } from '../../../src/vscode/report-html';
import { projectRoot } from '../paths';
import { DRAFT } from '../core/report-helpers';

const OPTIONS = { nonce: 'n0nce+/=', cspSource: 'https://webview.test', scriptUri: 'https://webview.test/media/report.js', styleUri: 'https://webview.test/media/report.css' };

function modelOf(files: Record<string, string>): ReportModel {
  return buildReportModel(Object.entries(files).map(([file, text]) => {
    const { findings, inventory } = checkDocument(text, { referenceDate: '2026-01-01' });
    return buildFileReport(file, text, findings, inventory);
  }));
}

const TRICKY = 'The <script>alert("x")</script> plant produced 4,000 tonnes of steel in 2022 & "more".\n';

describe('report webview HTML', () => {
  const model = modelOf({ 'clean.md': 'Revenue grew 40% in 2024 ([report](https://example.org/r)).\n', 'docs/draft.md': DRAFT, 'tricky.md': TRICKY });
  const html = renderReportHtml(model, OPTIONS);

  it('has a strict CSP: no inline script or style, scripts only with the nonce', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-n0nce\+\/='/);
    assert.match(csp, /style-src https:\/\/webview\.test/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !m[0].includes('alert'));
    assert.equal(scripts.length, 1);
    assert.match(scripts[0][1], /nonce="n0nce\+\/=" src="https:\/\/webview\.test\/media\/report\.js"/);
    assert.equal(scripts[0][2], '');
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    assert.doesNotMatch(html, /\sstyle=/i);
    assert.doesNotMatch(html, /<style/i);
  });

  it('escapes claim text', () => {
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /The &#60;script&#62;alert\(&#34;x&#34;\)&#60;\/script&#62; plant/);
    assert.equal(escapeHtml(`a&b<'">`), `a&#38;b&#60;'&#34;&#62;`);
  });

  it('shows the ratio and the counts per status and per rule', () => {
    const totals = model.totals;
    assert.match(html, new RegExp(`<strong>${Math.round(totals.sourcedRatio! * 100)}%</strong> sourced`));
    assert.match(html, new RegExp(`value="${totals.sourcedRatio}"`));
    assert.match(html, new RegExp(`${totals.statusCounts.cited} of ${totals.claimCount} check-worthy sentences cited`));
    for (const { ruleId, count } of totals.ruleCounts) assert.match(html, new RegExp(`<code>${ruleId}</code></th><td>${count}</td>`));
    assert.match(html, new RegExp(`status-unsourced">unsourced</span></th><td>${totals.statusCounts.unsourced}</td>`));
  });

  it('has one section per file in the model order (most unsourced first) and one row per claim', () => {
    const headings = [...html.matchAll(/<h2 id="file-(\d+)">([^ <]*)/g)].map((m) => [Number(m[1]), m[2]]);
    assert.deepEqual(headings, model.files.map((f, i) => [i, f.file]));
    assert.deepEqual(model.files.map((f) => f.file), ['docs/draft.md', 'tricky.md', 'clean.md']);
    const rows = [...html.matchAll(/<tr tabindex="0" data-file="(\d+)" data-claim="(\d+)" data-status="([a-z-]+)" data-rules="([a-z -]*)"[^>]*><td class="line">(\d+)<\/td>/g)];
    const expected = model.files.flatMap((f, i) => f.claims.map((c, j) => [i, j, c.status, c.ruleIds.join(' '), c.line]));
    assert.deepEqual(rows.map((m) => [Number(m[1]), Number(m[2]), m[3], m[4], Number(m[5])]), expected);
  });

  it('offers filters by every rule found in claims and by every status', () => {
    const options = (id: string) => [...(new RegExp(`<select id="${id}">([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '').matchAll(/value="([^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual(options('filter-rule'), ['', ...model.claimRules]);
    assert.deepEqual(options('filter-status'), ['', 'cited', 'attributed-unlinked', 'hedged', 'unsourced']);
  });

  it('is keyboard navigable: rows are focusable, controls are buttons and labelled selects', () => {
    assert.equal((html.match(/<tr tabindex="0"/g) ?? []).length, model.totals.claimCount);
    assert.match(html, /<button id="export" type="button">Export as Markdown<\/button>/);
    assert.match(html, /<label>Rule <select id="filter-rule">/);
    assert.match(html, /<label>Status <select id="filter-status">/);
  });

  it('uses only ids that the page has, and only theme colours from VS Code variables', () => {
    const script = readFileSync(join(projectRoot, 'media', 'report.js'), 'utf8');
    const ids = [...script.matchAll(/getElementById\('([^']+)'\)/g)].map((m) => m[1]);
    assert.ok(ids.length >= 4);
    for (const id of ids) assert.match(html, new RegExp(`id="${id}"`), id);
    assert.match(script, /acquireVsCodeApi\(\)/);
    const css = readFileSync(join(projectRoot, 'media', 'report.css'), 'utf8');
    assert.doesNotMatch(css, /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
    assert.match(css, /var\(--vscode-foreground\)/);
  });

  it('accepts only well-formed messages that point at a claim', () => {
    assert.deepEqual(parseReportMessage({ type: 'reveal', file: 0, claim: 3 }, model), { type: 'reveal', file: 0, claim: 3 });
    assert.deepEqual(parseReportMessage({ type: 'export' }, model), { type: 'export' });
    assert.equal(parseReportMessage({ type: 'reveal', file: 0, claim: 99 }, model), undefined);
    assert.equal(parseReportMessage({ type: 'reveal', file: '0', claim: 0 }, model), undefined);
    assert.equal(parseReportMessage({ type: 'reveal', file: 2, claim: model.files[2].claims.length }, model), undefined);
    assert.equal(parseReportMessage({ type: 'reveal', file: 3, claim: 0 }, model), undefined);
    assert.equal(parseReportMessage('export', model), undefined);
    assert.equal(parseReportMessage(null, model), undefined);
  });

  it('renders an empty workspace without error', () => {
    const empty = renderReportHtml(buildReportModel([]), OPTIONS);
    assert.match(empty, /No Markdown files were checked\./);
    assert.match(empty, /<strong>n\/a<\/strong>/);
  });
});
