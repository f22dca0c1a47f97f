import { splitBlocks } from './blocks';
import { DefinitionIndex, findDefinitions, normalizeLabel } from './definitions';
import { analyzeBlock, createEngine, frontMatterDate, type LintOptions } from './lint';
import { claimParts } from './claim-match';
import type { HtmlComment } from './prose';
import type { Rule } from './rule';
import type { Sentence } from './types';

function citationOnly(text: string, sentence: Sentence): boolean {
  let rest = text.slice(sentence.offset, sentence.endOffset);
  for (const c of [...sentence.citations].reverse()) {
    const from = c.offset - sentence.offset;
    if (from >= 0) rest = rest.slice(0, from) + rest.slice(c.endOffset - sentence.offset);
  }
  return !/[\p{L}\p{N}]/u.test(rest);
}

/** A cited http(s) URL and the sentence it supports, with what the source should contain. */
export interface SourceClaim {
  url: string;
  /** The citation's span in the source (link, footnote reference, reference link). */
  offset: number;
  endOffset: number;
  /** The supported sentence: its span and source text. */
  sentence: { offset: number; endOffset: number; text: string };
  quotes: string[];
  numbers: string[];
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"'\])]+[^\s<>"'\]).,;:!?]/g;

/**
 * Finds every cited http(s) URL of a document with the sentence it supports: inline links, bare
 * URLs, reference links (through their definitions) and footnotes (URLs in the definition's first line).
 * Also returns the HTML comments, so directives can be applied to findings.
 */
export function collectSourceClaims(text: string, rules: readonly Rule[], options: LintOptions = {}): { claims: SourceClaim[]; comments: HtmlComment[] } {
  const engine = { ...createEngine(rules, options), rules: [] };
  const blocks = splitBlocks(text);
  const definitions = new DefinitionIndex(blocks.flatMap((b) => findDefinitions(text, b.offset, b.endOffset)));
  const claims: SourceClaim[] = [];
  const comments: HtmlComment[] = [];
  let anchorDate = engine.referenceDate;
  for (const block of blocks) {
    const result = analyzeBlock(engine, text, block, definitions, anchorDate);
    if (block.frontMatter) anchorDate = frontMatterDate(result.prose.frontMatter) ?? anchorDate;
    comments.push(...result.prose.comments);
    let previous: Sentence | undefined;
    for (const current of result.sentences) {
      if (current.segment.kind === 'front-matter') continue;
      // A "sentence" that is only a citation, as in `said “…” ([source](…))`, supports the one before it.
      const sentence = previous?.segment === current.segment && citationOnly(text, current) ? previous : current;
      previous = current;
      const source = text.slice(sentence.offset, sentence.endOffset);
      const parts = claimParts(sentence.text);
      for (const c of current.citations) {
        const urls: string[] = [];
        if ((c.kind === 'link' || c.kind === 'url') && c.target) urls.push(c.target);
        if (c.kind === 'reference-link' && c.target) {
          const line = definitions.links.get(normalizeLabel(c.target))?.line;
          const target = line ? line.slice(line.indexOf(']:') + 2).trim().replace(/^<([^>]*)>.*$/, '$1').split(/\s/, 1)[0] : '';
          if (target) urls.push(target);
        }
        if (c.kind === 'footnote' && c.target) {
          const line = definitions.footnotes.get(normalizeLabel(c.target))?.line ?? '';
          urls.push(...(line.match(URL_IN_TEXT) ?? []));
        }
        for (const url of urls) {
          if (!/^https?:\/\/[^/\s]/i.test(url)) continue;
          claims.push({ url, offset: c.offset, endOffset: c.endOffset, sentence: { offset: sentence.offset, endOffset: sentence.endOffset, text: source }, ...parts });
        }
      }
    }
  }
  return { claims, comments };
}
