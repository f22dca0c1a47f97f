import type { Rule } from '../../core/rule';
import type { RuleReport, Sentence } from '../../core/types';
import type { PhraseEntry } from '../../core/phrases';
import { monthName, monthYear, monthsBetween, type RefDate } from '../../core/dates';
import { parseDateAtStart } from '../../core/date-parse';
import data from './phrases.json';
import { quote } from '../shared/text-utils';
import { inside, quotationsOf } from '../../core/quotations';

const words = data.contextWords;

/** A target date found after a preposition: where it is and the last month it covers. */
interface Target {
  index: number;
  end: number;
  year: number;
  month: number;
  label: string;
}

const PREPOSITION = new RegExp(String.raw`\b(?:${words.datePrepositions.join('|')})\s+(?:(?:the\s+)?(?:early|mid|late|end of|start of|beginning of|middle of|course of|(first|second) half of|(first|second|third|fourth) quarter of|(spring|summer|fall|autumn|winter)(?:\s+of)?)[\s-]+)?`, 'giy');
// The last month of a season ("in spring 2025": May 2025); winter runs into the next year.
const SEASON_END: Record<string, number> = { spring: 5, summer: 8, fall: 11, autumn: 11, winter: 14 };
const RELATIVE = /^(?:next (year|month|quarter|spring|summer|fall|autumn|winter)|(?:later |the end of |the rest of )?this (year|month|quarter)|the (?:end|rest) of the (year|month))\b/i;
// Words between the cue and the date that start another clause: the date then belongs to that clause.
const CLAUSE_BREAK = /[;:!?]|\b(?:which|who|whom|whose|since|because|after|when|while|although|than|compared|was|were|had|did|said|launched|opened|began|ago)\b/i;
// "the will of", "free will": the noun, not the future tense.
const NOUN_WILL = /\b(?:the|a|free|his|her|their|its|our|my|your|own|good|ill|political)\s+$/i;

function endOf(kind: string, anchor: RefDate): { year: number; month: number } {
  const k = kind.toLowerCase();
  if (k === 'month') return anchor.month === 12 ? { year: anchor.year + 1, month: 1 } : { year: anchor.year, month: anchor.month + 1 };
  if (k === 'quarter') {
    const q = Math.ceil(anchor.month / 3) + 1;
    return q > 4 ? { year: anchor.year + 1, month: 3 } : { year: anchor.year, month: q * 3 };
  }
  return { year: anchor.year + 1, month: 12 };
}

/** Finds dated targets ("in March 2025", "by 2025", "next year") in a sentence. */
function targets(text: string, anchor: RefDate, reference: RefDate): Target[] {
  const found: Target[] = [];
  for (let i = text.search(/\S/); i >= 0 && i < text.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(text.charAt(i - 1))) continue;
    PREPOSITION.lastIndex = i;
    const prep = PREPOSITION.exec(text) ?? (RELATIVE.test(text.slice(i, i + 40)) ? [''] : null);
    if (!prep) continue;
    const at = i + prep[0].length;
    const rest = text.slice(at, at + 48);
    const relative = RELATIVE.exec(rest);
    const half = prep[1]?.toLowerCase();
    const quarter = prep[2] ? ['first', 'second', 'third', 'fourth'].indexOf(prep[2].toLowerCase()) + 1 : 0;
    if (relative) {
      const kind = relative[1] ?? relative[2] ?? relative[3];
      const end = relative[1] ? endOf(kind, anchor) : { year: anchor.year, month: kind.toLowerCase() === 'year' ? 12 : anchor.month };
      found.push({ index: i, end: at + relative[0].length, ...end, label: `${relative[0]} (${end.month === 12 && kind.toLowerCase() !== 'month' ? end.year : `${monthName(end.month)} ${end.year}`})` });
      continue;
    }
    if (!/^(?:Q[1-4]|\d|early|mid|late|the end|\p{Lu})/u.test(rest)) continue; // only plausible dates go to the parser
    const date = parseDateAtStart(rest, reference);
    if (!date || /^[\d.]*\d(?:\.\d|[%,]\d)/.test(rest)) continue;
    let month = date.month ?? 12;
    if (!date.month && half) month = half === 'first' ? 6 : 12;
    if (!date.month && quarter) month = quarter * 3;
    const season = prep[3] ? SEASON_END[prep[3].toLowerCase()] : undefined;
    const year = season && !date.month && season > 12 ? date.year + 1 : date.year;
    if (season && !date.month) month = ((season - 1) % 12) + 1;
    const label = text.slice(i, at + date.length).replace(/^\S+\s+/, '');
    found.push({ index: i, end: at + date.length, year, month, label });
  }
  return found;
}

function passed(target: Target, reference: RefDate): boolean {
  return monthsBetween(target.year, target.month, reference) >= 1;
}

/** Pairs each future cue with a passed target date after it (same clause) or a leading "By 2025,". */
function expired(sentence: Sentence, cueIndex: number, cueEnd: number, dates: Target[], reference: RefDate): Target | undefined {
  const text = sentence.text;
  for (const t of dates) {
    // the target's preposition may be the cue's last word: "is scheduled for Q3 2024"
    if (t.index > cueIndex && t.end > cueEnd && t.index - cueEnd <= 100 && !CLAUSE_BREAK.test(text.slice(cueEnd, t.index))) return passed(t, reference) ? t : undefined;
  }
  const lead = dates.find((t) => t.end <= cueIndex && /^\W*$/.test(text.slice(0, t.index)) && /^\s*,/.test(text.slice(t.end)) && !CLAUSE_BREAK.test(text.slice(t.end, cueIndex)));
  return lead && passed(lead, reference) ? lead : undefined;
}

/** Flags predictions and plans whose date has passed: "is expected to launch in March 2025". */
export const expiredPrediction: Rule = {
  meta: {
    id: 'expired-prediction',
    description: 'Statements about the future whose date has passed at the reference date: "is expected to launch in March 2025".',
    defaultSeverity: 'warning',
    rationale: 'A prediction or plan whose date is behind us is no longer news: it either happened or it did not. Find out what happened, state the outcome with a source, or remove the prediction.',
  },
  check(context) {
    const matcher = context.phrases<PhraseEntry>(data.entries);
    const reference = context.referenceDate;
    const reports: RuleReport[] = [];
    for (const sentence of context.sentences) {
      const text = sentence.text;
      if (!/\d|\bnext\b|\bthis\b/i.test(text)) continue;
      const quotes = quotationsOf(sentence).paired;
      let dates: Target[] | undefined;
      let lastEnd = -1;
      for (const { index, length, entry } of matcher.matchAll(text)) {
        if (index < lastEnd || inside(quotes, index)) continue;
        if (entry.phrase === 'will' && (NOUN_WILL.test(text.slice(0, index)) || /^\s+of\b/i.test(text.slice(index + length)) || text.charAt(index) === 'W' && index > 0 && /\p{L}/u.test(text.slice(0, index)))) continue;
        dates ??= targets(text, context.anchorDate, reference);
        const target = expired(sentence, index, index + length, dates, reference);
        if (!target) continue;
        const start = Math.min(index, target.index);
        const end = Math.max(index + length, target.end);
        lastEnd = end;
        const phrase = text.slice(start, end);
        reports.push({
          offset: sentence.offset + start,
          endOffset: sentence.offset + end,
          message: `Expired prediction ${quote(phrase)}: ${target.label} has passed (${monthYear(reference)}). What happened? State the outcome and cite it`,
          note: `${entry.note} ${expiredPrediction.meta.rationale}`,
          fixes: [{ title: 'Insert a [when?] marker', edits: [{ offset: sentence.offset + end, endOffset: sentence.offset + end, newText: ' [when?]' }] }],
          cite: sentence.cite,
        });
      }
    }
    return reports;
  },
};
