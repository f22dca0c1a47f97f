import type { Rule } from '../../core/rule';
import type { RuleReport, Sentence } from '../../core/types';
import type { PhraseEntry } from '../../core/phrases';
import data from './phrases.json';
import { REPORTING_VERBS } from '../shared/english';
import { quote } from '../shared/text-utils';
import { inside, quotationsOf } from '../../core/quotations';
import { attributions } from '../shared/speaker';

// Judged drafts: a fact-checker rarely wants a news quotation's speaker marked on its own (it is attributed), so
// these are hints; they still give the report its "attributed, unlinked" status.
const SPEAKER_CONFIDENCE = 0.35;
const SPEAKER_NOTE = 'The statement is credited to a named source, which is how news writing attributes; a reader still cannot open it. Model-written drafts invent quotations and credit them to real people: find where this was said or published, and link it.';

const WORD = `\\p{Lu}[\\p{L}\\p{N}&'’.-]*`;
const JOIN = `(?:\\s+(?:of|for|and|&|de|du|la|le|von|van|der|the|on|at|in)\\b)*`;
/** A capitalised name, possibly several joined by "and": "China Briefing and The Associated Press". */
const NAME = new RegExp(`^\\s+((?:[Tt]he\\s+)?${WORD}(?:${JOIN}\\s+${WORD})*)`, 'u');
const NAME_FIRST = new RegExp(
  `(?<![\\p{L}])((?:The\\s+)?${WORD}(?:\\s+${WORD})+)\\s+(?:${REPORTING_VERBS.join('|')})\\b`,
  'gu',
);

function trimName(name: string): string {
  return /\b\p{Lu}\.$/u.test(name) ? name : name.replace(/[.'’-]+$/, '');
}

function report(sentence: Sentence, index: number, name: string): RuleReport {
  const offset = sentence.offset + index;
  const endOffset = offset + name.length;
  return {
    offset,
    endOffset,
    message: `Source ${quote(name)} is named but not linked or cited`,
    fixes: [{ title: `Link ${quote(name)} to the source`, edits: [{ offset, endOffset, newText: `[${name}](https://)` }] }],
    cite: sentence.cite,
  };
}

// "…," he said: the speaker was named (and reported) where the passage began.
const PRONOUN = /^(?:he|she|they|it)$/i;

/** Flags sources that are named ("according to The Washington Post") but carry no link or citation. */
export const unlinkedSource: Rule = {
  meta: {
    id: 'unlinked-source',
    claimStatus: 'attributed-unlinked',
    description: 'A named source with no link or reference: "according to The Washington Post".',
    defaultSeverity: 'info',
    rationale: 'Naming a source is half a citation: a reader still has to find the article, report or dataset. Link the name or add a reference to the exact piece.',
  },
  check(context) {
    const matcher = context.phrases<PhraseEntry>(data.entries);
    const reports: RuleReport[] = [];
    const attributed = attributions(context.sentences);
    for (const sentence of context.sentences) {
      if (sentence.cited || sentence.segment.kind === 'heading') continue;
      const quotes = quotationsOf(sentence).paired;
      const seen = new Set<number>();
      for (const { index, length } of matcher.matchAll(sentence.text)) {
        if (inside(quotes, index)) continue;
        const m = NAME.exec(sentence.text.slice(index + length));
        if (!m) continue;
        const name = trimName(m[1]);
        const at = index + length + m[0].length - m[1].length;
        seen.add(at);
        reports.push(report(sentence, at, name));
      }
      NAME_FIRST.lastIndex = 0;
      for (let m = NAME_FIRST.exec(sentence.text); m; m = NAME_FIRST.exec(sentence.text)) {
        if (!seen.has(m.index) && !inside(quotes, m.index)) reports.push(report(sentence, m.index, trimName(m[1])));
        seen.add(m.index);
      }
      const credited = attributed.get(sentence);
      // One finding per sentence: a source already named with "according to" covers the speaker too.
      if (credited && credited.speaker === sentence && !PRONOUN.test(sentence.text.slice(credited.index, credited.index + credited.length)) && !reports.some((r) => r.offset >= sentence.offset && r.offset < sentence.endOffset)) {
        const name = trimName(sentence.text.slice(credited.index, credited.index + credited.length));
        reports.push({ ...report(sentence, credited.index, name), message: `Statement credited to ${quote(name)} has no link or citation`, note: SPEAKER_NOTE, confidence: SPEAKER_CONFIDENCE });
      }
    }
    return reports;
  },
};
