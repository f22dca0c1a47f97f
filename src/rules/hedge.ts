import type { Rule } from '../core/rule';
import type { RuleReport, Sentence } from '../core/types';
import type { PhraseEntry } from '../core/phrases';
import data from './hedge.phrases.json';
import { deletion, inside, quote, quotedSpans, span } from './text-utils';

interface HedgeEntry extends PhraseEntry {
  kind?: 'adverb' | 'modal' | 'phrase';
}

// "you may", "users may not": permission or prohibition, not doubt.
const PERMISSION_SUBJECT = /\b(?:you|users?|visitors|readers|applicants|members|one|we)\s+$/i;
const PERMISSION_AFTER = /^\s+(?:not|also|only|wish|want|choose|opt|use|apply|request|contact|access|submit)\b/i;
// Conditions ("if it could", "whether it may") are not hedges of the writer's claim.
const CONDITION_BEFORE = /\b(?:if|whether|unless|so that|in order that|as much as|as soon as|as far as)\b[^.;]*$/i;

function isEpistemicModal(text: string, index: number, length: number): boolean {
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  if (PERMISSION_SUBJECT.test(before) || PERMISSION_AFTER.test(after)) return false;
  if (CONDITION_BEFORE.test(before)) return false;
  if (/^\s+(?:have|be|become|lead|cause|reach|rise|fall|increase|decrease|result|affect|help|contribute|prove|face|remain|take|see|need|require|include|explain|reflect|indicate)\b/i.test(after)) return true;
  return /^\s+\w+/.test(after) && !/\?\s*$/.test(text);
}

/** Where the hedge is the writer's own: not a capitalised month "May", not inside a quotation. */
function isHedge(sentence: Sentence, index: number, length: number, entry: HedgeEntry, quotes: Array<[number, number]>): boolean {
  const word = sentence.text.slice(index, index + length);
  if (inside(quotes, index)) return false;
  if (entry.kind !== 'modal') return true;
  if (word === 'May' || word === 'MAY' || word === 'MIGHT' || word === 'COULD') return false; // the month, RFC 2119 keywords
  return isEpistemicModal(sentence.text, index, length);
}

/** Flags hedges and predictions; an attributed and cited hedge is only a hint. */
export const hedge: Rule = {
  meta: {
    id: 'hedge',
    description: 'Uncertainty and prediction hedges ("likely", "reportedly", "is expected to", "could potentially").',
    defaultSeverity: 'info',
    rationale: 'A hedge signals that the writer is not sure. Either find out and state the fact with a source, or say whose estimate it is and cite them.',
  },
  check(context) {
    const matcher = context.phrases<HedgeEntry>(data.entries as HedgeEntry[]);
    const reports: RuleReport[] = [];
    for (const sentence of context.sentences) {
      if (sentence.segment.kind === 'heading') continue;
      const quotes = quotedSpans(sentence.text);
      for (const { index, length, entry } of matcher.matchAll(sentence.text)) {
        if (!isHedge(sentence, index, length, entry, quotes)) continue;
        const word = sentence.text.slice(index, index + length);
        reports.push({
          ...span(sentence, index, length),
          message: sentence.cited ? `Hedge ${quote(word)} in a cited sentence: check that the source says so` : `Hedge ${quote(word)}: ${entry.note}`,
          severity: sentence.cited ? 'hint' : undefined,
          fixes: entry.kind === 'adverb' ? [{ title: `Remove ${quote(word)}`, edits: [deletion(sentence, index, length)] }] : [],
          cite: sentence.cited ? undefined : sentence.cite,
        });
      }
    }
    return reports;
  },
};
