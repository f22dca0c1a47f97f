import type { Rule } from '../../core/rule';
import type { RuleReport } from '../../core/types';
import type { PhraseEntry } from '../../core/phrases';
import { monthYear, monthsBetween } from '../../core/dates';
import { parseDateAtStart } from '../../core/date-parse';
import data from './phrases.json';
import { quote } from '../shared/text-utils';

/** Flags "As of January 2025" and kin when the date is older than the staleness threshold. */
export const staleDate: Rule = {
  meta: {
    id: 'stale-date',
    description: '"As of <date>" statements older than the staleness threshold (default 12 months) at the reference date.',
    defaultSeverity: 'warning',
    rationale: 'An "as of" date tells readers when a claim was true. Once that date is old, the claim may no longer hold: re-check it against a current source, then update the date.',
  },
  check(context) {
    const matcher = context.phrases<PhraseEntry>(data.entries);
    const reports: RuleReport[] = [];
    const threshold = context.config.stalenessMonths;
    const now = context.referenceDate;
    for (const sentence of context.sentences) {
      for (const { index, length } of matcher.matchAll(sentence.text)) {
        const rest = sentence.text.slice(index + length);
        const gap = /^[\s,:(]*/.exec(rest)![0].length;
        const date = parseDateAtStart(rest.slice(gap), now);
        if (!date) continue;
        const age = monthsBetween(date.year, date.month ?? 12, now);
        if (age <= threshold) continue;
        const dateStart = sentence.offset + index + length + gap;
        const closing = rest.slice(0, gap).includes('(') && rest.charAt(gap + date.length) === ')' ? 1 : 0;
        const dateEnd = dateStart + date.length;
        const phrase = context.source.slice(sentence.offset + index, dateEnd + closing);
        const fresh = monthYear(now);
        reports.push({
          offset: sentence.offset + index,
          endOffset: dateEnd + closing,
          message: `${quote(phrase)} is ${age} months old at ${monthYear(now)}: re-verify the claim and update the date`,
          fixes: [{ title: `Re-verified: change the date to ${quote(fresh)}`, edits: [{ offset: dateStart, endOffset: dateEnd, newText: fresh }] }],
          cite: sentence.cited ? undefined : sentence.cite,
        });
      }
    }
    return reports;
  },
};
