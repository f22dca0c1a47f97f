// Shared English vocabulary (english.json), compiled once: the word lists and their regex alternations.
import data from './english.json';

/** Month names, January first. */
export const MONTHS: readonly string[] = data.months.words;
/** Month abbreviations without their full stop ("Jan", "Sept"). */
export const MONTH_ABBREVIATIONS: readonly string[] = data.monthAbbreviations.words;
/** Weekday names, Monday first. */
export const WEEKDAYS: readonly string[] = data.weekdays.words;
/** Verbs that credit a figure or a finding to a publisher ("reported", "estimates"). */
export const REPORTING_VERBS: readonly string[] = data.reportingVerbs.words;
/**
 * Verbs that credit words to a speaker ("said", "told"), those of them that count only before what speech takes next, and
 * the stances a speaker "expressed" or "voiced".
 */
export const SPEECH_VERBS: {
  readonly words: readonly string[];
  readonly presentTense: readonly string[];
  readonly participles: readonly string[];
  readonly stanceNouns: readonly string[];
} = data.speechVerbs;

/** Common irregular past forms ("rose", "began"); regular ones end in -ed. */
export const IRREGULAR_PAST: readonly string[] = data.irregularPast.words;

/** Alternation of the month names, in calendar order (the names are plain words). */
export const MONTH_PATTERN = MONTHS.join('|');
/** Alternation of the month abbreviations, without their full stop. */
export const MONTH_ABBREVIATION_PATTERN = MONTH_ABBREVIATIONS.join('|');
/** Alternation of the weekday names. */
export const WEEKDAY_PATTERN = WEEKDAYS.join('|');
/** Alternation of the irregular past forms. */
export const IRREGULAR_PAST_PATTERN = IRREGULAR_PAST.join('|');
