import { formatJsonProblem, parseJsonText } from './json-text';
import type * as BibtexParser from './bibtex-parser';
import { editDistance } from './edit-distance';

let bibtexParser: typeof BibtexParser | undefined;
const parseBibtexLibrary: typeof BibtexParser.parse = (input, options) => {
  // Loaded on first use (see bibtex-parser.ts); esbuild bundles the module and runs it lazily.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  bibtexParser ??= require('./bibtex-parser') as typeof BibtexParser;
  return bibtexParser.parse(input, options);
};

/** One bibliography entry, reduced to what hovers, completion and key checks show. */
export interface BibEntry {
  key: string;
  /** Entry type: BibTeX `article`, CSL `article-journal`, ... */
  type: string;
  title?: string;
  /** Authors or editors, as "Last, Last and Last". */
  author?: string;
  year?: string;
  doi?: string;
  url?: string;
  /** The file the entry comes from. */
  file: string;
}

/** A problem reading a bibliography file (syntax error, wrong shape). */
export interface BibProblem {
  file: string;
  message: string;
}

/** Parsed bibliography: every key (as written), the entries, and what could not be read. */
export interface Bibliography {
  keys: ReadonlySet<string>;
  entries: ReadonlyMap<string, BibEntry>;
  problems: readonly BibProblem[];
}

/** The bibliography file formats understood: BibTeX/BibLaTeX and CSL-JSON. */
export type BibFormat = 'bibtex' | 'csl-json';

/** The format of a bibliography file from its name: `.json` is CSL-JSON, anything else BibTeX. */
export function bibFormat(fileName: string): BibFormat {
  return /\.json$/i.test(fileName) ? 'csl-json' : 'bibtex';
}

interface Creator {
  lastName?: string;
  firstName?: string;
  name?: string;
}

function creators(value: unknown): string | undefined {
  if (!Array.isArray(value)) return typeof value === 'string' ? value : undefined;
  const names = (value as Creator[]).map((c) => c.lastName ?? c.name ?? c.firstName ?? '').filter(Boolean);
  return names.length ? names.join(' and ') : undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Parses BibTeX or BibLaTeX text; entries that fail to parse become problems, the rest are kept. */
export function parseBibtex(source: string, file: string): { entries: BibEntry[]; problems: BibProblem[] } {
  const library = parseBibtexLibrary(source, { sentenceCase: false, unsupported: 'ignore' });
  const entries: BibEntry[] = library.entries.filter((e) => e.key).map((e) => {
    const f = e.fields as Record<string, unknown>;
    const date = text(f.date)?.slice(0, 4);
    return {
      key: e.key,
      type: e.type,
      title: text(f.title),
      author: creators(f.author) ?? creators(f.editor),
      year: text(f.year) ?? date,
      doi: text(f.doi),
      url: text(f.url),
      file,
    };
  });
  const problems = library.errors.map((e) => ({ file, message: e.error }));
  return { entries, problems };
}

interface CslItem {
  id?: unknown;
  type?: unknown;
  title?: unknown;
  author?: Array<{ family?: string; given?: string; literal?: string }>;
  issued?: { 'date-parts'?: unknown[][]; raw?: string; literal?: string };
  DOI?: unknown;
  URL?: unknown;
}

/** Parses CSL-JSON text (an array of items, each with an `id`; a byte-order mark is allowed). */
export function parseCslJson(source: string, file: string): { entries: BibEntry[]; problems: BibProblem[] } {
  let items: unknown;
  try {
    items = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch {
    // Only a broken file pays for the slower reading that finds the line and column.
    const parsed = parseJsonText(source);
    if ('error' in parsed) return { entries: [], problems: [{ file, message: `not valid JSON at ${formatJsonProblem(parsed.error)}` }] };
    items = parsed.value;
  }
  if (!Array.isArray(items)) return { entries: [], problems: [{ file, message: 'expected a CSL-JSON array of items' }] };
  const entries: BibEntry[] = [];
  const problems: BibProblem[] = [];
  items.forEach((raw: CslItem, i) => {
    const key = typeof raw?.id === 'string' || typeof raw?.id === 'number' ? String(raw.id) : '';
    if (!key) return void problems.push({ file, message: `item ${i} has no "id"` });
    const year = raw.issued?.['date-parts']?.[0]?.[0] ?? /\d{4}/.exec(raw.issued?.raw ?? raw.issued?.literal ?? '')?.[0];
    const names = Array.isArray(raw.author) ? raw.author.map((a) => a.family ?? a.literal ?? a.given ?? '').filter(Boolean) : [];
    entries.push({
      key,
      type: text(raw.type) ?? 'document',
      title: text(raw.title),
      author: names.length ? names.join(' and ') : undefined,
      year: year === undefined ? undefined : String(year),
      doi: text(raw.DOI),
      url: text(raw.URL),
      file,
    });
  });
  return { entries, problems };
}

/** Parses bibliography files already read by the host, merged into one; the first entry of a key wins. */
export function parseBibliography(files: ReadonlyArray<{ file: string; text: string }>): Bibliography {
  const entries = new Map<string, BibEntry>();
  const problems: BibProblem[] = [];
  for (const { file, text: source } of files) {
    const parsed = bibFormat(file) === 'csl-json' ? parseCslJson(source, file) : parseBibtexSafely(source, file);
    for (const entry of parsed.entries) if (!entries.has(entry.key)) entries.set(entry.key, entry);
    problems.push(...parsed.problems);
  }
  return { keys: new Set(entries.keys()), entries, problems };
}

function parseBibtexSafely(source: string, file: string): { entries: BibEntry[]; problems: BibProblem[] } {
  try {
    return parseBibtex(source, file);
  } catch (error) {
    return { entries: [], problems: [{ file, message: (error as Error).message }] };
  }
}

/**
 * Bibliography paths named by the front matter's `bibliography:` (a scalar or a YAML list),
 * as written (relative to the document). Pandoc's convention.
 */
export function frontMatterBibliography(source: string): string[] {
  const fm = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(source);
  if (!fm) return [];
  const m = /^bibliography:[ \t]*(.*)$((?:\r?\n[ \t]+-.*$)*)/m.exec(fm[1]);
  if (!m) return [];
  const unquote = (s: string) => s.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  const inline = m[1].trim();
  if (inline.startsWith('[')) return inline.slice(1, inline.lastIndexOf(']')).split(',').map(unquote).filter(Boolean);
  if (inline) return [unquote(inline)];
  return m[2].split(/\r?\n/).map((line) => line.replace(/^[ \t]+-/, '')).map(unquote).filter(Boolean);
}

export { editDistance };

/** Up to `count` keys nearest to `key` by edit distance (at most a third of its length, minimum 2). */
export function nearestKeys(key: string, keys: Iterable<string>, count = 3): string[] {
  const cap = Math.max(2, Math.floor(key.length / 3));
  const scored: Array<[string, number]> = [];
  for (const candidate of keys) {
    const d = editDistance(key, candidate, cap);
    if (d <= cap) scored.push([candidate, d]);
  }
  return scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0])).slice(0, count).map(([k]) => k);
}
