import type { Rule } from '../../core/rule';
import type { RuleReport, Sentence } from '../../core/types';
import { scoreSentence, type FeatureHit } from './check-worthiness';
import markers from '../citation-integrity/phrases.json';
import { alternation, quote } from '../shared/text-utils';
import { attributions } from '../shared/speaker';
import { addressesReader, continuesOwnWork, inChattyParagraph, inPersonalVoice, looksLikeTitle, speaksAsI } from '../shared/register';
import calibration from './calibration.json';
import data from './check-worthiness.json';
import { holdsPlaceholder } from '../ai-artifact/placeholders';

/** Share of such findings judges wanted on model-written drafts, from the sentence's check-worthiness score. */
const confidenceOf = (score: number) => 1 / (1 + Math.exp(-(calibration.bias + calibration.weight * score)));

// A step of a how-to that happens to hold a number, the authors' own result ("We found that 60%…"), or a recollection
// in a chatty answer is seldom a claim a fact-checker wants sourced (judged drafts).
const IN_INSTRUCTION = 0.3;

// Features are listed from the most specific (statistic, amount) to the most general (number, past event).
const strongest = (hits: FeatureHit[]) => hits.find((h) => h.weight > 0 && h.text);

interface Cap {
  max: number;
  unlessAlso: string[];
  unlessBefore?: string;
  unlessAfter?: string;
}
const CAPS = new Map(
  Object.entries(calibration.reasonCaps)
    .filter((e): e is [string, Cap] => typeof e[1] === 'object')
    .map(([label, cap]) => [label, {
      ...cap,
      before: cap.unlessBefore === undefined ? undefined : new RegExp(cap.unlessBefore, 'iu'),
      after: cap.unlessAfter === undefined ? undefined : new RegExp(cap.unlessAfter, 'u'),
    }]),
);

/** The calibrated confidence, no higher than the ceiling of the feature the finding is reported for. */
function confidence(text: string, score: number, hits: FeatureHit[]): number {
  const best = strongest(hits);
  const cap = best && CAPS.get(best.label);
  const held = cap && !hits.some((h) => h.weight > 0 && cap.unlessAlso.includes(h.label)) &&
    !cap.before?.test(text.slice(0, best.index)) && !cap.after?.test(text.slice(best.index + best.text.length));
  return held ? Math.min(confidenceOf(score), cap.max) : confidenceOf(score);
}

function reason(hits: FeatureHit[]): string {
  const best = strongest(hits);
  if (!best) return 'factual claim';
  return best.label === 'causal claim' || (best.label === 'direct quotation' && best.text.length > 40)
    ? best.label
    : `${best.label} ${quote(best.text)}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Leftover markers (citation-integrity's list) and inline questions like "[who?]", "[how many?]" that quick fixes insert.
const MARKER_SOURCE = `${markers.entries.map((e) => escape(e.phrase)).join('|')}|\\[(?:\\p{L}+ ){0,3}\\p{L}+\\?\\]`;
const MARKER = new RegExp(MARKER_SOURCE, 'iu');
const OPENING_MARKERS = new RegExp(`^\\s*(?:(?:${MARKER_SOURCE})\\s*)+`, 'iu');

/** Length of the markers a sentence opens with ("[source] Sales rose…"): they belong to the sentence before. */
const openingLength = (sentence: Sentence) => OPENING_MARKERS.exec(sentence.text)?.[0].length ?? 0;

/**
 * Sentences that carry a leftover marker: the writer already knows a source is missing, and
 * citation-integrity reports the marker.
 */
function marked(sentences: readonly Sentence[]): Set<Sentence> {
  const out = new Set<Sentence>();
  sentences.forEach((sentence, i) => {
    const opening = openingLength(sentence);
    const previous = sentences[i - 1];
    if (opening > 0) out.add(previous?.segment === sentence.segment ? previous : sentence);
    if (MARKER.test(sentence.text.slice(opening))) out.add(sentence);
  });
  return out;
}

// "He's like, "I'm gonna make it the best plane ever!"": quotative "like" brings in imagined or paraphrased talk in a
// chatty answer, not a quotation anyone could source.
const QUOTATIVE_LIKE = /(?:['’](?:s|re|m)|\b(?:is|are|was|were|am))\s+(?:all\s+|just\s+|totally\s+|kind\s+of\s+)?like,?\s*["“]/iu;

// In a chatty answer, a statement is the answerer's recollection unless it gives a figure or a date someone could look up
// ("There were over 156,000 troops landed on five beaches").
const LOOKED_UP = new Set(['statistic', 'amount', 'figure', 'quantity', 'number', 'date', 'record']);
// So in a diary or a review in the writer's own voice ("My companion chose the Buffalo Chicken Wrap", "Thankfully, a new
// restaurant just opened nearby"): the writer is the source of what they lived. A sentence that says "I" or "my" is held
// low whatever it states.
const recollection = (sentence: Sentence, sentences: readonly Sentence[], hits: FeatureHit[]) =>
  speaksAsI(sentence.text) ||
  ((inChattyParagraph(sentence) || inPersonalVoice(sentence, sentences)) && !hits.some((h) => h.weight > 0 && LOOKED_UP.has(h.label)));

// "In our example, we subtract 5 from 23, leaving us with 18.", "For example, if we want to calculate the square root of
// 23456 …", "This gives us 13.": the numbers of a worked example, made up to teach a method.
const WORKED_EXAMPLE = /\b(?:in|for)\s+(?:our|this|the\s+(?:above|previous|following))\s+example\b|^\W*for\s+(?:example|instance),?\s+(?:if|suppose|say)\s+(?:we|you)\b|\b(?:gives|leaves|leaving)\s+us\s+(?:with\s+)?[\d−-]/i;

// "In conclusion, George N. Turner was a remarkable man who …": a closing summary restates the article in praise, which
// puffery reports; judges wanted about half of them as unsourced claims. So with a list's lead-in. One with a figure or a
// date still counts.
const SUMMARY = /^\W*(?:overall|in\s+(?:conclusion|summary|short|sum)|to\s+(?:sum\s+up|summari[sz]e|conclude))\b/i;
const restatesOrLeadsIn = (sentence: Sentence, hits: FeatureHit[]) =>
  (SUMMARY.test(sentence.text) && !hits.some((h) => h.weight > 0 && LOOKED_UP.has(h.label))) ||
  (LIST_LEAD.test(sentence.text) && !hits.some((h) => h.weight > 0 && (LOOKED_UP.has(h.label) || COUNTED.has(h.label))));
const COUNTED = new Set(['number word', 'count']);
// "Here is a list of some of the most notable Qazis of the Maldives:": a list's lead-in; the items make the claims.
const LIST_LEAD = /:\s*$/;

// "We arrived around 2:30 pm", "Consequently, we maintain geographically dispersed resources": the writer's group (a
// couple's review, a company's report on itself) tells what it did or does; no one else could be cited for it.
const WE_SUBJECT = /^\W*(?:[^,;:“”"]{1,60},\s*){0,2}we(?:['’](?:ve|re|d|ll))?\s+(?!all\b|both\b|know\b|now\s+know\b)\p{L}/iu;

// "Our corporate fleet consists mainly of vehicles under three years old", "The Company has converted all light fixtures":
// an organisation reporting on itself (check-worthiness.json firstParty).
const FIRST_PARTY = new RegExp(String.raw`\b[Oo]ur\s+(?:[\p{L}-]+\s+)?(?:${alternation(data.firstParty.ownNouns)})\b|\b[Tt]he\s+Company\b`, 'u');

/** An instruction, the authors' own result, imagined talk, a worked example or a chatty recollection: held low whatever its score. */
const heldLow = (sentence: Sentence, sentences: readonly Sentence[], hits: FeatureHit[]) =>
  addressesReader(sentence) || WE_SUBJECT.test(sentence.text) || FIRST_PARTY.test(sentence.text) || continuesOwnWork(sentence, sentences) || QUOTATIVE_LIKE.test(sentence.text) || WORKED_EXAMPLE.test(sentence.text) || recollection(sentence, sentences, hits) || restatesOrLeadsIn(sentence, hits);

// "Sure, here's a Wikipedia article with the title …": the model talking to its user, which ai-artifact reports.
const CHAT_OPENER = /^\W*(?:Sure|Certainly|Of course|Absolutely)[,!.]?\s+(?:here|I)\b/i;

// A reading-list entry ("Stephen Halliday, *The Great Stink of London* (Sutton Publishing, 1999).") is a source, not a claim.
// So are the parts a sentence splitter leaves on their own: the publisher and year that close one ("ABC Publishers,
// 2020."), a journal with its year and pages ("Proceedings of the Royal Geographical Society, 1881, 32-40."), an access
// date ("10 Mar. 2023.").
const YEAR = String.raw`(?:1[5-9]|20)\d\d`;
const REFERENCE_PIECES: readonly RegExp[] = [
  new RegExp(String.raw`^\W*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s.+\([^()]*[,:]\s*${YEAR}\)\W*$`, 'u'),
  new RegExp(String.raw`^\W*(?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}(?:${alternation(data.referencePublishers.words)}),\s*${YEAR}\W*$`, 'u'),
  new RegExp(String.raw`,\s*${YEAR},\s*(?:\d+\s*(?:\(\d+\))?,\s*)?(?:pp?\.\s*)?\d+\s*[-–]\s*\d+\W*$`, 'u'),
  new RegExp(String.raw`^\W*\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?\s+${YEAR}\W*$`, 'u'),
];
const isReferencePiece = (text: string) => REFERENCE_PIECES.some((re) => re.test(text));

// "has received numerous awards and honors", "was home to a number of hill forts": a count of checkable things with no
// figure, which the scorer weighs little (check-worthiness.json vagueCount).
const VAGUE_COUNT = new RegExp(
  String.raw`\b(?:${alternation(data.vagueCount.quantifiers)})\s+(?!(?:${alternation(data.vagueCount.notCounted)})\b)(?:[\p{L}-]+\s+){0,2}?(\p{L}{3,}s)\b`,
  'iu',
);
const NOT_COUNTED = new Set(data.vagueCount.notCounted);

/** The vague count a sentence states ("numerous awards"), or undefined. */
function vagueCount(sentence: Sentence): string | undefined {
  const m = VAGUE_COUNT.exec(sentence.text);
  // A question, the writer's own account ("I was involved in a number of efforts", "We have numerous accounts"), a
  // list's lead-in ("… in several variants, including:") or a closing summary ("Overall, she has received numerous awards").
  if (!m || NOT_COUNTED.has(m[1].toLowerCase()) || /[?:]\W*$/.test(sentence.text) || /\b(?:I|[Ww]e)\b/.test(sentence.text) || SUMMARY.test(sentence.text)) return undefined;
  return m[0];
}

/** Flags check-worthy sentences (statistics, records, causal claims, quotations) that cite nothing. */
export const unsourcedClaim: Rule = {
  meta: {
    id: 'unsourced-claim',
    description: 'A check-worthy sentence (statistic, amount, superlative, causal claim, quotation) with no citation.',
    defaultSeverity: 'warning',
    rationale: 'Numbers, records, causes and quotations are what readers check first. Cite where the figure or the words come from: a footnote, a link, or a reference.',
  },
  check(context) {
    const reports: RuleReport[] = [];
    const withMarker = marked(context.sentences);
    // Credited to a named person or body ("…," Kipnis said): attributed, which unlinked-source reports if there is no link.
    const attributed = attributions(context.sentences);
    for (const sentence of context.sentences) {
      // A sentence with a blank the model left ("[Name] served as …") is reported by ai-artifact, once.
      if (attributed.has(sentence) || looksLikeTitle(sentence) || sentence.cited || sentence.segment.kind !== 'paragraph' || sentence.segment.task || withMarker.has(sentence) || isReferencePiece(sentence.text) || CHAT_OPENER.test(sentence.text) || holdsPlaceholder(sentence.text)) continue;
      const worth = scoreSentence(sentence.text, context.config.sensitivity);
      if (!worth.checkWorthy) {
        const count = vagueCount(sentence);
        if (count && !heldLow(sentence, context.sentences, [])) {
          reports.push({
            offset: sentence.offset + openingLength(sentence),
            endOffset: sentence.endOffset,
            message: `Unsourced claim: vague count ${quote(count)} has no figure and no citation`,
            cite: sentence.cite,
            confidence: data.vagueCount.confidence,
          });
        }
        continue;
      }
      reports.push({
        offset: sentence.offset + openingLength(sentence),
        endOffset: sentence.endOffset,
        message: `Unsourced claim: ${reason(worth.hits)} has no citation`,
        cite: sentence.cite,
        confidence: heldLow(sentence, context.sentences, worth.hits) ? IN_INSTRUCTION : confidence(sentence.text, worth.score, worth.hits),
      });
    }
    return reports;
  },
};
