import type { CiteTarget } from '../../core/cite-fixes';
import type { Edit, Segment } from '../../core/types';
import type { PhraseEntry, PhraseMatcher } from '../../core/phrases';
import { splitLines } from '../../core/blocks';
import data from './phrases.json';

/** A placeholder link target from the rule's data. */
export interface PlaceholderEntry {
  phrase: string;
  note: string;
}

const EXACT = new Map(data.placeholders.map((p) => [p.phrase.toLowerCase(), p as PlaceholderEntry]));
const EXAMPLE_DOMAIN = data.placeholders.find((p) => p.phrase === 'example.com') as PlaceholderEntry;
const EXAMPLE_HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[\w-]+\.)*example\.(?:com|org|net)(?:[:/?#]|$)/i;

/** The placeholder entry a link target matches ("#", "TODO", "https://", example.com, ...), if any. */
export function placeholderFor(url: string): PlaceholderEntry | undefined {
  const target = url.trim().toLowerCase();
  const exact = EXACT.get(target);
  if (exact) return exact;
  if (EXAMPLE_HOST.test(target)) return EXAMPLE_DOMAIN;
  // "https://TODO", "http://link/": a placeholder word where the host should be.
  const host = /^https?:\/\/([^/]*)\/?$/.exec(target)?.[1];
  return host && host !== 'example.com' ? EXACT.get(host) : undefined;
}

/** The destination of a link reference definition line (`[label]: <url> "title"`), or undefined if none. */
export function referenceTarget(line: string): string | undefined {
  const rest = line.slice(line.indexOf(']:') + 2).trim();
  if (!rest) return undefined;
  if (rest.startsWith('<')) return rest.slice(1, Math.max(1, rest.indexOf('>')));
  return rest.split(/\s/, 1)[0];
}

const KEY = /(?<![\p{L}\p{N}_.])-?@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu;

/** Every `@key` of a Pandoc citation in source[start, end), with the key's offset (after the `@`). */
export function pandocKeys(source: string, start: number, end: number): Array<{ key: string; offset: number }> {
  const text = source.slice(start, end);
  const out: Array<{ key: string; offset: number }> = [];
  KEY.lastIndex = 0;
  for (let m = KEY.exec(text); m; m = KEY.exec(text)) {
    const key = m[1].replace(/[.:]+$/, '');
    out.push({ key, offset: start + m.index + m[0].length - m[1].length });
  }
  return out;
}

/** An edit appending a definition line at the end of the document, with the blank line it needs. */
export function appendDefinition(target: CiteTarget, line: string): Edit {
  const lead = target.endsWithNewline ? (target.endsWithFootnote ? '' : '\n') : target.endsWithFootnote ? '\n' : '\n\n';
  return { offset: target.textLength, endOffset: target.textLength, newText: `${lead}${line}\n` };
}

const DEFINITION_START = /^ {0,3}\[\^?[^\]]+\]:/;

/**
 * An edit deleting a footnote definition that starts at `offset`: its first line, lazy continuation
 * lines, indented continuation paragraphs, and one line ending.
 */
export function definitionRemoval(source: string, offset: number): Edit {
  const window = source.indexOf('\n', offset + 20_000);
  const lines = splitLines(source, offset, window < 0 ? source.length : window);
  let last = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = source.slice(lines[i].start, lines[i].end);
    if (/^[ \t]*$/.test(line)) {
      const next = lines.slice(i + 1).find((l) => !/^[ \t]*$/.test(source.slice(l.start, l.end)));
      if (!next || !/^(?: {4}|\t)/.test(source.slice(next.start, next.end))) break;
      continue;
    }
    const indented = /^(?: {4}|\t)/.test(line);
    const afterBlank = /^[ \t]*$/.test(source.slice(lines[i - 1].start, lines[i - 1].end));
    if (DEFINITION_START.test(line) || (afterBlank && !indented) || (!indented && /^ {0,3}(?:#|>|[-*+] |\d+[.)] |```|~~~)/.test(line))) break;
    last = i;
  }
  return { offset, endOffset: lines[last].next, newText: '' };
}

const UNDEFINED_FOOTNOTE = /\[\^([^\]\s]{1,100})\]/g;
const UNDEFINED_REFERENCE = /\[([^\[\]\r\n]{1,500})\]\[([^\[\]\r\n]{0,500})\]/g;

/** What a segment holds that segmentProblems reports: leftover markers, undefined footnotes and references (index in the segment text). */
type SegmentMatch =
  | { kind: 'marker'; index: number; length: number; note: string }
  | { kind: 'footnote'; index: number; length: number; label: string }
  | { kind: 'reference'; index: number; length: number; whole: string; label: string };

/**
 * Matches per segment object and marker list: a segment's text never changes, so the incremental
 * document, which keeps segments of unchanged blocks, scans each segment once.
 */
const matchCache = new WeakMap<object, WeakMap<Segment, SegmentMatch[]>>();

/** The leftover markers and undefined footnotes and references of a segment (cached per segment). */
export function segmentMatches(segment: Segment, markers: PhraseMatcher<PhraseEntry>): SegmentMatch[] {
  let cache = matchCache.get(markers);
  if (!cache) matchCache.set(markers, (cache = new WeakMap()));
  const cached = cache.get(segment);
  if (cached) return cached;
  const found: SegmentMatch[] = [];
  for (const { index, length, entry } of markers.matchAll(segment.text)) found.push({ kind: 'marker', index, length, note: entry.note });
  UNDEFINED_FOOTNOTE.lastIndex = 0;
  for (let m = UNDEFINED_FOOTNOTE.exec(segment.text); m; m = UNDEFINED_FOOTNOTE.exec(segment.text)) found.push({ kind: 'footnote', index: m.index, length: m[0].length, label: m[1] });
  UNDEFINED_REFERENCE.lastIndex = 0;
  for (let m = UNDEFINED_REFERENCE.exec(segment.text); m; m = UNDEFINED_REFERENCE.exec(segment.text)) found.push({ kind: 'reference', index: m.index, length: m[0].length, whole: m[0], label: m[2] || m[1] });
  cache.set(segment, found);
  return found;
}
