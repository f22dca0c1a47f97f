import { CLAIM_STATUSES } from './inventory';
import { STATUS_LABELS, formatRatio, type FileReport, type ReportFigures, type ReportModel } from './report-model';

/** Escapes text for a Markdown table cell: pipes, markup characters and line ends. */
export function escapeCell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\|[\]*_`<>#~]/g, '\\$&');
}

function sourcedLine(figures: ReportFigures): string {
  const cited = figures.statusCounts.cited;
  return `Sourced claims: **${formatRatio(figures.sourcedRatio)}** (${cited} of ${figures.claimCount} check-worthy sentences cited)`;
}

function statusTable(figures: ReportFigures): string[] {
  return ['| Status | Claims |', '| --- | ---: |', ...CLAIM_STATUSES.map((s) => `| ${STATUS_LABELS[s]} | ${figures.statusCounts[s]} |`)];
}

function ruleTable(figures: ReportFigures): string[] {
  if (figures.ruleCounts.length === 0) return ['No findings.'];
  return ['| Rule | Findings |', '| --- | ---: |', ...figures.ruleCounts.map((r) => `| \`${r.ruleId}\` | ${r.count} |`)];
}

function claimTable(file: FileReport): string[] {
  if (file.claims.length === 0) return ['No check-worthy sentences.'];
  return [
    '| Line | Status | Rules | Claim |',
    '| ---: | --- | --- | --- |',
    ...file.claims.map((c) => `| ${c.line} | ${STATUS_LABELS[c.status]} | ${c.ruleIds.map((id) => `\`${id}\``).join(', ') || '–'} | ${escapeCell(c.excerpt)} |`),
  ];
}

/** Renders the report as Markdown: totals, counts per status and rule, then one section per file. */
export function renderReportMarkdown(model: ReportModel, title = 'Citation Needed report'): string {
  const { totals } = model;
  const lines = [
    `# ${title}`,
    '',
    `${sourcedLine(totals)} across ${model.files.length} file${model.files.length === 1 ? '' : 's'}; ${totals.findingCount} finding${totals.findingCount === 1 ? '' : 's'}.`,
    '',
    ...statusTable(totals),
    '',
    '## Findings per rule',
    '',
    ...ruleTable(totals),
  ];
  for (const file of model.files) {
    lines.push('', `## ${escapeCell(file.file)}`, '', `${sourcedLine(file)}; ${file.statusCounts.unsourced} unsourced.`, '', ...claimTable(file));
  }
  return lines.join('\n') + '\n';
}
