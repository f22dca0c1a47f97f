import type { Rule } from '../../core/rule';
import type { Edit, Fix, RuleReport, Sentence } from '../../core/types';
import { monthName, monthYear, type RefDate } from '../../core/dates';
import data from './phrases.json';
import { findCalendarPhrases } from './calendar-matcher';
import { isRelative, namesDate, type TimeEntry } from './context';
import { findPeriodPhrases } from './period-matcher';
import { atSentenceStart, quote } from '../shared/text-utils';
import { quotationsOf, type QuoteSpan } from '../../core/quotations';
import { addressesReader, inInstructions, inPersonalVoice, speaksAsI } from '../shared/register';

const words = data.contextWords;

interface Candidate {
  index: number;
  length: number;
  note: string;
  replacement?: string;
  asOf: boolean;
  /** Inside a direct quotation: reported more quietly, and never rewritten. */
  quoted: boolean;
  confidence: number;
}

// An absolute date nearby already anchors the phrase.
const ANCHORED = /\b[Aa]s (?:of|at) (?:(?:early|mid|late)[- ])?(?:\p{Lu}\p{Ll}+ )?\d{4}\b/u;
const PREPOSITION_BEFORE = /\b(?:since|until|till|by|from|before|after|in|during|through|of|to|for)\s+$/i;

function replacementFor(entry: TimeEntry, date: RefDate, text: string, index: number): string | undefined {
  const [kind, delta] = entry.rewrite.split(':');
  const n = Number(delta ?? 0);
  const prep = PREPOSITION_BEFORE.test(text.slice(0, index)) ? '' : 'in ';
  if (kind === 'as-of') return `as of ${monthYear(date)}`;
  if (kind === 'day') return `on ${monthName(date.month)} ${date.day}, ${date.year}`;
  if (kind === 'year') return `${prep}${date.year + n}`;
  if (kind === 'month') {
    const m = date.month - 1 + n;
    return `${prep}${monthName(((m % 12) + 12) % 12 + 1)} ${date.year + Math.floor(m / 12)}`;
  }
  return undefined;
}

// A quotation is someone's words when the sentence attributes it or it is a clause of its own;
// a short unattributed one is a term or a title ("the “current” crate", "### “Why now?”").
const SPEECH = new RegExp(String.raw`(?<![\p{L}])(?:${words.speechVerbs.join('|')})(?![\p{L}])`, 'iu');
const SPEECH_WORDS = 6;

/**
 * Where a phrase stands: outside quotation marks ('no'), in someone's words that the sentence does
 * not date ('yes'), or to be left alone ('skip'): a term or title in quotation marks ("the word
 * “currently”"), or words the sentence dates ("…,” he said in a 2019 speech").
 */
function quotedAs(quotes: readonly QuoteSpan[], text: string, index: number, length: number): 'no' | 'yes' | 'skip' {
  const around = quotes.find(([s, e]) => index > s && index < e);
  if (!around) return 'no';
  const inner = text.slice(Math.max(0, around[0]), around[1]).replace(/^(?:\\?`\\?`|[“"‘])|(?:''|[”"’])$/g, '');
  let end = inner.length;
  while (end > 0 && /[\s,.;:!?]/u.test(inner.charAt(end - 1))) end--; // a scan: a trailing-run regex backtracks
  if (inner.slice(0, end).trim().length <= length) return 'skip';
  const outside = quotes.reduce((t, [s, e]) => t.slice(0, Math.max(0, s)) + ' '.repeat(Math.min(e, t.length) - Math.max(0, s)) + t.slice(e), text);
  const words = inner.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < SPEECH_WORDS && !SPEECH.test(outside)) return 'skip';
  return namesDate(outside) ? 'skip' : 'yes';
}

// "The company is now the largest", "talks are ongoing": after a present-tense copula an everyday word makes a dated claim
// ("the things we have now" is possession, not a state).
const PRESENT_STATE = /\b(?:is|are)\s+$/i;

/** Relative phrases from the list and calendar references with no year, minus overlaps (longer wins). */
function candidates(context: Parameters<Rule['check']>[0], sentence: Sentence): Candidate[] {
  const matcher = context.phrases<TimeEntry>(data.entries, (phrase) => ({ phrase, note: 'Added in the configuration.', rewrite: 'when' }));
  const quoted = quotationsOf(sentence);
  const quotes = [...quoted.acrossSentences, ...quoted.plainText];
  const found: Candidate[] = [];
  for (const { index, length, entry } of matcher.matchAll(sentence.text)) {
    const quoted = quotedAs(quotes, sentence.text, index, length);
    if (quoted === 'skip' || !isRelative(sentence, index, length, entry)) continue;
    const replacement = quoted === 'yes' ? undefined : replacementFor(entry, context.anchorDate, sentence.text, index);
    found.push({ index, length, note: entry.note, replacement, asOf: entry.rewrite === 'as-of', quoted: quoted === 'yes', confidence: entry.confidence === undefined || PRESENT_STATE.test(sentence.text.slice(0, index)) ? data.confidence.default : entry.confidence });
  }
  for (const match of [...findCalendarPhrases(sentence.text, context.anchorDate), ...findPeriodPhrases(sentence.text)]) {
    const quoted = quotedAs(quotes, sentence.text, match.index, match.length);
    if (quoted === 'no') found.push({ ...match, asOf: false, quoted: false, confidence: data.confidence.default });
    else if (quoted === 'yes') found.push({ ...match, replacement: undefined, asOf: false, quoted: true, confidence: data.confidence.default });
  }
  // a link's text is usually the title of the linked work: "[last year's report](…)"
  const titled = (c: Candidate) => sentence.citations.some((l) => l.kind === 'link' && l.offset <= sentence.offset + c.index && sentence.offset + c.index < l.endOffset);
  found.sort((a, b) => b.length - a.length || a.index - b.index);
  const kept: Candidate[] = [];
  for (const c of found) if (!titled(c) && !kept.some((k) => c.index < k.index + k.length && k.index < c.index + c.length)) kept.push(c);
  return kept.sort((a, b) => a.index - b.index);
}

function capitalise(s: string, yes: boolean): string {
  return yes ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** The fix that makes the phrase absolute, or inserts [when?] where no rewrite is sound. */
function absoluteFix(sentence: Sentence, c: Candidate): Fix {
  const start = sentence.offset + c.index;
  const end = start + c.length;
  if (!c.replacement) return { title: 'Insert a [when?] marker', edits: [{ offset: end, endOffset: end, newText: ' [when?]' }] };
  const first = atSentenceStart(sentence.text, c.index);
  const after = sentence.text.charAt(c.index + c.length);
  let edit: Edit = { offset: start, endOffset: end, newText: capitalise(c.replacement, first) };
  if (!first && c.asOf && sentence.text.charAt(c.index - 1) === ' ' && !/[,;:]/.test(sentence.text.charAt(c.index - 2))) {
    // "is currently the largest" -> "is, as of November 2026, the largest"
    edit = { offset: start - 1, endOffset: end, newText: `, ${c.replacement}${/[\s]/.test(after) ? ',' : ''}` };
  }
  return { title: `Replace with ${quote(capitalise(c.replacement, first))}`, edits: [edit], preferred: true };
}

const IN_INSTRUCTIONS = 0.3;

/** Flags relative time ("currently", "recently", "last year", "on Friday") that silently goes out of date. */
export const dateSensitive: Rule = {
  meta: {
    id: 'date-sensitive',
    description: 'Relative time with no anchor: "currently", "recently", "this year", "to date", "last Friday", "in March", "two years ago".',
    defaultSeverity: 'info',
    rationale: 'Relative time words are true only on the day they were written. Anchor them to a date ("as of November 2026") so readers know when the statement was last true.',
  },
  check(context) {
    const reports: RuleReport[] = [];
    for (const sentence of context.sentences) {
      if (ANCHORED.test(sentence.text)) continue;
      // A step of a how-to ("Now, open the lid", "make your own ringtones today!") sequences a task; it rarely goes stale.
      // The writer's own diary or review ("no combo rehearsal tonight", "I've been hearing a lot about them lately"): their
      // experience, not a claim about the world that goes stale.
      const instructions = addressesReader(sentence) || inInstructions(sentence, context.sentences) || speaksAsI(sentence.text) || inPersonalVoice(sentence, context.sentences);
      for (const c of candidates(context, sentence)) {
        const word = sentence.text.slice(c.index, c.index + c.length);
        const message = c.quoted
          ? `Relative time ${quote(word)} in a quotation: it means the day the words were said. Keep the quotation, and say when it was said (“…,” she said in March 2024).`
          : c.replacement ? `Relative time ${quote(word)}: ${c.note} Write ${quote(c.replacement)}` : `Relative time ${quote(word)}: ${c.note}`;
        reports.push({
          offset: sentence.offset + c.index,
          endOffset: sentence.offset + c.index + c.length,
          message,
          fixes: [absoluteFix(sentence, c)],
          // a quotation cannot be reworded: a quiet hint that asks for the date of the words
          severity: c.quoted ? 'hint' : undefined,
          confidence: instructions ? Math.min(IN_INSTRUCTIONS, c.confidence) : c.confidence,
        });
      }
    }
    return reports;
  },
};
