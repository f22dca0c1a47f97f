import type { Rule } from '../../core/rule';
import type { RuleReport, Sentence } from '../../core/types';
import type { PhraseEntry } from '../../core/phrases';
import data from './phrases.json';
import { deletion, quote, span } from '../shared/text-utils';
import { inside, quotationsOf, type QuoteSpan } from '../../core/quotations';
import { isDuty, isEpistemicModal, isPassiveBelief, isScheduled, isSuccession, modalStrength, namesCharge, notAHedge } from './context';
import { addressesReader, inInstructions, inOwnWorkParagraph, inPersonalVoice, speaksAsI } from '../shared/register';
import { attributions } from '../shared/speaker';

// Judged share of findings a fact-checker wanted (model-written drafts; see docs/accuracy.md): a report or a forecast
// is nearly always worth a look, a belief with its holder named or a soft adverb seldom; a modal by what follows it.
const STRENGTH = { strong: 0.75, weak: 0.35, plain: 0.55 };
const MODAL_CONFIDENCE = { guess: 0.6, possibility: 0.45, caution: 0.3 };
// In a paragraph of instructions, what is left is mostly the writer's caution, not a claim about the world.
const IN_INSTRUCTIONS = 0.3;
// In a statement credited to a named speaker ("According to a police spokesman, it might have been…"), the doubt is the speaker's.
const ATTRIBUTED = 0.35;
const REPORTED_AS_ATTRIBUTION = 0.3;
const SCHEDULED = 0.3;
const OWN_INFERENCE = 0.35;
// "I'm still unsure about this gig I might have landed", "the packages are likely designed to … In the past, I've …": the
// writer's own guess in a diary or a review, an opinion clearly marked as theirs.
const OWN_VOICE = 0.3;
// "arrested for allegedly stealing", "charged with allegedly", "under investigation for allegedly making": the charge
// or the investigation is who alleges it, as news and court reports word it.
const CHARGED_BEFORE = /\b(?:for|of|with|over)\s+$/i;
const VAGUE_HOLDER_BEFORE = /\b(?:widely|generally|commonly|universally|it(?:\s+(?:is|was|has\s+been|had\s+been))?)\s+$/i;

interface HedgeEntry extends PhraseEntry {
  kind?: 'adverb' | 'modal' | 'passive' | 'phrase';
  strength?: 'strong' | 'weak';
}

const IMPERSONAL = /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:\p{L}+ly\s+)?$/iu;
// The verbs unsupported-attribution reports after an impersonal "it is (widely)".
const REPORT_VERB = /^(?:believed|thought|said|claimed|reported|considered|rumou?red|alleged|assumed|suggested|presumed|supposed|argued|estimated)\b/i;

/** True when the sentence ends with a question mark (closing quotes, brackets and emphasis aside). */
function endsWithQuestion(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && ' \t\n)"”’\'*_'.includes(text[i])) i--;
  return text[i] === '?';
}

/** Where the hedge is the writer's own: not a capitalised month "May", not inside a quotation. */
function isHedge(sentence: Sentence, index: number, length: number, entry: HedgeEntry, quotes: readonly QuoteSpan[]): boolean {
  const word = sentence.text.slice(index, index + length);
  if (inside(quotes, index)) return false;
  // "it is widely believed": an attribution to no one, which unsupported-attribution reports.
  if (REPORT_VERB.test(word) && IMPERSONAL.test(sentence.text.slice(0, index))) return false;
  if (/expected/i.test(word) && isDuty(sentence.text, index, length)) return false;
  if (notAHedge(sentence.text, index, length)) return false;
  if (entry.kind === 'passive') return isPassiveBelief(sentence.text, index, length);
  if (entry.kind !== 'modal') return true;
  if (word === 'May' || word === 'MAY' || word === 'MIGHT' || word === 'COULD') return false; // the month, RFC 2119 keywords
  return isEpistemicModal(sentence.text, index, length);
}

/** Flags hedges and predictions; an attributed and cited hedge is only a hint. */
export const hedge: Rule = {
  meta: {
    id: 'hedge',
    claimStatus: 'hedged',
    description: 'Uncertainty and prediction hedges ("likely", "reportedly", "is expected to", "could potentially").',
    defaultSeverity: 'info',
    rationale: 'A hedge signals that the writer is not sure. Either find out and state the fact with a source, or say whose estimate it is and cite them.',
  },
  check(context) {
    const matcher = context.phrases<HedgeEntry>(data.entries as HedgeEntry[]);
    const reports: RuleReport[] = [];
    const attributed = attributions(context.sentences);
    for (const sentence of context.sentences) {
      // Advice to the reader ("you may want to", "Make sure it is possibly…") is not uncertainty about the world.
      if (sentence.segment.kind === 'heading' || addressesReader(sentence)) continue;
      const instructions = inInstructions(sentence, context.sentences);
      // A rhetorical question ("Or perhaps you've…?") asks; it does not hedge a claim.
      const question = endsWithQuestion(sentence.text);
      const quotes = quotationsOf(sentence).paired;
      for (const { index, length, entry } of matcher.matchAll(sentence.text)) {
        if (!isHedge(sentence, index, length, entry, quotes)) continue;
        if (question && entry.kind === 'adverb') continue;
        const word = sentence.text.slice(index, index + length);
        reports.push({
          ...span(sentence, index, length),
          message: sentence.cited ? `Hedge ${quote(word)} in a cited sentence: check that the source says so` : `Hedge ${quote(word)}: ${entry.note}`,
          severity: sentence.cited ? 'hint' : undefined,
          fixes: entry.kind === 'adverb' ? [{ title: `Remove ${quote(word)}`, edits: [deletion(sentence, index, length)] }] : [],
          cite: sentence.cited ? undefined : sentence.cite,
          confidence: Math.min(
            attributed.has(sentence) ? ATTRIBUTED : 1,
            // "widely regarded as", "it is thought to": a belief credited to no one, which unsupported-attribution reports.
            entry.kind !== 'adverb' && entry.kind !== 'modal' && VAGUE_HOLDER_BEFORE.test(sentence.text.slice(0, index)) ? REPORTED_AS_ATTRIBUTION : 1,
            /^allegedly$/i.test(word) && CHARGED_BEFORE.test(sentence.text.slice(0, index)) ? REPORTED_AS_ATTRIBUTION : 1,
            // "Blatter is also accused of …" in a story about an investigation: the charge, which the investigation makes.
            namesCharge(word, sentence.segment.text) ? REPORTED_AS_ATTRIBUTION : 1,
            // "is set to carry the Olympic torch": a scheduled event, which date-sensitive and expired-prediction watch.
            isScheduled(sentence.text, index, length) || isSuccession(sentence.text, index, length) ? SCHEDULED : 1,
            // "We interpret this lag as evidence …, likely related to …": the authors' own inference in a paper's abstract.
            inOwnWorkParagraph(sentence, context.sentences) ? OWN_INFERENCE : 1,
            speaksAsI(sentence.text) || inPersonalVoice(sentence, context.sentences) ? OWN_VOICE : 1,
            instructions ? IN_INSTRUCTIONS
              : entry.kind === 'modal' && !entry.strength ? MODAL_CONFIDENCE[modalStrength(sentence.text, index, length)]
              : STRENGTH[entry.strength ?? 'plain'],
          ),
        });
      }
    }
    return reports;
  },
};
