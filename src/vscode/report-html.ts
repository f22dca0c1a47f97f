// The report webview's HTML, rendered from the report model. Pure: no `vscode` import, tested in plain Node.
import { CLAIM_STATUSES } from '../core/inventory';
import { STATUS_LABELS, formatRatio, type FileReport, type ReportFigures, type ReportModel } from '../core/report-model';

/** What the webview HTML needs from the host: the CSP nonce and source, and the asset URIs. */
export interface ReportHtmlOptions {
  nonce: string;
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  title?: string;
}

/** Escapes text for HTML content and double-quoted attribute values (every attribute here is double-quoted). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The Content-Security-Policy of the report: nothing inline, scripts only with the nonce. */
export function contentSecurityPolicy(nonce: string, cspSource: string): string {
  return `default-src 'none'; img-src ${cspSource}; style-src ${cspSource}; script-src 'nonce-${nonce}'; font-src ${cspSource}`;
}

function ratioBlock(figures: ReportFigures, id: string): string {
  const value = figures.sourcedRatio ?? 0;
  return `<p class="ratio" id="${id}"><strong>${formatRatio(figures.sourcedRatio)}</strong> sourced`
    + ` <meter min="0" max="1" low="0.5" high="0.8" optimum="1" value="${value}" aria-labelledby="${id}"></meter>`
    + ` <span class="muted">${figures.statusCounts.cited} of ${figures.claimCount} check-worthy sentences cited</span></p>`;
}

function summary(figures: ReportFigures): string {
  const statuses = CLAIM_STATUSES.map((s) => `<tr><th scope="row"><span class="status status-${s}">${STATUS_LABELS[s]}</span></th><td>${figures.statusCounts[s]}</td></tr>`).join('');
  const rules = figures.ruleCounts.map((r) => `<tr><th scope="row"><code>${escapeHtml(r.ruleId)}</code></th><td>${r.count}</td></tr>`).join('')
    || '<tr><td colspan="2">No findings.</td></tr>';
  return `<section class="summary" aria-label="Summary">`
    + `<table class="counts"><caption>Claims by status</caption><tbody>${statuses}</tbody></table>`
    + `<table class="counts"><caption>Findings by rule</caption><tbody>${rules}</tbody></table></section>`;
}

function filters(model: ReportModel): string {
  const rules = model.claimRules.map((id) => `<option value="${escapeHtml(id)}">${escapeHtml(id)}</option>`).join('');
  const statuses = CLAIM_STATUSES.map((s) => `<option value="${s}">${STATUS_LABELS[s]}</option>`).join('');
  return `<div class="filters" role="group" aria-label="Filter claims">`
    + `<label>Rule <select id="filter-rule"><option value="">All rules</option>${rules}</select></label>`
    + `<label>Status <select id="filter-status"><option value="">All statuses</option>${statuses}</select></label>`
    + `<span id="shown" class="muted" aria-live="polite"></span></div>`;
}

function fileSection(file: FileReport, index: number): string {
  const rows = file.claims.map((c, j) => `<tr tabindex="0" data-file="${index}" data-claim="${j}" data-status="${c.status}" data-rules="${escapeHtml(c.ruleIds.join(' '))}"`
    + ` title="Line ${c.line}: press Enter to reveal">`
    + `<td class="line">${c.line}</td><td><span class="status status-${c.status}">${STATUS_LABELS[c.status]}</span></td>`
    + `<td>${c.ruleIds.map((id) => `<code>${escapeHtml(id)}</code>`).join(' ') || '<span class="muted">none</span>'}</td>`
    + `<td class="claim">${escapeHtml(c.excerpt)}</td></tr>`).join('');
  const table = file.claims.length
    ? `<table class="claims"><thead><tr><th scope="col">Line</th><th scope="col">Status</th><th scope="col">Rules</th><th scope="col">Claim</th></tr></thead><tbody>${rows}</tbody></table>`
      + '<p class="empty muted" hidden>No claim matches the filters.</p>'
    : '<p class="muted">No check-worthy sentences.</p>';
  return `<section class="file" aria-labelledby="file-${index}"><h2 id="file-${index}">${escapeHtml(file.file)}`
    + ` <span class="muted">${file.claimCount ? `${file.statusCounts.unsourced} unsourced · ${formatRatio(file.sourcedRatio)} sourced` : 'no check-worthy claims'}</span></h2>${table}</section>`;
}

/** Renders the report page: ratio, counts per status and rule, filters, and a claim table per file. */
export function renderReportHtml(model: ReportModel, options: ReportHtmlOptions): string {
  const title = options.title ?? 'Citation Needed report';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options.nonce, options.cspSource))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
${ratioBlock(model.totals, 'ratio-total')}
<button id="export" type="button">Export as Markdown</button>
</header>
<main>
${summary(model.totals)}
${filters(model)}
${model.files.map(fileSection).join('\n') || '<p class="muted">No Markdown files were checked.</p>'}
</main>
<script nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>
`;
}

/** Messages the report webview posts to the extension. */
export type ReportMessage = { type: 'reveal'; file: number; claim: number } | { type: 'export' };

/** Checks a message from the webview; anything malformed is ignored (undefined). */
export function parseReportMessage(message: unknown, model: ReportModel): ReportMessage | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.type === 'export') return { type: 'export' };
  if (m.type !== 'reveal' || !Number.isInteger(m.file) || !Number.isInteger(m.claim)) return undefined;
  const file = model.files[m.file as number];
  return file && file.claims[m.claim as number] ? { type: 'reveal', file: m.file as number, claim: m.claim as number } : undefined;
}
