import * as vscode from 'vscode';
import type { FindingStore } from './diagnostics';
import { hoverMarkdown } from './messages';

/** Hovers over findings: what was found, why a reader would ask, what to do, the docs link. */
export class CitationHovers implements vscode.HoverProvider {
  constructor(private readonly store: FindingStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const entry = this.store.get(document.uri);
    if (!entry) return undefined;
    // Only findings have hovers (directive problems' diagnostics follow the findings' and say all there is).
    const hits = entry.diagnostics.flatMap((d, i) => (i < entry.findings.length && d.range.contains(position) ? [{ d, f: entry.findings[i] }] : []));
    if (hits.length === 0) return undefined;
    const contents = hits.map(({ f }) => new vscode.MarkdownString(hoverMarkdown(f)));
    return new vscode.Hover(contents, hits[0].d.range);
  }
}
