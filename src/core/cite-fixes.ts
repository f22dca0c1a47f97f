import type { CitationStyle } from './config';
import type { CiteSite, Fix } from './types';

/** Document facts that citation fixes need: where the footnote definitions go and the next number. */
export interface CiteTarget {
  textLength: number;
  /** The text ends with a newline already. */
  endsWithNewline: boolean;
  /** The last line is a footnote definition (so no blank line is needed before a new one). */
  endsWithFootnote: boolean;
  nextFootnote: number;
}

/** Placeholder texts that hosts may turn into snippet tab stops. */
export const PLACEHOLDERS = { url: 'https://', key: 'key', footnote: 'TODO: add source' } as const;

const builders: Record<CitationStyle, (site: CiteSite, target: CiteTarget) => Fix> = {
  footnote: (site, target) => {
    const n = target.nextFootnote;
    const lead = target.endsWithNewline ? (target.endsWithFootnote ? '' : '\n') : target.endsWithFootnote ? '\n' : '\n\n';
    return {
      title: `Add footnote [^${n}]`,
      edits: [
        { offset: site.after, endOffset: site.after, newText: `[^${n}]` },
        { offset: target.textLength, endOffset: target.textLength, newText: `${lead}[^${n}]: ${PLACEHOLDERS.footnote}\n` },
      ],
    };
  },
  link: (site) => ({
    title: 'Add a link to the source',
    edits: [{ offset: site.before, endOffset: site.before, newText: ` ([source](${PLACEHOLDERS.url}))` }],
  }),
  pandoc: (site) => ({
    title: 'Add a Pandoc citation [@key]',
    edits: [{ offset: site.before, endOffset: site.before, newText: ` [@${PLACEHOLDERS.key}]` }],
  }),
  marker: (site) => ({
    title: 'Insert [citation needed]',
    edits: [{ offset: site.after, endOffset: site.after, newText: '[citation needed]' }],
  }),
};

/** Citation fixes for a site: the preferred style first (marked preferred), then the others. */
export function citationFixes(site: CiteSite, style: CitationStyle, target: CiteTarget): Fix[] {
  const first = builders[style](site, target);
  first.preferred = true;
  const fixes = [first];
  for (const other of STYLES) if (other !== style) fixes.push(builders[other](site, target));
  return fixes;
}

const STYLES: readonly CitationStyle[] = ['footnote', 'link', 'pandoc', 'marker'];
