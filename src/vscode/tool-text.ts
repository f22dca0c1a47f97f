// The text the language-model tool returns for a document's findings; no `vscode` import here.
import type { Finding } from '../core/types';
import type { Locate } from './mapping';
import { summaryLine } from './messages';

/** The name of the language-model tool, as declared in package.json `languageModelTools`. */
export const CHECK_TOOL = 'citationNeeded_checkDocument';

/** The tool's input: a file (workspace-relative or absolute); none means the active editor's document. */
export interface CheckToolInput {
  path?: string;
}

/**
 * Findings as the model reads them: a summary line, then one line per finding with its 1-based
 * line and column, severity, rule id and message, and the titles of its fixes.
 */
export function findingsText(findings: readonly Finding[], locate: Locate, where: string): string {
  const lines = [summaryLine(findings, where)];
  for (const f of findings) {
    const at = locate(f.offset);
    const fixes = f.fixes.length ? ` Fixes: ${f.fixes.map((x) => x.title).join('; ')}.` : '';
    lines.push(`- ${at.line + 1}:${at.character + 1} ${f.severity} ${f.ruleId}: ${f.message} (“${f.text}”).${fixes}`);
  }
  return lines.join('\n');
}
