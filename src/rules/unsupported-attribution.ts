import type { Rule } from '../core/rule';
import type { RuleReport } from '../core/types';
import type { PhraseEntry } from '../core/phrases';
import data from './unsupported-attribution.phrases.json';
import { inside, quote, quotedSpans, span } from './text-utils';

const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

// "(many) experts (have) say": quantifier optional, no determiner that would point at named people.
const SUBJECT_VERB = new RegExp(
  `(?<![\\p{L}])(?<!\\b(?:the|these|those|our|their|his|her|its|such|two|three|both)\\s+)` +
    `(?:(?:${alternation(data.quantifiers)})\\s+)?(?:${alternation(data.subjects)})\\s+` +
    `(?:(?:have|has|had|also|often|generally|widely|now)\\s+)?(?:${alternation(data.verbs)})(?![\\p{L}])`,
  'giu',
);

/** Flags weasel attributions ("experts say", "studies show") that credit no one in particular. */
export const unsupportedAttribution: Rule = {
  meta: {
    id: 'unsupported-attribution',
    description: 'Vague attributions that name no one: "experts say", "studies show", "it is widely believed".',
    defaultSeverity: 'warning',
    rationale: 'A claim credited to unnamed experts, studies or reports cannot be checked. Name who said it and link to where they said it.',
  },
  check(context) {
    const matcher = context.phrases<PhraseEntry>(data.entries);
    const reports: RuleReport[] = [];
    for (const sentence of context.sentences) {
      if (sentence.cited || sentence.segment.kind === 'heading') continue;
      const quotes = quotedSpans(sentence.text);
      const hits = matcher.matchAll(sentence.text).map((h) => ({ index: h.index, length: h.length, note: h.entry.note }));
      SUBJECT_VERB.lastIndex = 0;
      for (let m = SUBJECT_VERB.exec(sentence.text); m; m = SUBJECT_VERB.exec(sentence.text)) {
        if (!hits.some((h) => m!.index < h.index + h.length && h.index < m!.index + m![0].length)) {
          hits.push({ index: m.index, length: m[0].length, note: 'Names no one in particular.' });
        }
      }
      for (const { index, length, note } of hits) {
        if (inside(quotes, index)) continue;
        const phrase = sentence.text.slice(index, index + length);
        const end = sentence.offset + index + length;
        reports.push({
          ...span(sentence, index, length),
          message: `Vague attribution ${quote(phrase)}: ${note} Say who, and cite them`,
          fixes: [{ title: 'Insert a [who?] marker', edits: [{ offset: end, endOffset: end, newText: ' [who?]' }] }],
          cite: sentence.cite,
        });
      }
    }
    return reports;
  },
};
