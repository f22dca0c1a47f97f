import type { Rule } from '../../core/rule';
import type { Edit, RuleReport, Segment, Sentence } from '../../core/types';
import type { PhraseEntry } from '../../core/phrases';
import data from './phrases.json';
import { findTrackedUrls } from './tracking-params';
import { quote } from '../shared/text-utils';
import { inside, quotationsOf } from '../../core/quotations';
import { PLACEHOLDER_PATTERNS, isLinkText } from './placeholders';

interface ArtifactEntry extends PhraseEntry {
  kind: 'disclaimer' | 'chat' | 'prompt';
  scope: 'clause' | 'sentence';
  safe: boolean;
}

// Citation debris that chat tools leave in copied text; `needs`: text every match contains (a cheap test first).
const DEBRIS: ReadonlyArray<{ re: RegExp; needs: string; what: string }> = [
  { re: /:?contentReference\[oaicite:\d+\](?:\{index=\d+\})?/g, needs: 'oaicite:', what: 'ChatGPT citation placeholder' },
  { re: /\[?oaicite:\d+\]?(?:\{index=\d+\})?/g, needs: 'oaicite:', what: 'ChatGPT citation placeholder' },
  { re: /【[^】\r\n]{0,80}?†[^】\r\n]{0,80}】/g, needs: '†', what: 'chat tool source marker' },
  { re: /[\uE200-\uE2FF]*(?<![\p{L}\p{N}])(?:cite|filecite|navlist)?[\uE200-\uE2FF]*(?:turn\d+(?:search|news|view|fetch|file|image|academia|product|finance|forecast|sports)\d+[\uE200-\uE2FF]*)+(?![\p{L}\p{N}])/gu, needs: 'turn', what: 'ChatGPT search reference token' },
];
const CHAT_SOURCE = /^utm_source=.*(?:chatgpt|openai|perplexity|copilot|gemini|claude|bard)/i;

function segmentsOf(sentences: readonly Sentence[]): Map<Segment, Sentence[]> {
  const by = new Map<Segment, Sentence[]>();
  for (const s of sentences) {
    const list = by.get(s.segment);
    if (list) list.push(s);
    else by.set(s.segment, [s]);
  }
  return by;
}

/** The edit that deletes a span of a segment with one neighbouring space (or the whole paragraph). */
function deleteSpan(source: string, segment: Segment, start: number, end: number): Edit {
  const text = segment.text;
  if (!/\S/.test(text.slice(0, start)) && !/\S/.test(text.slice(end))) {
    const tail = /^(?:\r?\n){0,2}/.exec(source.slice(segment.endOffset))![0].length;
    return { offset: segment.offset, endOffset: segment.endOffset + tail, newText: '' };
  }
  // A sentence on a line of its own inside a paragraph goes with one of its line breaks: leaving
  // both would put a blank line there and split the paragraph in two.
  const opensLine = /(?:^|\r\n|\n|\r)[ \t]*$/.exec(text.slice(0, start));
  const breakAfter = /^[ \t]*(?:\r\n|\n|\r)/.exec(text.slice(end));
  if (opensLine && breakAfter) return { offset: segment.offset + start, endOffset: segment.offset + end + breakAfter[0].length, newText: '' };
  if (opensLine && opensLine[0].length > 0 && !/\S/.test(text.slice(end))) return { offset: segment.offset + start - opensLine[0].length, endOffset: segment.offset + end, newText: '' };
  if (text.charAt(end) === ' ') end++;
  else if (text.charAt(start - 1) === ' ') start--;
  return { offset: segment.offset + start, endOffset: segment.offset + end, newText: '' };
}

/** Deletes a disclaimer clause ("As of my last knowledge update, ") and recapitalises what follows. */
function deleteClause(sentence: Sentence, start: number, end: number): Edit {
  const text = sentence.segment.text;
  const comma = /^[^,.;!?]{0,60},\s*/.exec(text.slice(end));
  const atStart = !/[\p{L}\p{N}]/u.test(text.slice(sentence.offset - sentence.segment.offset, start));
  if (comma && atStart) {
    const next = end + comma[0].length;
    return { offset: sentence.segment.offset + start, endOffset: sentence.segment.offset + next + 1, newText: text.charAt(next).toUpperCase() };
  }
  if (comma) return { offset: sentence.segment.offset + start - (text.charAt(start - 1) === ' ' ? 1 : 0), endOffset: sentence.segment.offset + end + comma[0].length - 1, newText: '' };
  return deleteSpan('', sentence.segment, start, end);
}

const KIND_NAMES: Record<ArtifactEntry['kind'], string> = { disclaimer: 'Knowledge-cutoff disclaimer', chat: 'Chat leftover', prompt: 'Prompt leftover' };

function phraseReports(context: Parameters<Rule['check']>[0], segment: Segment, sentences: Sentence[]): RuleReport[] {
  const matcher = context.phrases<ArtifactEntry>(data.entries as ArtifactEntry[], (phrase) => ({ phrase, note: 'Added in the configuration.', kind: 'chat', scope: 'sentence', safe: false }));
  const reports: RuleReport[] = [];
  const quotes = quotationsOf(segment).paired;
  for (const { index, length, entry } of matcher.matchAll(segment.text)) {
    if (inside(quotes, index)) continue;
    const at = (i: number) => sentences.find((s) => s.offset - segment.offset <= i && i < s.endOffset - segment.offset) ?? sentences[sentences.length - 1];
    const first = at(index);
    const last = at(index + length - 1);
    const phrase = segment.text.slice(index, index + length);
    const edit = entry.scope === 'clause'
      ? deleteClause(first, index, index + length)
      : deleteSpan(context.source, segment, first.offset - segment.offset, last.endOffset - segment.offset);
    reports.push({
      offset: segment.offset + index,
      endOffset: segment.offset + index + length,
      message: `${KIND_NAMES[entry.kind]} ${quote(phrase)}: ${entry.note}`,
      fixes: [{ title: entry.scope === 'clause' ? `Delete ${quote(phrase)}` : 'Delete the sentence', edits: [edit], ...(entry.safe ? { safe: true } : {}) }],
    });
  }
  return reports;
}

// "Happy racing!", "Happy cooking!": a chatbot wishing its user well at the end of a how-to (13 times in the
// machine-written articles, never in the human ones).
const SIGN_OFF = /^\W*Happy\s+\p{L}+ing!\W*$/u;

function signOffReports(source: string, segment: Segment, sentences: Sentence[]): RuleReport[] {
  return sentences.filter((s) => SIGN_OFF.test(s.text)).map((s) => ({
    offset: s.offset,
    endOffset: s.endOffset,
    message: `Chat leftover ${quote(s.text.trim())}: a chatbot's sign-off to its user, not to your readers. Delete it`,
    fixes: [{ title: 'Delete the sentence', edits: [deleteSpan(source, segment, s.offset - segment.offset, s.endOffset - segment.offset)] }],
  }));
}

function debrisReports(segment: Segment): RuleReport[] {
  const reports: RuleReport[] = [];
  const taken: Array<[number, number]> = [];
  for (const { re, needs, what } of DEBRIS) {
    if (!segment.text.includes(needs)) continue;
    for (const m of segment.text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      taken.push([start, end]);
      reports.push({
        offset: segment.offset + start,
        endOffset: segment.offset + end,
        message: `Citation debris ${quote(m[0])}: a ${what} left over from a chat tool; it points nowhere`,
        fixes: [{ title: `Delete ${quote(m[0])}`, edits: [deleteSpan('', segment, start, end)], safe: true }],
      });
    }
  }
  return reports;
}

function placeholderReports(source: string, segment: Segment): RuleReport[] {
  const reports: RuleReport[] = [];
  for (const re of PLACEHOLDER_PATTERNS) {
    for (const m of segment.text.matchAll(re)) {
      const offset = segment.offset + m.index;
      const endOffset = offset + m[0].length;
      // "[Name](https://…)", "[Name][1]" and "[Name]: https://…" are links, not blanks
      if (isLinkText(source, endOffset) || reports.some((r) => r.offset === offset)) continue;
      reports.push({
        offset,
        endOffset,
        message: `Unfilled placeholder ${quote(m[0])}: the model left a blank for a fact it did not have, and the sentence around it may be invented too. Fill it in from a source, or delete the sentence`,
      });
    }
  }
  return reports;
}

/** Flags leftovers of model-written drafts: cutoff disclaimers, chat phrasing, citation debris. */
export const aiArtifact: Rule = {
  meta: {
    id: 'ai-artifact',
    description: 'Leftovers of model-written drafts: knowledge-cutoff disclaimers, chat phrasing ("Certainly! Here is"), unfilled placeholders ("[insert year]"), citation debris (utm_source=chatgpt.com, oaicite, turn0search0).',
    defaultSeverity: 'warning',
    rationale: 'Text pasted from a chat tool keeps things that were addressed to the person chatting, not to your readers, and citation markers that point nowhere. Delete them; where a disclaimer hedged a fact, check the fact against a current source.',
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const [segment, sentences] of segmentsOf(context.sentences)) {
      reports.push(...phraseReports(context, segment, sentences), ...signOffReports(context.source, segment, sentences), ...debrisReports(segment), ...placeholderReports(context.source, segment));
      for (const tracked of findTrackedUrls(context.source, sentences.flatMap((s) => s.citations))) {
        const chat = tracked.removed.find((p) => CHAT_SOURCE.test(p));
        reports.push({
          offset: tracked.offset,
          endOffset: tracked.endOffset,
          message: chat
            ? `Link carries ${quote(chat)}: a chat tool's citation leftover; clean the URL`
            : `Tracking parameter ${quote(tracked.removed.join('&'))} in link: clean the URL`,
          fixes: [{ title: 'Remove tracking parameters from the URL', edits: [{ offset: tracked.offset, endOffset: tracked.endOffset, newText: tracked.cleaned }], safe: true }],
        });
      }
    }
    return reports.sort((a, b) => a.offset - b.offset);
  },
};
