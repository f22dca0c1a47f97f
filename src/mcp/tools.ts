// What the MCP tools do, as plain functions over the engine (no SDK here): check a text, check files
// under the server's folder, apply the safe fixes, explain a rule. A refused input throws ToolError.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { applyFixes, lint, rules } from '../api';
import { selectFixEdits } from '../core/apply-fixes';
import { formatProblem, resolveConfig } from '../core/config';
import type { Finding, Fix } from '../core/types';
import { ruleIds } from '../engine';
import { bibliographyFiles, BibliographyLoader } from '../cli/bibliography';
import { checkFiles, defaultWorkers } from '../cli/check-files';
import { collectFiles } from '../cli/files';
import { findConfigFile, loadConfigFile } from '../cli/config-file';
import { locateFindings } from '../cli/format';
import type { LocatedFinding } from '../cli/types';
import { countByRule } from '../vscode/messages';
import { resolveDocumentSettings } from '../lsp/settings';

/** A refused input: the message is what the agent reads, naming the argument. */
export class ToolError extends Error {}

/** Options shared by the text tools. */
export interface TextOptions {
  /** Where the text would live, relative to the server's folder: finds its configuration and bibliography. */
  filename?: string;
  /** Configuration keys on top of the nearest `.citation-needed.json` (same keys). */
  config?: Record<string, unknown>;
  /** "Today" for the time-aware rules, YYYY-MM-DD. */
  referenceDate?: string;
}

/** A finding as the tools return it: 1-based lines and columns, fixes with their edits (UTF-16 offsets). */
export interface ToolFinding {
  ruleId: string;
  severity: string;
  message: string;
  note?: string;
  url: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  /** Calibrated share of such findings a fact-checker wants (0-1). */
  confidence: number;
  fixes: Array<{ title: string; safe: boolean; edits: Array<{ offset: number; endOffset: number; newText: string }> }>;
}

const bibliographies = new BibliographyLoader();

function toToolFinding(f: LocatedFinding): ToolFinding {
  return {
    ruleId: f.ruleId, severity: f.severity, message: f.message, ...(f.note ? { note: f.note } : {}), url: f.url,
    line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, text: f.text, confidence: f.confidence,
    fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe === true, edits: x.edits.map((e) => ({ offset: e.offset, endOffset: e.endOffset, newText: e.newText })) })),
  };
}

/** A path inside the folder (or the folder itself), resolved through symbolic links where it exists; throws ToolError outside it. */
export function insideRoot(root: string, path: string, argument: string): string {
  const absolute = resolve(root, path);
  const real = existsSync(absolute) ? realpathSync(absolute) : absolute;
  const rel = relative(realpathSync(root), real);
  if (rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))) return absolute;
  throw new ToolError(`${argument}: "${path}" is outside the server's folder ${root}; only files under it can be checked`);
}

/** Findings of a text with the configuration its filename (or the server's folder) finds, and the given overrides. */
function findingsOf(root: string, text: string, options: TextOptions): Finding[] {
  const path = options.filename === undefined ? undefined : insideRoot(root, options.filename, 'filename');
  const overrides = { ...options.config, ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}) };
  const settings = resolveDocumentSettings({ path, folder: root }, overrides);
  if (settings.problems.length) throw new ToolError(`invalid configuration: ${settings.problems.join('; ')}`);
  const bytes = Buffer.byteLength(text);
  if (bytes > settings.config.maxFileSize) throw new ToolError(`text: ${bytes} bytes is more than maxFileSize (${settings.config.maxFileSize} bytes)`);
  const files = bibliographyFiles(path ?? resolve(root, 'document.md'), text, settings.config.bibliography, settings.bibliographyBase);
  const bibliography = bibliographies.load(files);
  if (bibliography?.problems.length) throw new ToolError(`bibliography: ${bibliography.problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
  return lint(text, { config: settings.config, bibliography });
}

/** Counts per rule, most frequent first: "2 unsourced-claim, 1 hedge" (countByRule reads only the rule ids). */
const byRule = (items: readonly { ruleId: string }[]) => countByRule(items as readonly Finding[]).map(([id, n]) => `${n} ${id}`).join(', ');

/** A one-line summary: "3 findings: 2 unsourced-claim, 1 hedge". */
export function summarize(findings: readonly { ruleId: string }[], where = ''): string {
  if (findings.length === 0) return `No findings${where}.`;
  return `${findings.length} finding${findings.length === 1 ? '' : 's'}${where}: ${byRule(findings)}.`;
}

/** check_markdown: the findings of a text. */
export function checkMarkdown(root: string, text: string, options: TextOptions = {}): { findings: ToolFinding[]; summary: string } {
  const findings = locateFindings(text, findingsOf(root, text, options)).map(toToolFinding);
  return { findings, summary: summarize(findings) };
}

/** One change fix_markdown made: the rule, the fix's title, where (1-based, in the text given) and the edits. */
export interface ToolChange {
  ruleId: string;
  title: string;
  line: number;
  column: number;
  edits: Array<{ removed: string; inserted: string }>;
}

/** fix_markdown: the text with every safe fix applied (as `check --fix` does), and what changed. */
export function fixMarkdown(root: string, text: string, options: TextOptions = {}): { text: string; applied: number; changes: ToolChange[]; summary: string } {
  const located = locateFindings(text, findingsOf(root, text, options));
  const safe: Array<{ finding: LocatedFinding; fix: Fix }> = located.flatMap((finding) => finding.fixes.filter((fix) => fix.safe).map((fix) => ({ finding, fix })));
  const result = applyFixes(text, safe.map((s) => s.fix));
  const taken = new Set(selectFixEdits(safe.map((s) => s.fix)).edits);
  const changes = safe.filter((s) => s.fix.edits.length > 0 && s.fix.edits.every((e) => taken.has(e))).map(({ finding, fix }) => ({
    ruleId: finding.ruleId, title: fix.title, line: finding.line, column: finding.column,
    edits: fix.edits.map((e) => ({ removed: text.slice(e.offset, e.endOffset), inserted: e.newText })),
  }));
  const summary = result.applied ? `Applied ${result.applied} safe fix${result.applied === 1 ? '' : 'es'}: ${byRule(changes)}.` : 'No safe fixes to apply.';
  return { text: result.text, applied: result.applied, changes, summary };
}

/** check_files: files under the server's folder, found and configured as the CLI finds and configures them. */
export async function checkFilesTool(root: string, paths: readonly string[], referenceDate?: string): Promise<{ files: Array<{ file: string; error?: string; findings: ToolFinding[] }>; summary: string }> {
  for (const path of paths) insideRoot(root, globBase(path), 'paths');
  const configFile = findConfigFile(root);
  const loaded = configFile ? loadConfigFile(configFile) : undefined;
  if (loaded?.problems.length) throw new ToolError(`invalid configuration: ${loaded.problems.map(formatProblem).join('; ')}`);
  const base = loaded?.config ?? resolveConfig(undefined, '', ruleIds).config;
  const configDir = configFile ? dirname(configFile) : root;
  const collected = collectFiles(paths.length ? paths : ['.'], base, root, configDir);
  if (collected.missing.length) throw new ToolError(`paths: no such file, folder or matching files: ${collected.missing.join(', ')}`);
  for (const file of collected.files) insideRoot(root, file, 'paths');
  const files = collected.files;
  const out: Array<{ file: string; error?: string; findings: ToolFinding[] }> = [];
  for await (const r of checkFiles(files, { config: base, referenceDate, configDir }, { workers: Math.min(defaultWorkers(), 4) })) {
    out.push({ file: relative(root, r.file), ...(r.error ? { error: r.error } : {}), findings: (r.findings as LocatedFinding[]).map(toToolFinding) });
  }
  const all = out.flatMap((f) => f.findings);
  const withFindings = out.filter((f) => f.findings.length).length;
  return { files: out, summary: summarize(all, ` in ${withFindings} of ${out.length} file${out.length === 1 ? '' : 's'}`) };
}

/** The literal folder a path or glob starts from (the part before its first glob character). */
function globBase(path: string): string {
  const parts = path.split(/[\\/]/);
  const literal: string[] = [];
  for (const part of parts) {
    if (/[*?[\]{}()!]/.test(part)) break;
    literal.push(part);
  }
  return literal.join('/') || '.';
}

/** explain_rule: a rule's description, rationale, default severity and docs URL. */
export function explainRule(ruleId: string): { ruleId: string; description: string; rationale: string; defaultSeverity: string; url: string } {
  const rule = rules.find((r) => r.id === ruleId);
  if (!rule) throw new ToolError(`unknown rule "${ruleId}"; valid rule ids: ${ruleIds.join(', ')}`);
  return { ruleId: rule.id, description: rule.description, rationale: rule.rationale, defaultSeverity: rule.defaultSeverity, url: rule.url };
}
