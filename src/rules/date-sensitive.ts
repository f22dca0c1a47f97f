import type { Rule } from '../core/rule';
import type { Edit, Fix, RuleReport, Sentence } from '../core/types';
import type { PhraseEntry } from '../core/phrases';
import { monthName, monthYear, type RefDate } from '../core/dates';
import data from './date-sensitive.phrases.json';
import { parseDateAtStart } from '../core/date-parse';
import { atSentenceStart, inside, quote, quotedSpans } from './text-utils';

interface TimeEntry extends PhraseEntry {
  rewrite: string;
}

// "now" is relative time only next to a state verb; "Now, open the file" is a discourse marker.
const NOW_CONTEXT = /^(?:is|are|was|were|has|have|had|holds?|owns?|employs?|stands?|accounts?|serves?|includes?|offers?|supports?|lives?|runs?|leads?|ranks?|counts?|totals?|exceeds?|reaches?)\b/i;
const NOW_BEFORE = /\b(?:is|are|was|were|has|have|had|by|until|as of|from)\s+$/i;
// An absolute date nearby already anchors the phrase.
const ANCHORED = /\bas (?:of|at) (?:(?:early|mid|late)[- ])?(?:\p{Lu}\p{Ll}+ )?\d{4}\b/u;

function isRelative(sentence: Sentence, index: number, length: number, entry: TimeEntry, reference: RefDate): boolean {
  const text = sentence.text;
  const after = /^[\s,:(]+/.exec(text.slice(index + length))?.[0];
  if (after && entry.rewrite === 'as-of' && parseDateAtStart(text.slice(index + length + after.length), reference)) return false; // "at the time of writing (May 2024)"

  const word = text.slice(index, index + length);
  if (/^\p{Lu}/u.test(word) && !atSentenceStart(text, index)) return false; // "USA Today", "The Current"
  if (/^(?:[_/]|\.[\p{L}\p{N}])/u.test(text.slice(index + length)) || /[_/.]$/.test(text.slice(0, index))) return false; // identifiers
  if (entry.phrase === 'now') return NOW_BEFORE.test(text.slice(0, index)) || NOW_CONTEXT.test(text.slice(index + length).trimStart());
  if (entry.phrase === 'current') return !/^\s+(?:version|release|directory|folder|file|line|user|branch|page|value|state|implementation|behaviou?r|code|setting|configuration|working)\b/i.test(text.slice(index + length));
  return true;
}

function capitalise(s: string, yes: boolean): string {
  return yes ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

function replacementFor(entry: TimeEntry, date: RefDate): string | undefined {
  const [kind, delta] = entry.rewrite.split(':');
  const n = Number(delta ?? 0);
  if (kind === 'as-of') return `as of ${monthYear(date)}`;
  if (kind === 'day') return `on ${monthName(date.month)} ${date.day}, ${date.year}`;
  if (kind === 'year') return `in ${date.year + n}`;
  if (kind === 'month') {
    const m = date.month - 1 + n;
    return `in ${monthName(((m % 12) + 12) % 12 + 1)} ${date.year + Math.floor(m / 12)}`;
  }
  return undefined;
}

/** The fix that makes the phrase absolute, or inserts [when?] where no rewrite is sound. */
function absoluteFix(sentence: Sentence, index: number, length: number, entry: TimeEntry, date: RefDate): Fix {
  const start = sentence.offset + index;
  const end = start + length;
  const replacement = replacementFor(entry, date);
  if (!replacement) return { title: 'Insert a [when?] marker', edits: [{ offset: end, endOffset: end, newText: ' [when?]' }] };
  const first = atSentenceStart(sentence.text, index);
  const after = sentence.text.charAt(index + length);
  let edit: Edit = { offset: start, endOffset: end, newText: capitalise(replacement, first) };
  if (!first && entry.rewrite === 'as-of' && sentence.text.charAt(index - 1) === ' ' && !/[,;:]/.test(sentence.text.charAt(index - 2))) {
    // "is currently the largest" -> "is, as of November 2026, the largest"
    edit = { offset: start - 1, endOffset: end, newText: `, ${replacement}${/[\s]/.test(after) ? ',' : ''}` };
  }
  return { title: `Replace with ${quote(replacement)}`, edits: [edit], preferred: true };
}

/** Flags relative time ("currently", "recently", "this year") that silently goes out of date. */
export const dateSensitive: Rule = {
  meta: {
    id: 'date-sensitive',
    description: 'Relative time with no anchor: "currently", "recently", "this year", "to date", "at the time of writing".',
    defaultSeverity: 'info',
    rationale: 'Relative time words are true only on the day they were written. Anchor them to a date ("as of November 2026") so readers know when the statement was last true.',
  },
  check(context) {
    const matcher = context.phrases<TimeEntry>(data.entries, (phrase) => ({ phrase, note: 'Added in the configuration.', rewrite: 'when' }));
    const reports: RuleReport[] = [];
    for (const sentence of context.sentences) {
      if (ANCHORED.test(sentence.text)) continue;
      const quotes = quotedSpans(sentence.text);
      for (const { index, length, entry } of matcher.matchAll(sentence.text)) {
        if (inside(quotes, index) || !isRelative(sentence, index, length, entry, context.referenceDate)) continue;
        const word = sentence.text.slice(index, index + length);
        const fix = absoluteFix(sentence, index, length, entry, context.anchorDate);
        const replacement = replacementFor(entry, context.anchorDate);
        reports.push({
          offset: sentence.offset + index,
          endOffset: sentence.offset + index + length,
          message: replacement
            ? `Relative time ${quote(word)}: ${entry.note} Write ${quote(replacement)}`
            : `Relative time ${quote(word)}: ${entry.note}`,
          fixes: [fix],
        });
      }
    }
    return reports;
  },
};
