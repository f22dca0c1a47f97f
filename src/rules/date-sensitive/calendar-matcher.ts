import { monthName, type RefDate } from '../../core/dates';
import { IRREGULAR_PAST_PATTERN, MONTHS, MONTH_ABBREVIATIONS, MONTH_PATTERN, WEEKDAYS, WEEKDAY_PATTERN } from '../shared/english';

/** A calendar reference that leaves out its year (or counts from an unstated now), found in a sentence. */
export interface CalendarMatch {
  index: number;
  length: number;
  /** Why the phrase is relative. */
  note: string;
  /** The absolute text to write instead, computed from the anchor date, when one is sound. */
  replacement?: string;
}

const MONTH_ABBR = MONTH_ABBREVIATIONS.map((m) => `${m}\\.`).join('|');
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

const MODIFIER = '(?:(?:last|next|this|this past|this coming|early|mid|late|earlier|later)[\\s-]+)?';
const WEEKDAY = new RegExp(`(?<![\\p{L}-])${MODIFIER}(${WEEKDAY_PATTERN})(?![\\p{L}-])`, 'giu');
const MONTH = new RegExp(`(?<![\\p{L}-])${MODIFIER}(${MONTH_PATTERN}|${MONTH_ABBR})(?![\\p{L}])(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d.,]\\d))?`, 'giu');
const QUARTER = /(?<![\p{L}-])(?:(this|last|next|the)\s+)?(?:(?:latest|fiscal|calendar|year-ago|year-earlier)\s+)*(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter|quarter)(?![\p{L}-])/giu;
const AGO = /(?<![\p{L}\p{N},.-])(?:(?:nearly|almost|about|some|just|more than|over|roughly|only)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2}|a few|a couple of|several)\s+(day|week|month|year|decade)s?\s+ago(?![\p{L}])/giu;
const YEAR_BACK = /(?<![\p{L}-])(?:(?:from|than|versus|vs\.|over|compared with)\s+)?(?:a\s+year\s+(?:earlier|ago)|the\s+year-(?:ago|earlier)\s+(?:period|quarter|level)|year-(?:earlier|ago))(?![\p{L}-])/giu;
const SINCE = new RegExp(`(?<![\\p{L}-])since\\s+((?:early|mid|late|the (?:start|beginning|end) of)[\\s-]+)?((?:(?:${MONTH_PATTERN})\\s+)?(?:19|20)\\d\\d)(?![\\d-])`, 'giu');
// A year close after the match anchors it ("March 3, 2024", "July 2, 1881", "in March of 2024", "from March to June 2024").
const YEAR_AFTER = /^(?:[\s,]+(?:of\s+)?(?:(?:1\d|20)\d\d|'\d\d)\b|[^.;:!?]{0,24}?(?<![\d$.,])(?:19|20)\d\d(?![\d%]))/u;
const YEAR_BEFORE = /(?:(?:19|20)\d\d|fiscal|FY\d*)(?:'s)?[\s-]+$/i;
// Words that make a weekday part of a name ("Black Friday", "Sunday Times").
const NAMED_DAY_BEFORE = /(?:Black|Good|Cyber|Super|Ash|Easter|Palm|Holy|Maundy|Fat|Bloody|Giving|Travel|Blue|Whit|Trinity|Low)\s+$/;
const NAMED_DAY_AFTER = /^\s+(?:Times|Telegraph|Mail|Post|Express|Herald|Mirror|Night|Morning|School|Service|Tribune)\b/;
// A weekday that recurs ("every Friday", "each other Monday") names no particular day.
const RECURRING_BEFORE = /\b(?:every|each)\s+(?:other\s+|second\s+|single\s+)?$/i;
// Opening hours and timetables: "Monday - Friday: 8am", "Mondays to Fridays", "Saturday: 9am-5pm" recur every week.
const SCHEDULE_AFTER = new RegExp(`^\\s*(?:[-–—]|to\\b|through\\b|thru\\b)\\s*(?:${WEEKDAY_PATTERN})\\b|^\\s*:\\s*\\d|^\\s*:?\\s*(?:closed|open)\\b`, 'i');
const SCHEDULE_BEFORE = new RegExp(`\\b(?:${WEEKDAY_PATTERN})\\s*(?:[-–—]|to|through|thru)\\s*$`, 'i');
// "March" and "May" are also a verb and a modal: only with a day or after a time preposition.
const TIME_PREPOSITION = /(?:\b(?:in|on|since|by|until|till|through|from|to|during|before|after|of|between|and|or|last|next|this|early|mid|late|end of|throughout|until)\s+|mid-)$/i;
const CONTINUING = /\b(?:has|have|hasn't|haven't|has not|have not|is|are|remains?|continues?)\b/i;
const PREPOSITION_BEFORE = /\b(?:since|until|till|by|from|before|after|in|during|through|of|to|for)\s+$/i;
// Tense of the sentence, for the year of a bare month: "will meet in March" is the next March, "met in March" the last.
const FUTURE = /(?<![\p{L}])(?:will|won['’]t|shall|(?:is|are) (?:expected|set|scheduled|due|slated|planned|going) to|plans? to|upcoming)(?![\p{L}])/iu;
const PAST = new RegExp(`(?<![\\p{L}])(?:was|were|had|did|${IRREGULAR_PAST_PATTERN}|\\p{Ll}{2,}(?<!e)ed)(?![\\p{L}])`, 'u');
// Cheap tests that each pattern above needs to pass (same flags, so the same case folding), run before it:
// a sentence with no weekday's common ending, no month's first three letters, no "quarter"... cannot match.
const commonEnding = (words: readonly string[]) => {
  let end = words[0] ?? '';
  for (const w of words) while (!w.toLowerCase().endsWith(end.toLowerCase())) end = end.slice(1);
  return end;
};
const WEEKDAY_NEEDS = new RegExp(commonEnding(WEEKDAYS) || WEEKDAY_PATTERN, 'iu');
const MONTH_NEEDS = new RegExp([...new Set([...MONTHS, ...MONTH_ABBREVIATIONS].map((m) => m.slice(0, 3)))].join('|'), 'iu');
const QUARTER_NEEDS = /quarter/iu;
const AGO_NEEDS = /\sago/iu;
const YEAR_BACK_NEEDS = /year/iu;
const SINCE_NEEDS = /since/iu;
// "the rain falls between June and September": a range of months in a timeless present recurs every year.
const MONTH_RANGE = new RegExp(`(?<![\\p{L}])(?:between|from)\\s+(?:${MONTHS.join('|')})\\s+(?:and|to|through|until)\\s+(?:${MONTHS.join('|')})(?![\\p{L}])`, 'iu');

function inPhrase(text: string, index: number, phrase: string): string {
  return PREPOSITION_BEFORE.test(text.slice(0, index)) ? phrase : `in ${phrase}`;
}

function shiftMonth(date: RefDate, delta: number): { year: number; month: number } {
  const total = date.year * 12 + date.month - 1 + delta;
  return { year: Math.floor(total / 12), month: (total % 12) + 1 };
}

function monthIndex(name: string): number {
  return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase()) + 1;
}

function weekdays(text: string, anchor: RefDate, out: CalendarMatch[]): void {
  if (!WEEKDAY_NEEDS.test(text)) return;
  for (const m of text.matchAll(WEEKDAY)) {
    const name = m[1];
    if (name !== WEEKDAYS.find((w) => w.toLowerCase() === name.toLowerCase())) continue; // capitalised only
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (NAMED_DAY_BEFORE.test(before) || NAMED_DAY_AFTER.test(after) || RECURRING_BEFORE.test(before) || YEAR_AFTER.test(after)) continue;
    if (SCHEDULE_AFTER.test(after) || SCHEDULE_BEFORE.test(before)) continue;
    const modifier = m[0].slice(0, m[0].length - name.length).trim().toLowerCase();
    const wanted = WEEKDAYS.indexOf(name) + 1;
    const today = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day));
    const isoDay = today.getUTCDay() || 7;
    const forward = modifier === 'next' || modifier === 'this coming';
    const delta = forward ? ((wanted - isoDay + 6) % 7) + 1 : -((isoDay - wanted + 7) % 7);
    const day = new Date(today.getTime() + delta * 86_400_000);
    const written = `${name}, ${monthName(day.getUTCMonth() + 1)} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
    out.push({ index: m.index, length: m[0].length, note: 'A weekday with no date means a different day for every reader.', replacement: modifier && !forward && modifier !== 'last' && modifier !== 'this past' ? undefined : written });
  }
}

function months(text: string, anchor: RefDate, out: CalendarMatch[]): void {
  if (!MONTH_NEEDS.test(text)) return;
  for (const m of text.matchAll(MONTH)) {
    const name = m[1];
    if (!/^\p{Lu}\p{Ll}/u.test(name)) continue; // capitalised only: "may", "march" are words
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    const modifier = m[0].slice(0, m[0].indexOf(name)).trim().toLowerCase();
    if (YEAR_AFTER.test(after) || YEAR_BEFORE.test(before) || /^\s*\d/.test(after)) continue;
    if (!modifier && !m[2] && !TIME_PREPOSITION.test(before)) continue; // "March on Washington", "May be"
    if (!m[2] && /^\s+\p{Lu}/u.test(after) && !modifier) continue; // a name: "April Smith"
    const month = monthIndex(name);
    if (!modifier && MONTH_RANGE.test(text) && !FUTURE.test(text) && !PAST.test(text)) continue;
    let year = anchor.year;
    if (modifier === 'last' || modifier === 'this past') year = month < anchor.month ? anchor.year : anchor.year - 1;
    else if (modifier === 'next' || modifier === 'this coming') year = month > anchor.month ? anchor.year : anchor.year + 1;
    else if (!modifier && FUTURE.test(text) && month < anchor.month) year = anchor.year + 1;
    else if (!modifier && PAST.test(text) && !FUTURE.test(text) && month > anchor.month) year = anchor.year - 1;
    const plain = m[2] ? `${m[0].slice(m[0].indexOf(name))}, ${year}` : `${name.endsWith('.') ? MONTHS[month - 1] : name} ${year}`;
    const replacement = ['last', 'next', 'this', 'this past', 'this coming'].includes(modifier) ? inPhrase(text, m.index, plain) : `${m[0].slice(0, m[0].indexOf(name))}${plain}`;
    out.push({ index: m.index, length: m[0].length, note: 'A month with no year means a different month for every reader.', replacement });
  }
}

function quarters(text: string, anchor: RefDate, out: CalendarMatch[]): void {
  if (!QUARTER_NEEDS.test(text)) return;
  const current = Math.ceil(anchor.month / 3);
  for (const m of text.matchAll(QUARTER)) {
    const after = text.slice(m.index + m[0].length);
    const before = text.slice(0, m.index);
    if (YEAR_AFTER.test(after) || YEAR_BEFORE.test(before) || /^\s+(?:ended|ending)\s+\p{Lu}/u.test(after) && YEAR_AFTER.test(after.slice(7))) continue;
    const determiner = m[1]?.toLowerCase();
    const ordinal = m[2] ? ORDINALS[m[2].toLowerCase()] : undefined;
    if (!ordinal && (!determiner || determiner === 'the') && !/latest|year-/i.test(m[0]) && !/\b(?:in|for|during|of)\s+$/i.test(before)) continue; // "the French Quarter"
    let replacement: string | undefined;
    if (ordinal) replacement = `Q${ordinal} ${ordinal <= current ? anchor.year : anchor.year - 1}`;
    else if (determiner === 'this' || determiner === 'last' || determiner === 'next') {
      const q = current - 1 + (determiner === 'last' ? -1 : determiner === 'next' ? 1 : 0);
      replacement = inPhrase(text, m.index, `Q${((q % 4) + 4) % 4 + 1} ${anchor.year + Math.floor(q / 4)}`);
    }
    out.push({ index: m.index, length: m[0].length, note: 'A quarter with no year means a different quarter for every reader.', replacement });
  }
}

function countedBack(text: string, anchor: RefDate, out: CalendarMatch[]): void {
  if (AGO_NEEDS.test(text)) for (const m of text.matchAll(AGO)) {
    const n = NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
    const unit = m[2].toLowerCase();
    let replacement: string | undefined;
    if (!Number.isNaN(n) && unit === 'year') replacement = inPhrase(text, m.index, String(anchor.year - n));
    if (!Number.isNaN(n) && unit === 'month') {
      const d = shiftMonth(anchor, -n);
      replacement = inPhrase(text, m.index, `${monthName(d.month)} ${d.year}`);
    }
    out.push({ index: m.index, length: m[0].length, note: 'Counts back from an unstated date.', replacement });
  }
  if (YEAR_BACK_NEEDS.test(text)) for (const m of text.matchAll(YEAR_BACK)) {
    if (/(?:19|20)\d\d/.test(text)) continue; // the period it counts back from is stated
    out.push({ index: m.index, length: m[0].length, note: 'Counts back from an unstated period.' });
  }
}

function since(text: string, anchor: RefDate, out: CalendarMatch[]): void {
  if (!SINCE_NEEDS.test(text) || !CONTINUING.test(text)) return;
  for (const m of text.matchAll(SINCE)) {
    out.push({ index: m.index, length: m[0].length, note: 'Runs up to an unstated “now”.', replacement: `${m[0]} (as of ${monthName(anchor.month)} ${anchor.year})` });
  }
}

/**
 * Finds calendar references that depend on when they are read: weekdays and months with no year,
 * quarters with no year, "two years ago", "a year earlier", and "since 2024" in a continuing claim.
 */
export function findCalendarPhrases(text: string, anchor: RefDate): CalendarMatch[] {
  const out: CalendarMatch[] = [];
  weekdays(text, anchor, out);
  months(text, anchor, out);
  quarters(text, anchor, out);
  countedBack(text, anchor, out);
  since(text, anchor, out);
  return out;
}
