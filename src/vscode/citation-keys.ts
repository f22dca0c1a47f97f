// Pandoc keys in the editor: where a key is being typed or hovered, and what completion, hover and
// the "Cite from bibliography" quick pick show for a bibliography entry. No `vscode` import here.
import type { BibEntry } from '../core/bibliography';
import { PLACEHOLDERS } from '../core/cite-fixes';
import type { Edit, Finding } from '../core/types';

const KEY_CHAR = /[\p{L}\p{N}_:.#$%&+?<>~/-]/u;
// A Pandoc key with its `@` (and the author-suppressing `-`), not inside a word or an e-mail address.
const KEY = /(?<![\p{L}\p{N}_.])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu;

/** True when a `[` before `column` on the line is still open there. */
function insideBrackets(line: string, column: number): boolean {
  return line.lastIndexOf('[', column - 1) > line.lastIndexOf(']', column - 1);
}

/**
 * Where a citation key is being typed at `column` of `line`: right after `[@`, `[-@`, `; @` or
 * `[see @` inside brackets. Returns the column of the key's first character and what is typed so
 * far, or undefined when the cursor is not in such a key (e-mail addresses, `@` in plain prose).
 */
export function keyCompletionAt(line: string, column: number): { start: number; prefix: string } | undefined {
  let start = column;
  while (start > 0 && KEY_CHAR.test(line[start - 1])) start--;
  if (line[start - 1] !== '@') return undefined;
  let at = start - 1;
  if (line[at - 1] === '-') at--;
  const before = line[at - 1];
  if (before === '[') return { start, prefix: line.slice(start, column) };
  if ((before === ';' || (before !== undefined && /\s/.test(before))) && insideBrackets(line, at)) return { start, prefix: line.slice(start, column) };
  return undefined;
}

/** The Pandoc key (`@key`, `-@key`) under `column` of `line`: the key and the columns of `@`…end. */
export function keyAt(line: string, column: number): { key: string; start: number; end: number } | undefined {
  KEY.lastIndex = 0;
  for (let m = KEY.exec(line); m; m = KEY.exec(line)) {
    const key = m[1].replace(/[.:]+$/, ''); // a sentence's full stop is not part of the key
    const end = m.index + m[0].length - m[1].length + key.length;
    if (column >= m.index && column <= end) return { key, start: m.index, end };
    if (m.index > column) break;
  }
  return undefined;
}

const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
const flat = (text: string) => text.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();

/** "Smith and Jones, 2021", or whichever of the two is known. */
export function byline(entry: BibEntry): string {
  return [entry.author && flat(entry.author), entry.year].filter(Boolean).join(', ');
}

/** The link of a DOI (with or without its `https://doi.org/` prefix). */
export function doiUrl(doi: string): string {
  const bare = doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '');
  return `https://doi.org/${bare.split('/').map(encodeURIComponent).join('/')}`;
}

/** The hover of a bibliography entry (Markdown): key and type, author, year, title, DOI and URL, the file. */
export function entryMarkdown(entry: BibEntry): string {
  const lines = [`**@${escapeMarkdown(entry.key)}** · ${escapeMarkdown(entry.type)}`, ''];
  const who = [entry.author && escapeMarkdown(flat(entry.author)), entry.year && `(${escapeMarkdown(entry.year)})`].filter(Boolean).join(' ');
  const title = entry.title ? `*${escapeMarkdown(flat(entry.title))}*` : '';
  if (who || title) lines.push([who, title].filter(Boolean).join('. '), '');
  if (entry.doi) lines.push(`DOI: [${escapeMarkdown(entry.doi)}](${doiUrl(entry.doi)})`, '');
  if (entry.url && /^https?:\/\//i.test(entry.url)) lines.push(`URL: [${escapeMarkdown(entry.url)}](${encodeURI(entry.url)})`, '');
  lines.push(`From \`${entry.file.replace(/`/g, "'")}\``);
  return lines.join('\n');
}

/** What a completion item shows for an entry: the key, its year, the byline and title. */
export interface KeyCompletion {
  key: string;
  /** Shown right after the key (the year). */
  labelDetail: string;
  /** Shown at the right of the list (the authors). */
  labelDescription: string;
  /** The title, in the details pane. */
  detail: string;
  /** Matched against what is typed: key, authors, year and title. */
  filterText: string;
  /** The hover text of the entry. */
  documentation: string;
}

/** The completion item data of a bibliography entry. */
export function keyCompletion(entry: BibEntry): KeyCompletion {
  return {
    key: entry.key,
    labelDetail: entry.year ? ` ${entry.year}` : '',
    labelDescription: entry.author ? flat(entry.author) : '',
    detail: entry.title ? flat(entry.title) : '',
    filterText: [entry.key, entry.author && flat(entry.author), entry.year, entry.title && flat(entry.title)].filter(Boolean).join(' '),
    documentation: entryMarkdown(entry),
  };
}

/** The completion data of every entry, sorted by key. */
export function keyCompletions(entries: Iterable<BibEntry>): KeyCompletion[] {
  return [...entries].sort((a, b) => a.key.localeCompare(b.key)).map(keyCompletion);
}

/** A quick pick row for an entry: the key, the byline, the title. */
export function entryPick(entry: BibEntry): { label: string; description: string; detail: string; key: string } {
  return { label: entry.key, description: byline(entry), detail: entry.title ? flat(entry.title) : '', key: entry.key };
}

const KEY_PLACEHOLDER = `[@${PLACEHOLDERS.key}]`;

/**
 * Where a finding's Pandoc citation fix ("Add a Pandoc citation [@key]") inserts `[@key]`: its edit,
 * or undefined when the finding has no such fix (only findings that need a citation have one).
 */
export function pandocCiteSite(finding: Finding): Edit | undefined {
  for (const fix of finding.fixes) {
    const edit = fix.edits.find((e) => e.newText.includes(KEY_PLACEHOLDER));
    if (edit) return { offset: edit.offset, endOffset: edit.endOffset, newText: edit.newText };
  }
  return undefined;
}

/** The site's edit with the placeholder key replaced by `key`. */
export function citeWithKey(site: Edit, key: string): Edit {
  return { ...site, newText: site.newText.replace(KEY_PLACEHOLDER, `[@${key}]`) };
}
