// Texts shown to the writer: hovers, summaries, the status bar; no `vscode` import here.
import type { Finding } from '../core/types';

const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');

/** Shortens text for display, keeping it on one line. */
export function clip(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The hover of a finding (Markdown): what was found, why it matters, what to do, and the docs link. */
export function hoverMarkdown(finding: Finding): string {
  const lines = [
    `**Citation Needed** · \`${finding.ruleId}\``,
    '',
    finding.message.includes(clip(finding.text))
      ? `**Found:** ${escapeMarkdown(finding.message)}`
      : `**Found:** “${escapeMarkdown(clip(finding.text))}” — ${escapeMarkdown(finding.message)}`,
  ];
  if (finding.note) lines.push('', `**Why:** ${finding.note}`);
  const fixes = finding.fixes.map((f) => f.title);
  lines.push('', fixes.length
    ? `**What to do:** ${fixes.map((t) => escapeMarkdown(t)).join(' · ')} (Quick Fix)`
    : '**What to do:** add a source, or rewrite the sentence so it does not need one.');
  lines.push('', `**Confidence:** ${Math.round(finding.confidence * 100)}% (share of such findings a fact-checker wanted to see)`);
  lines.push('', `[Learn more about ${finding.ruleId}](${finding.url})`);
  return lines.join('\n');
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Counts of findings per rule id, most frequent first. */
export function countByRule(findings: readonly Finding[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** A one-line summary, e.g. "3 findings in draft.md: 2 unsourced-claim, 1 hedge". */
export function summaryLine(findings: readonly Finding[], where: string): string {
  if (findings.length === 0) return `No findings in ${where}.`;
  const parts = countByRule(findings).map(([id, n]) => `${n} ${id}`);
  return `${plural(findings.length, 'finding')} in ${where}: ${parts.join(', ')}.`;
}

/** The counts a workspace summary reports. */
export interface WorkspaceCounts {
  findings: number;
  filesWithFindings: number;
  /** Markdown files found. */
  files: number;
  /** Files finished (checked, skipped or failed); fewer than `files` when cancelled. */
  checked: number;
  skipped: number;
  cancelled: boolean;
}

/** The workspace summary, e.g. "5 findings in 2 of 7 files (1 skipped)"; a cancelled check says how far it got. */
export function workspaceSummaryLine({ findings, filesWithFindings, files, checked, skipped, cancelled }: WorkspaceCounts): string {
  const tail = skipped ? ` (${skipped} skipped)` : '';
  if (cancelled) return `Check cancelled after ${checked} of ${plural(files, 'Markdown file')}: ${plural(findings, 'finding')} in ${plural(filesWithFindings, 'file')}${tail}.`;
  return `${plural(findings, 'finding')} in ${filesWithFindings} of ${plural(files, 'Markdown file')}${tail}.`;
}

/** Status bar text and tooltip for the active document's findings. */
export function statusBarText(findings: readonly Finding[]): { text: string; tooltip: string } {
  const unsourced = findings.filter((f) => f.ruleId === 'unsourced-claim').length;
  const breakdown = countByRule(findings).map(([id, n]) => `${n} ${id}`).join(', ');
  return {
    text: `$(quote) ${findings.length}`,
    tooltip: findings.length
      ? `Citation Needed: ${plural(findings.length, 'finding')} (${plural(unsourced, 'unsourced claim')}): ${breakdown}. Click to check attributions.`
      : 'Citation Needed: no findings. Click to check attributions.',
  };
}
