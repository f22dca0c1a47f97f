import type { CalendarMatch } from './calendar-matcher';

const COUNT = 'few|several|couple of|\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty';
const UNIT = 'hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries';
// "the past three years", "over the last decade", "in coming quarters", "past years"
const PERIOD = new RegExp(`(?<![\\p{L}-])(?:(the)\\s+)?(past|last|next|coming|recent|future)\\s+(?:(?:${COUNT})\\s+)?(${UNIT})(?![\\p{L}-])`, 'giu');
// The period is counted from something the sentence names, not from now: "the last two years of the war".
const ANCHORED_AFTER = /^\s+(?:of|before|after|following|preceding|since|to|ending|ended)\b|^[^.;:!?]{0,24}?(?<![\d$.,])(?:19|20)\d\d(?![\d%])/iu;
// One unit, with "the", counts back from now only after these: "the past year", not "the next day" (of a story).
const SINGULAR_FROM_NOW = new Set(['past', 'last', 'coming']);
const SINGULAR_UNIT = /^(?:week|month|quarter|year|decade|century)$/i;
// "which would hold power for the next several decades": counted forward from the story's time, not from now.
const STORY_VERB = /(?<![\p{L}])(?:would|was|were|had)(?![\p{L}])/iu;
// "in a year or two": an offset forward from an unstated now.
const OR_TWO = /(?<![\p{L}-])(?:in|within)\s+(?:a|one)\s+(?:day|week|month|year|decade)\s+or\s+two(?![\p{L}-])/giu;

// "has been serving customers for over 20 years": a present-perfect duration grows with every year after writing.
const DURATION = new RegExp(`(?<![\\p{L}])(?:has|have)\\s+(?:[\\p{L}-]+\\s+){0,6}?(for\\s+(?:(?:over|more\\s+than|nearly|almost|about|around|well\\s+over|close\\s+to)\\s+)?(?:${COUNT}|many|a\\s+hundred)\\s+(?:years|decades|centuries))(?![\\p{L}-])`, 'giu');

// Cheap tests each pattern needs to pass (same flags), run before it.
const PERIOD_NEEDS = new RegExp(UNIT, 'iu');
const DURATION_NEEDS = /years|decades|centuries/iu;
const OR_TWO_NEEDS = /or\s+two/iu;

/** The part of the clause before an index: back to the last comma, semicolon or colon. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  return before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
}

/**
 * Finds periods counted from an unstated now: "the past three years", "over the last decade",
 * "in coming quarters", "past years", "in a year or two", "has served the city for over 40 years". Single units without "the" ("last year") are left to the phrase list.
 */
export function findPeriodPhrases(text: string): CalendarMatch[] {
  const out: CalendarMatch[] = [];
  if (PERIOD_NEEDS.test(text)) for (const m of text.matchAll(PERIOD)) {
    const [, the, direction, unit] = m;
    // "in recent centuries", "over the past two centuries": counted from now, but no reader will find them stale.
    if (/^centur/i.test(unit)) continue;
    const plural = /s$/i.test(unit);
    if (!plural && !(the && SINGULAR_FROM_NOW.has(direction.toLowerCase()) && SINGULAR_UNIT.test(unit))) continue;
    if (ANCHORED_AFTER.test(text.slice(m.index + m[0].length))) continue;
    const ahead = /next|coming|future/i.test(direction);
    if (ahead && STORY_VERB.test(clauseBefore(text, m.index))) continue;
    out.push({ index: m.index, length: m[0].length, note: ahead ? 'A period counted forward from an unstated now.' : 'A period counted back from an unstated now.' });
  }
  if (DURATION_NEEDS.test(text)) for (const m of text.matchAll(DURATION)) {
    const at = m.index + m[0].length - m[1].length;
    if (!ANCHORED_AFTER.test(text.slice(m.index + m[0].length))) out.push({ index: at, length: m[1].length, note: 'A duration counted up to an unstated now: it is wrong a year later. Give the start instead ("since 2004").' });
  }
  if (OR_TWO_NEEDS.test(text)) for (const m of text.matchAll(OR_TWO)) {
    if (!ANCHORED_AFTER.test(text.slice(m.index + m[0].length))) out.push({ index: m.index, length: m[0].length, note: 'An offset counted forward from an unstated now.' });
  }
  return out;
}
