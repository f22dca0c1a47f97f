import type { Rule } from '../../core/rule';
import type { RuleReport } from '../../core/types';
import type { PhraseEntry } from '../../core/phrases';
import data from './phrases.json';

const words = data.contextWords;
import { alternation, quote, span } from '../shared/text-utils';
import { inside, quotationsOf } from '../../core/quotations';
import { knownForTraits } from '../puffery/context';
import { agentlessVerdicts, bareOpinionHolders, creditedView, isVagueQuantity, namesWhoKnows } from './context';


// "(many) experts (have) say": quantifier optional, no determiner that would point at named people.
const SUBJECT_VERB = new RegExp(
  `(?<![\\p{L}])(?<!\\b(?:the|these|those|our|their|his|her|its|such|two|three|both)\\s+)` +
    `(?:(?:${alternation(data.quantifiers)})\\s+)?(?:${alternation(data.subjects)})\\s+` +
    `(?:(?:have|has|had|also|often|generally|widely|now)\\s+)?(?:${alternation(data.verbs)})(?![\\p{L}])`,
  'giu',
);

const REDUCED_PASSIVE = /^\s+to\s+(?:be|have|originate|come|derive|date|form|arise|exist|contain|represent|belong|cause|play|occur|lie)\b/i;

const VAGUE_QUANTITY_CONFIDENCE = 0.3;

interface Hit {
  index: number;
  length: number;
  note: string;
  vague: boolean;
  confidence?: number;
}

const LEAD_REPUTATION_CONFIDENCE = 0.4;

function addUnlessOverlapping(hits: Hit[], hit: Hit): void {
  if (!hits.some((h) => hit.index < h.index + h.length && h.index < hit.index + hit.length)) hits.push(hit);
}

// "it is widely believed", "it has been observed": a belief or report credited to no one ("it was observed by Hooke" names one).
const IMPERSONAL_REPORT = new RegExp(String.raw`\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:\p{L}+ly\s+|long\s+)?(?:${words.impersonalReportVerbs.join('|')}|known(?!\s+as\b))\b(?!\s+by\b)`, 'giu');

const marker = (at: number, text: string) => ({ title: `Insert a ${text} marker`, edits: [{ offset: at, endOffset: at, newText: ` ${text}` }] });

// "described by critics", "by other observers": a passive credited to an unnamed group.
const BY_SUBJECT = new RegExp(
  `\\bby\\s+(?:(?:${alternation([...data.quantifiers, 'other'])})\\s+)?(?:${alternation(data.subjects)})(?![\\p{L}])`,
  'giu',
);

// "debated and misunderstood by many for centuries", "is loved by some": a passive whose agent is a bare vague
// number. "by many people" is BY_SUBJECT's; "by some 20%" and "by many orders of magnitude" measure, they credit no one.
const BY_MANY = /\bby\s+(?:many|some|most|others|several)(?=\s*(?:[,.;:)!?]|$|\s+(?:for|as|in|to|since|who|and|but|over|during|across|around|alike|today|at)\b))/giu;

// "Mees is also known for her policy engagement": a reputation with no one who holds it. Praise after "known for"
// ("known for his humility") is puffery's, which reports it as praise. Judges on the tuning half listed the added
// reputation ("is also known for") four times in five; the one a subject is best known for, in a lead, seldom (a hint).
const KNOWN_FOR = /\b(?:is|are|was|were|became|has\s+been|had\s+been)\s+(?:also\s+|perhaps\s+|still\s+)?(?:best\s+|particularly\s+|mainly\s+|mostly\s+|primarily\s+|chiefly\s+|especially\s+|widely\s+|well\s+|most\s+)?known\s+for\b/giu;

/** Flags weasel attributions ("experts say", "studies show") that credit no one in particular. */
export const unsupportedAttribution: Rule = {
  meta: {
    id: 'unsupported-attribution',
    description: 'Vague attributions that name no one: "experts say", "studies show", "it is widely believed".',
    defaultSeverity: 'warning',
    confidence: 0.7,
    rationale: 'A claim credited to unnamed experts, studies or reports cannot be checked. Name who said it and link to where they said it.',
  },
  check(context) {
    const matcher = context.phrases<PhraseEntry>(data.entries);
    const quantities = context.phrases<PhraseEntry>(data.vagueQuantities);
    const reports: RuleReport[] = [];
    for (const sentence of context.sentences) {
      if (sentence.cited || sentence.segment.kind === 'heading') continue;
      const quotes = quotationsOf(sentence).acrossSentences;
      const hits: Hit[] = matcher.matchAll(sentence.text)
        .filter((h) => !namesWhoKnows(sentence.text, h.index + h.length))
        .map((h) => ({ index: h.index, length: h.length, note: h.entry.note, vague: false }));
      SUBJECT_VERB.lastIndex = 0;
      for (let m = SUBJECT_VERB.exec(sentence.text); m; m = SUBJECT_VERB.exec(sentence.text)) {
        // "radiation sources thought to originate in black holes": a passive participle after a noun, not a group's opinion
        if (REDUCED_PASSIVE.test(sentence.text.slice(m.index + m[0].length))) continue;
        addUnlessOverlapping(hits, { index: m.index, length: m[0].length, note: 'Names no one in particular.', vague: false });
      }
      const praised = knownForTraits(sentence.text);
      KNOWN_FOR.lastIndex = 0;
      for (let m = KNOWN_FOR.exec(sentence.text); m; m = KNOWN_FOR.exec(sentence.text)) {
        const knownAt = m.index + m[0].search(/known\s+for$/i);
        if (praised.some(([index]) => index === knownAt)) continue;
        const added = /\balso\s/i.test(m[0]);
        addUnlessOverlapping(hits, { index: m.index, length: m[0].length, note: 'A reputation with no one who holds it.', vague: false, confidence: added ? undefined : LEAD_REPUTATION_CONFIDENCE });
      }
      for (const pattern of [BY_SUBJECT, BY_MANY, IMPERSONAL_REPORT]) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
          addUnlessOverlapping(hits, { index: m.index, length: m[0].length, note: 'Names no one in particular.', vague: false });
        }
      }
      for (const [index, length] of agentlessVerdicts(sentence.text)) {
        addUnlessOverlapping(hits, { index, length, note: 'A verdict with no one who gave it.', vague: false });
      }
      for (const [index, length] of bareOpinionHolders(sentence.text)) {
        addUnlessOverlapping(hits, { index, length, note: 'A group with no names in it.', vague: false });
      }
      for (const h of quantities.matchAll(sentence.text)) {
        if (!isVagueQuantity(sentence.text, h.index, h.length)) continue;
        const view = creditedView(sentence.text, h.index, h.length);
        if (view > 0) addUnlessOverlapping(hits, { index: h.index, length: h.length + view, note: 'Credits a view to people it does not name.', vague: false });
        else addUnlessOverlapping(hits, { index: h.index, length: h.length, note: h.entry.note, vague: true });
      }
      for (const { index, length, note, vague, confidence } of hits) {
        if (inside(quotes, index)) continue;
        const phrase = sentence.text.slice(index, index + length);
        const end = sentence.offset + index + length;
        reports.push({
          ...span(sentence, index, length),
          message: vague ? `Vague quantity ${quote(phrase)}: ${note} Cite who counted` : `Vague attribution ${quote(phrase)}: ${note} Say who, and cite them`,
          severity: vague ? 'info' : undefined,
          // A vague quantity is worth a look far less often than a vague attribution (judged drafts: about a third).
          confidence: vague ? VAGUE_QUANTITY_CONFIDENCE : confidence,
          fixes: [vague ? marker(end, '[how many?]') : marker(end, '[who?]')],
          cite: sentence.cite,
        });
      }
    }
    return reports;
  },
};
