/** The programmatic API of Citation Needed (dist/api.js). */
export { lint, createDocument, ruleCatalogue as rules, inventory, checkDocument, type IncrementalDocument, type LintOptions, type Finding, type Fix, type Edit, type Severity } from './engine';
export { resolveConfig, defaultConfig, SEVERITIES, CITATION_STYLES, SENSITIVITIES, type Config } from './core/config';
export { ConfigError } from './core/lint';
export { applyFixes } from './core/apply-fixes';
export { CLAIM_STATUSES, type Inventory, type Claim, type ClaimStatus, type CheckedDocument } from './core/inventory';
export { buildFileReport, buildReportModel, type ReportModel, type FileReport, type ClaimRow } from './core/report-model';
export { renderReportMarkdown } from './core/report-markdown';
export type { DirectiveProblem } from './core/directives';
