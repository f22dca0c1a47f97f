import { CLAIM_STATUSES, type ClaimStatus, type Inventory } from './inventory';
import { locateSpan, locator } from './location';
import type { Finding } from './types';

/** How each status reads in a report. */
export const STATUS_LABELS: Record<ClaimStatus, string> = {
  cited: 'cited',
  'attributed-unlinked': 'attributed, unlinked',
  hedged: 'hedged',
  unsourced: 'unsourced',
};

/** Longest claim excerpt shown in a report row (characters). */
export const EXCERPT_LENGTH = 160;

/** One claim as a report row: 1-based line and column, status, rules, and a one-line excerpt. */
export interface ClaimRow {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  status: ClaimStatus;
  ruleIds: string[];
  excerpt: string;
}

/** Number of findings of one rule. */
export interface RuleCount {
  ruleId: string;
  count: number;
}

/** The figures a report shows for a file or for all files together. */
export interface ReportFigures {
  claimCount: number;
  statusCounts: Record<ClaimStatus, number>;
  /** Cited claims / all claims; null when there is no claim. */
  sourcedRatio: number | null;
  findingCount: number;
  /** Findings per rule, most frequent first (ties by id); only rules with findings. */
  ruleCounts: RuleCount[];
}

/** The report of one file: its figures and claim rows in source order. */
export interface FileReport extends ReportFigures {
  /** The file as shown to the user (a relative path or a URI). */
  file: string;
  claims: ClaimRow[];
}

/** What a report (webview, Markdown) is rendered from: files sorted by unsourced claims, and totals. */
export interface ReportModel {
  files: FileReport[];
  totals: ReportFigures;
  /** Rule ids that occur in any claim row, sorted: the choices of the rule filter. */
  claimRules: string[];
}

/** Collapses whitespace and cuts a claim's source text to one readable line. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function sumRuleCounts(items: readonly RuleCount[]): RuleCount[] {
  const counts = new Map<string, number>();
  for (const r of items) counts.set(r.ruleId, (counts.get(r.ruleId) ?? 0) + r.count);
  return [...counts].map(([ruleId, count]) => ({ ruleId, count })).sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
}

function emptyStatusCounts(): Record<ClaimStatus, number> {
  return { cited: 0, 'attributed-unlinked': 0, hedged: 0, unsourced: 0 };
}

/** Builds one file's report from its text, findings and inventory (lines and columns as `locator` counts them). */
export function buildFileReport(file: string, text: string, findings: readonly Finding[], inventory: Inventory): FileReport {
  const at = locator(text);
  const claims = inventory.claims.map((claim): ClaimRow => {
    return {
      ...locateSpan(at, claim.offset, claim.endOffset),
      offset: claim.offset,
      endOffset: claim.endOffset,
      status: claim.status,
      ruleIds: claim.ruleIds,
      excerpt: excerpt(claim.text),
    };
  });
  return {
    file,
    claims,
    claimCount: claims.length,
    statusCounts: { ...inventory.counts },
    sourcedRatio: inventory.sourcedRatio,
    findingCount: findings.length,
    ruleCounts: sumRuleCounts(findings.map((f) => ({ ruleId: f.ruleId, count: 1 }))),
  };
}

/** Combines file reports: files with the most unsourced claims first (then by name), with totals. */
export function buildReportModel(files: readonly FileReport[]): ReportModel {
  const sorted = [...files].sort((a, b) => b.statusCounts.unsourced - a.statusCounts.unsourced || a.file.localeCompare(b.file));
  const statusCounts = emptyStatusCounts();
  let claimCount = 0;
  let findingCount = 0;
  for (const f of sorted) {
    claimCount += f.claimCount;
    findingCount += f.findingCount;
    for (const s of CLAIM_STATUSES) statusCounts[s] += f.statusCounts[s];
  }
  const claimRules = [...new Set(sorted.flatMap((f) => f.claims.flatMap((c) => c.ruleIds)))].sort();
  return {
    files: sorted,
    totals: {
      claimCount,
      statusCounts,
      sourcedRatio: claimCount ? statusCounts.cited / claimCount : null,
      findingCount,
      ruleCounts: sumRuleCounts(sorted.flatMap((f) => f.ruleCounts)),
    },
    claimRules,
  };
}

/** A ratio as a whole percentage ("38%"), or "n/a" when there is no claim. */
export function formatRatio(ratio: number | null): string {
  return ratio === null ? 'n/a' : `${Math.round(ratio * 100)}%`;
}
