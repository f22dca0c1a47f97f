import type { PhraseEntry } from '../../core/phrases';
import type { Sentence } from '../../core/types';
import { isFigureClaim, isPendingStatus, isPrediction, isPreviousEvent } from './clause';
import { atSentenceStart } from '../shared/text-utils';
import { IRREGULAR_PAST_PATTERN, MONTH_ABBREVIATION_PATTERN, MONTH_PATTERN, WEEKDAY_PATTERN } from '../shared/english';
import phrases from './phrases.json';

const words = phrases.contextWords;

/** The values of `TimeEntry.context` that the rule knows. */
export const CONTEXTS = ['noun', 'adjective', 'same-period', 'prediction', 'figure', 'pending', 'previous'];

/** A phrase of the date-sensitive list: how to rewrite it, and the context it needs to be relative time. */
export interface TimeEntry extends PhraseEntry {
  rewrite: string;
  /**
   * "noun": a time noun phrase ("the past", "the long term"), not the head of a longer noun phrase
   * ("the past tense", "the future of work"); "adjective": a relative adjective before a noun or
   * after a copula ("the recent downturn", "talks are ongoing"); "same-period": "later in the day" and
   * kin, which refer back to a date the sentence already named ("On Tuesday …, then later in the day");
   * "prediction": after "will", "is going to", "hopes to" ("will one day"); "figure": in a present-tense
   * claim about a figure ("already hold 15%"); "pending": a present-tense status not reached yet ("is not
   * yet approved"); "previous": opening the sentence or dating a public event ("previously announced").
   */
  context?: string;
  /** Words right after the phrase that make it innocent ("current version", "soon after"). */
  notBefore?: string[];
  /** Words right before the phrase that make it innocent ("up to date", "as soon as"). */
  notAfter?: string[];
  /** Words earlier in the same clause that make it innocent: "may … in the future" is speculation, not a dated claim. */
  notInClause?: string[];
  /** Relative to a date the sentence names, not to now: "the newly drafted constitution, ratified in 1980". */
  notInDatedSentence?: boolean;
  /** Confidence of this phrase's findings when lower than the list's default (0-1): everyday idiom as often as relative time. */
  confidence?: number;
}

// "now" is relative time only as an adverb of the claim: not narration ("we now turn"), not a
// tutorial step ("you can now run", "the file should now contain"), not "every now and then".
const NOW_NARRATION = /\b(?:we|I|you|let us|let's)\s+(?:(?:can|could|should|will|shall|may|must|might|need to|'ll)\s+)?$|\bshould\s+$|\bevery\s+$/i;
const NOW_IDIOM = /^\s+(?:and\s+(?:then|again)|or\s+never)\b/i;
// "cesspits that had once been emptied by hand now overflowed": after a past perfect, "once" or a year, "now"
// before a simple past is the story's time, not the writer's. Not in reported speech ("said he now believed").
const NOW_PAST_VERB = new RegExp(String.raw`^\s+(?:\p{Ll}{2,}ed|was|were|${IRREGULAR_PAST_PATTERN})(?![\p{L}\p{N}'’-])`, 'u');
const PAST_COPULA_BEFORE = /\b(?:was|were)\s+$/i;
const STORY_PAST_BEFORE = /(?<![\p{L}])(?:had|once)(?![\p{L}])|(?<![\d$.,])1[0-9]\d\d(?!\d)/iu;
const SAYING = /(?<![\p{L}])(?:said|says|told|tells|stated|reported|announced|believed|thought|added|according to)(?![\p{L}])/iu;
const NOW_DISCOURSE = /^(?:[,:]|\s+(?:let'?s|let|open|click|run|go|add|type|press|select|we|you|I|imagine|consider|suppose|for|that|when|if|then)\b)/i;
// "Today, the town remains a popular destination": a closing cliché about lasting renown, not a dated figure.
const LASTING = 'popular|beloved|important|significant|celebrated|cherished|iconic|enduring|favou?rite|symbol|testament|staple';
const TODAY_LASTING = new RegExp(`^,?\\s+[^,;:.!?]*?\\b(?:remains?|is still|are still)\\s+(?:an?\\s+|one of the\\s+)?(?:\\p{L}+\\s+)?(?:${LASTING})`, 'iu');
// A date named earlier in the sentence: a year, a month or a weekday.
const DATE_BEFORE = new RegExp(`(?<![\\d$.,])(?:19|20)\\d\\d(?![\\d%])|\\b(?:${MONTH_PATTERN}|${MONTH_ABBREVIATION_PATTERN}|${WEEKDAY_PATTERN})\\b`, 'u');

// Words that may follow a time noun phrase: punctuation, the end, or a function word.
const FUNCTION_WORD = new RegExp(String.raw`^\s*(?:$|[,;:.!?)\]"”’'—–]|--?\s)|^\s+(?:${words.functionWords.join('|')})(?![\p{L}\p{N}])`, 'iu');
/** True when the text names a date: a year, a month or a weekday ("said in a 2019 speech", "said on Tuesday"). */
export function namesDate(text: string): boolean {
  return DATE_BEFORE.test(text);
}

const COPULA_BEFORE = /\b(?:is|are|was|were|be|been|being|remains?|remained|still|seems?|seemed|appears?)\s+$/i;
const PREPOSITION_BEFORE = /\b(?:in|into|for|over|during|through|from|to|until|of)\s+$/i;
// "Hewlett-Packard Co. Recently, …": the abbreviation ended a sentence the splitter kept whole.
const COMPANY_END = /\b(?:Co|Cos|Corp|Inc|Ltd|Bros)\.\s+$/;
const WORD_AFTER = /^\s+[\p{L}\p{N}]/u;

const wordsSource = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+')).join('|');
interface Guards {
  before?: RegExp;
  after?: RegExp;
  clause?: RegExp;
}
const compiled = new WeakMap<TimeEntry, Guards>();

function guards(entry: TimeEntry): Guards {
  let g = compiled.get(entry);
  if (!g) {
    g = {
      before: entry.notBefore?.length ? new RegExp(`^\\s+(?:${wordsSource(entry.notBefore)})(?![\\p{L}\\p{N}])`, 'iu') : undefined,
      after: entry.notAfter?.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordsSource(entry.notAfter)})[\\s-]+$`, 'iu') : undefined,
      clause: entry.notInClause?.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordsSource(entry.notInClause)})(?![\\p{L}\\p{N}])[^,;:]*$`, 'iu') : undefined,
    };
    compiled.set(entry, g);
  }
  return g;
}

function isNow(sentence: Sentence, index: number, length: number): boolean {
  const text = sentence.text;
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  if (sentence.segment.kind === 'heading') return false; // "## What should consumers do now?": a section's question, not a claim
  if (NOW_PAST_VERB.test(after) && STORY_PAST_BEFORE.test(before) && !SAYING.test(before)) return false;
  if (PAST_COPULA_BEFORE.test(before) && !SAYING.test(before)) return false; // "the colony was now able to govern itself": the story's now
  if (atSentenceStart(text, index)) return !NOW_DISCOURSE.test(after);
  return !NOW_NARRATION.test(before) && !NOW_IDIOM.test(after);
}

/** "the past", "the long term": a noun phrase, not the start of a longer one ("the past tense"). */
function isTimeNoun(before: string, after: string): boolean {
  if (/^\s+of\b/i.test(after)) return false; // "the future of work": a topic, not a time
  if (FUNCTION_WORD.test(after)) return true;
  return PREPOSITION_BEFORE.test(before) && /^\s+\p{Lu}/u.test(after); // "In the past Russia has claimed"
}

/** "the recent downturn", "talks are ongoing": an adjective of the claim, not a heading's label. */
function isTimeAdjective(sentence: Sentence, before: string, after: string): boolean {
  if (sentence.segment.kind === 'heading') return false; // "## Recent changes": a section label
  if (COPULA_BEFORE.test(before)) return !WORD_AFTER.test(after) || FUNCTION_WORD.test(after);
  return WORD_AFTER.test(after) && !FUNCTION_WORD.test(after);
}

/** True when a listed phrase, where it stands in the sentence, is relative time and not a name, identifier or idiom. */
export function isRelative(sentence: Sentence, index: number, length: number, entry: TimeEntry): boolean {
  const text = sentence.text;
  const word = text.slice(index, index + length);
  const before = text.slice(0, index);
  const after = text.slice(index + length);
  if (/^\p{Lu}/u.test(word) && !atSentenceStart(text, index) && !(COMPANY_END.test(before) && !/^\s+\p{Lu}/u.test(after))) return false; // "USA Today", "The Current"
  if (/^\p{Lu}/u.test(word) && /^(?:['’]s)?\s+\p{Lu}\p{Ll}/u.test(after) && sentence.segment.kind === 'heading') return false; // a title: "Last Year's Report"
  if (/^(?:[_/]|\.[\p{L}\p{N}])/u.test(after) || /[_/.]$/.test(before)) return false; // identifiers
  if (/^[\s,:(]*(?:(?:early|mid|late)[\s-]+)?(?:\p{Lu}\p{Ll}+\.? )?(?:\d{1,2}, )?(?:19|20)\d\d\b/u.test(after)) return false; // "at the time of writing (March 2024)"
  const { before: notBefore, after: notAfter, clause } = guards(entry);
  if (notBefore?.test(after) || notAfter?.test(before) || clause?.test(before)) return false;
  if (entry.notInDatedSentence && namesDate(text)) return false;
  if (entry.phrase === 'today' && atSentenceStart(text, index) && TODAY_LASTING.test(after)) return false;
  if (entry.phrase === 'soon' && NOW_PAST_VERB.test(after)) return false; // "soon rose through the ranks": the story's time
  if (entry.phrase === 'now') return isNow(sentence, index, length);
  if (entry.context === 'noun') return isTimeNoun(before, after);
  if (entry.context === 'adjective') return isTimeAdjective(sentence, before, after);
  if (entry.context === 'same-period') return !DATE_BEFORE.test(before);
  if (entry.context === 'prediction') return isPrediction(before);
  if (entry.context === 'figure') return isFigureClaim(before, after);
  if (entry.context === 'pending') return isPendingStatus(word, before, after);
  if (entry.context === 'previous') return isPreviousEvent(atSentenceStart(text, index), after);
  return true;
}
