import type { Rule } from '../../core/rule';
import type { RuleReport, Sentence } from '../../core/types';
import type { PhraseEntry } from '../../core/phrases';
import data from './phrases.json';
import { atSentenceStart, deletion, quote, span } from '../shared/text-utils';
import { inside, quotationsOf } from '../../core/quotations';
import { isAdvice, isClassifyingUse, isPlainSense, isVerbUse, knownForTraits, praiseSuperlatives, selfPraise } from './context';
import { inChattyParagraph, inInstructions, inOwnWorkParagraph, inPersonalVoice, speaksAsI, isInstruction } from '../shared/register';

interface PufferyEntry extends PhraseEntry {
  removable?: boolean;
  /** The share of its findings judges wanted to see, where below one half (phrases.json note). */
  confidence?: number;
}

// Words that in a paper's report of its own results name a property tested, not praise (phrases.json contextWords).
const RESEARCH_TERMS = new Set(data.contextWords.researchTerms);
// "It's, like, really amazing", "I think it is so excellent at its job": the answerer's own enthusiasm (contextWords.chatOpinion).
const CHAT_OPINION = new Set(data.contextWords.chatOpinion.words);
const OWN_OPINION = /\bI\s+(?:really\s+)?(?:think|feel|believe|love|find)\b/u;
const voicedOpinion = (sentence: Sentence, word: string) =>
  CHAT_OPINION.has(word.toLowerCase()) && (inChattyParagraph(sentence) || OWN_OPINION.test(sentence.text));

const SUPERLATIVE: PufferyEntry = { phrase: 'most …', note: 'A superlative of praise needs a measure and a source.' };
const SELF_PRAISE: PufferyEntry = { phrase: 'our work provides …', note: 'The writer praising their own work: say what it shows, and let the reader judge. Far more frequent in model-written abstracts than in their human counterparts (npm run eval:drafts).' };
const KNOWN_FOR: PufferyEntry = { phrase: 'known for …', note: 'Known to whom? A quality credited on no one\'s word: show it with a fact, or cite who says so. Far more frequent in model-written articles than in their human counterparts (npm run eval:drafts).' };

/** Flags promotional "peacock" terms that praise instead of informing. */
export const puffery: Rule = {
  meta: {
    id: 'puffery',
    description: 'Promotional or peacock terms ("cutting-edge", "a testament to") that assert significance without evidence.',
    defaultSeverity: 'info',
    rationale: 'Praise words ask the reader to take significance on trust. Replace them with the fact that earns the praise (a figure, an award, a first) and cite it.',
  },
  check(context) {
    const matcher = context.phrases<PufferyEntry>(data.entries);
    const reports: RuleReport[] = [];
    for (const sentence of context.sentences) {
      if (sentence.segment.kind === 'heading' || sentence.segment.kind === 'front-matter') continue;
      const quotes = quotationsOf(sentence).acrossSentences;
      // a step of a how-to, or a paragraph of tips: "important" ranks what the reader does
      const instruction = isInstruction(sentence) || inInstructions(sentence, context.sentences);
      // Superlatives first: "most popular" is one finding, not "popular" alone.
      const hits = [
        ...praiseSuperlatives(sentence.text).map(([index, length]) => ({ index, length, entry: SUPERLATIVE })),
        ...knownForTraits(sentence.text).map(([index, length]) => ({ index, length, entry: KNOWN_FOR })),
      ];
      // Then praise of the writer's own work ("Our work provides a vital step": praise, though "a vital step" alone
      // would rank a step of a task), then the listed phrases.
      const selfPraised = selfPraise(sentence.text).map(([index, length]) => ({ index, length, entry: SELF_PRAISE }));
      for (const h of [...selfPraised, ...matcher.matchAll(sentence.text)]) {
        if (!hits.some((x) => h.index < x.index + x.length && x.index < h.index + h.length)) hits.push(h);
      }
      for (const { index, length, entry } of hits) {
        const word = sentence.text.slice(index, index + length);
        // Capitalised mid-sentence: part of a name or title ("Pioneering Spirit"), not praise.
        if (/^\p{Lu}/u.test(word) && !atSentenceStart(sentence.text, index)) continue;
        if (inside(quotes, index) || isVerbUse(sentence.text, index, length) || isClassifyingUse(sentence.text, index, length)) continue;
        if (entry !== SELF_PRAISE && isPlainSense(sentence.text, index, length)) continue;
        if (entry !== SELF_PRAISE && isAdvice(sentence.text, index, length, instruction)) continue;
        if (voicedOpinion(sentence, word)) continue;
        // A diary or a review in the writer's own voice ("School was surprisingly enjoyable. I spent …", "This dog food is
        // amazing! My Basenji …"): opinion clearly marked as theirs. Not "we" and "our": a company praising itself is praise.
        if (entry !== SELF_PRAISE && (speaksAsI(sentence.text) || inPersonalVoice(sentence, context.sentences))) continue;
        // "our method provides a more precise and robust determination": a property a paper tests, not praise.
        if (RESEARCH_TERMS.has(word.toLowerCase()) && inOwnWorkParagraph(sentence, context.sentences)) continue;
        reports.push({
          ...span(sentence, index, length),
          message: `Promotional wording ${quote(word)}: ${entry.note}`,
          fixes: entry.removable
            ? [{ title: `Remove ${quote(word)}`, edits: [deletion(sentence, index, length)] }]
            : [],
          cite: sentence.cited ? undefined : sentence.cite,
          confidence: entry.confidence,
        });
      }
    }
    return reports;
  },
};
