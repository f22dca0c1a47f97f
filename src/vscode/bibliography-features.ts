import * as vscode from 'vscode';
import type { Edit } from '../core/types';
import type { BibliographyStore } from './bibliography-store';
import { citeWithKey, entryMarkdown, entryPick, keyAt, keyCompletionAt, keyCompletions, pandocCiteSite } from './citation-keys';
import { COMMANDS, SOURCE } from './constants';
import type { FindingStore } from './diagnostics';
import { toRange } from './diagnostics';
import { toEditData } from './mapping';

/** Completion of Pandoc keys after `[@` and `; @` inside brackets: key, year, authors and title from the bibliography. */
export class CitationKeyCompletions implements vscode.CompletionItemProvider {
  constructor(private readonly bibliographies: BibliographyStore) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    const line = document.lineAt(position.line).text;
    const at = keyCompletionAt(line, position.character);
    if (!at) return undefined;
    const bibliography = await this.bibliographies.forDocument(document);
    if (!bibliography?.entries.size) return undefined;
    let end = position.character;
    while (end < line.length && /[\p{L}\p{N}_:.#$%&+?<>~/-]/u.test(line[end])) end++;
    const inserting = new vscode.Range(position.line, at.start, position.line, position.character);
    const replacing = new vscode.Range(position.line, at.start, position.line, end);
    return keyCompletions(bibliography.entries.values()).map((data) => {
      const item = new vscode.CompletionItem({ label: data.key, detail: data.labelDetail, description: data.labelDescription }, vscode.CompletionItemKind.Reference);
      item.detail = data.detail;
      item.documentation = new vscode.MarkdownString(data.documentation);
      item.filterText = data.filterText;
      item.insertText = data.key;
      item.range = { inserting, replacing };
      return item;
    });
  }
}

/** Hover on a Pandoc key (`[@key]`, `@key`): the bibliography entry, or nothing for a key it lacks. */
export class CitationKeyHovers implements vscode.HoverProvider {
  constructor(private readonly bibliographies: BibliographyStore) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const hit = keyAt(document.lineAt(position.line).text, position.character);
    if (!hit) return undefined;
    const entry = (await this.bibliographies.forDocument(document))?.entries.get(hit.key);
    if (!entry) return undefined;
    return new vscode.Hover(new vscode.MarkdownString(entryMarkdown(entry)), new vscode.Range(position.line, hit.start, position.line, hit.end));
  }
}

/** The quick fix "Cite from bibliography" on findings that need a citation, when the document has a bibliography. */
export class CiteFromBibliographyActions implements vscode.CodeActionProvider {
  constructor(private readonly store: FindingStore, private readonly bibliographies: BibliographyStore) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (context.only && !vscode.CodeActionKind.QuickFix.contains(context.only) && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    if (!this.store.isCurrent(document)) return [];
    const sites = context.diagnostics.flatMap((diagnostic) => {
      const finding = diagnostic.source === SOURCE ? this.store.findingOf(document.uri, diagnostic) : undefined;
      const site = finding && pandocCiteSite(finding);
      return site ? [{ diagnostic, site }] : [];
    });
    if (sites.length === 0) return [];
    if (!(await this.bibliographies.forDocument(document))?.entries.size) return [];
    return sites.map(({ diagnostic, site }) => {
      const action = new vscode.CodeAction('Cite from bibliography…', vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.command = { title: action.title, command: COMMANDS.citeFromBibliography, arguments: [document.uri, document.version, site] };
      return action;
    });
  }
}

/**
 * "Cite from bibliography": a quick pick of the document's bibliography entries; the chosen key is
 * inserted as `[@key]` at `site` (the finding's Pandoc citation site). Returns the key, or undefined
 * when nothing was inserted (dismissed, no bibliography, or the document changed meanwhile).
 */
export async function citeFromBibliography(bibliographies: BibliographyStore, uri: vscode.Uri, version: number, site: Edit): Promise<string | undefined> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!document) return undefined;
  const entries = [...((await bibliographies.forDocument(document))?.entries.values() ?? [])];
  if (entries.length === 0) {
    void vscode.window.showInformationMessage('Citation Needed: this document has no bibliography (set citationNeeded.bibliography or `bibliography:` in the front matter).');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(entries.sort((a, b) => a.key.localeCompare(b.key)).map(entryPick), {
    title: 'Cite from bibliography', placeHolder: 'Type a key, an author, a year or words of the title', matchOnDescription: true, matchOnDetail: true,
  });
  if (!picked) return undefined;
  if (document.isClosed || document.version !== version) {
    void vscode.window.showWarningMessage('Citation Needed: the document changed; run the quick fix again.');
    return undefined;
  }
  const data = toEditData(citeWithKey(site, picked.key), (offset) => document.positionAt(offset));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, toRange(data.range), data.newText);
  return (await vscode.workspace.applyEdit(edit)) ? picked.key : undefined;
}
