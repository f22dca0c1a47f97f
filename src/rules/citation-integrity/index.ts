import type { DocumentContext, Rule } from '../../core/rule';
import type { RuleReport } from '../../core/types';
import { normalizeLabel } from '../../core/definitions';
import { findIdentifierProblems, doiProblem } from '../../core/identifiers';
import { nearestKeys } from '../../core/bibliography';
import data from './phrases.json';
import { quote } from '../shared/text-utils';
import { appendDefinition, definitionRemoval, placeholderFor, pandocKeys, referenceTarget, segmentMatches } from './parts';

const FOOTNOTE_USE = /\[\^([^\]\s]{1,100})\](?!:)/g;

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

function orphanFootnotes(context: DocumentContext): RuleReport[] {
  if (!context.definitions.some((d) => d.footnote)) return [];
  const used = new Set<string>();
  const definitionStarts = new Set(context.definitions.map((d) => context.source.indexOf('[', d.offset)));
  FOOTNOTE_USE.lastIndex = 0;
  for (let m = FOOTNOTE_USE.exec(context.source); m; m = FOOTNOTE_USE.exec(context.source)) {
    if (!definitionStarts.has(m.index)) used.add(normalizeLabel(m[1]));
  }
  return context.definitions.filter((d) => d.footnote && !used.has(d.label)).map((d) => ({
    offset: context.source.indexOf('[', d.offset),
    endOffset: d.endOffset,
    message: `Footnote definition [^${d.label}] is never referenced`,
    fixes: [{ title: `Remove the unused definition [^${d.label}]`, edits: [definitionRemoval(context.source, d.offset)], preferred: true }],
  }));
}

function placeholderDefinitions(context: DocumentContext): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const d of context.definitions) {
    const target = d.footnote ? undefined : referenceTarget(d.line);
    const entry = target === undefined ? undefined : placeholderFor(target);
    if (!entry) continue;
    const offset = context.source.indexOf(target!, context.source.indexOf(']:', d.offset) + 2);
    reports.push({ offset, endOffset: offset + target!.length, message: `Placeholder link target ${quote(target!)}: ${entry.note}` });
  }
  return reports;
}

function missingKeys(context: DocumentContext): RuleReport[] {
  const bibliography = context.bibliography;
  // No bibliography, or one that could not be read: nothing to check keys against.
  if (!bibliography || bibliography.keys.size === 0) return [];
  const reports: RuleReport[] = [];
  for (const citation of context.citations) {
    if (citation.kind !== 'pandoc') continue;
    for (const { key, offset } of pandocKeys(context.source, citation.offset, citation.endOffset)) {
      if (bibliography.keys.has(key)) continue;
      const near = nearestKeys(key, bibliography.keys);
      reports.push({
        offset: offset - 1,
        endOffset: offset + key.length,
        message: `Citation key @${key} is not in the bibliography${near.length ? ` (did you mean @${near[0]}?)` : ''}`,
        fixes: near.map((k, i) => ({ title: `Use @${k}`, edits: [{ offset, endOffset: offset + key.length, newText: k }], ...(i === 0 ? { preferred: true } : {}) })),
      });
    }
  }
  return reports;
}

/** Markers and undefined references: their fixes number footnotes and append at the document's end, so they are document-level. */
function segmentProblems(context: DocumentContext): RuleReport[] {
  const reports: RuleReport[] = [];
  const markers = context.phrases(data.entries);
  const target = context.target;
  for (const segment of context.segments) {
    if (!segment.text.includes('[')) continue; // markers and references all start with a bracket
    for (const match of segmentMatches(segment, markers)) {
      const offset = segment.offset + match.index;
      const endOffset = offset + match.length;
      if (match.kind === 'marker') {
        const n = target.nextFootnote;
        const marker = segment.text.slice(match.index, match.index + match.length);
        const before = segment.text.charAt(match.index - 1) === ' ' ? 1 : 0;
        reports.push({
          offset, endOffset,
          message: `Leftover marker ${quote(marker)}: ${match.note}`,
          fixes: [
            { title: `Replace with footnote [^${n}]`, edits: [{ offset, endOffset, newText: `[^${n}]` }, appendDefinition(target, `[^${n}]: TODO: add source`)], preferred: true },
            { title: `Remove ${quote(marker)}`, edits: [{ offset: offset - before, endOffset, newText: '' }] },
          ],
        });
      } else if (match.kind === 'footnote') {
        reports.push({
          offset, endOffset,
          message: `Footnote [^${match.label}] has no definition`,
          fixes: [{ title: `Add a definition for [^${match.label}]`, edits: [appendDefinition(target, `[^${match.label}]: TODO: add source`)], preferred: true }],
        });
      } else {
        reports.push({
          offset, endOffset,
          message: `Reference link ${quote(match.whole)} has no definition for ${quote(match.label)}`,
          fixes: [{ title: `Add a definition for [${match.label}]`, edits: [appendDefinition(target, `[${match.label}]: https://`)], preferred: true }],
        });
      }
    }
  }
  return reports;
}

/** Flags broken citations: undefined and orphan footnotes, undefined references, placeholder links, leftover markers, bad DOIs and ISBNs, unknown keys. */
export const citationIntegrity: Rule = {
  meta: {
    id: 'citation-integrity',
    description: 'Broken citations: undefined or unused footnotes, undefined reference links, empty or placeholder link targets, leftover [citation needed] markers, malformed DOIs and ISBNs, Pandoc keys missing from the bibliography.',
    defaultSeverity: 'warning',
    rationale: 'A citation the reader cannot follow is no citation. Fill in the target, define the footnote, or pick a key from the bibliography.',
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const segment of context.segments) {
      for (const p of findIdentifierProblems(segment.text)) {
        const offset = segment.offset + p.index;
        const name = p.kind === 'doi' ? 'DOI' : 'ISBN';
        reports.push({ offset, endOffset: offset + p.length, message: `${p.kind === 'doi' ? 'Malformed' : 'Invalid'} ${name} ${quote(p.value || '(empty)')}: ${p.message}` });
      }
    }
    for (const c of context.citations) {
      if (c.kind !== 'link' && c.kind !== 'url') continue;
      const url = c.target ?? '';
      const linkText = context.source.slice(c.offset, c.endOffset);
      if (c.kind === 'link' && url === '' && /\]\(\s*(?:<>)?\s*\)$/.test(linkText)) {
        reports.push({ offset: c.offset, endOffset: c.endOffset, message: `Link ${quote(linkText)} has an empty target` });
        continue;
      }
      const entry = placeholderFor(url);
      if (entry) reports.push({ offset: c.offset, endOffset: c.endOffset, message: `Placeholder link target ${quote(url)}: ${entry.note}` });
      const doi = /^https?:\/\/(?:dx\.)?doi\.org\/(.*)$/i.exec(url);
      const problem = doi ? doiProblem(safeDecode(doi[1])) : undefined;
      if (problem) reports.push({ offset: c.offset, endOffset: c.endOffset, message: `Malformed DOI in link ${quote(url)}: ${problem}` });
    }
    return reports;
  },
  checkDocument(context) {
    return [...segmentProblems(context), ...orphanFootnotes(context), ...placeholderDefinitions(context), ...missingKeys(context)];
  },
};
