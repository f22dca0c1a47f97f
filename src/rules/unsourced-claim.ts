import type { Rule } from '../core/rule';
import type { RuleReport } from '../core/types';
import { scoreSentence, type FeatureHit } from '../core/check-worthiness';
import { quote } from './text-utils';

function reason(hits: FeatureHit[]): string {
  // Features are listed from the most specific (statistic, amount) to the most general (number, past event).
  const best = hits.find((h) => h.weight > 0 && h.text);
  if (!best) return 'factual claim';
  return best.label === 'causal claim' || (best.label === 'direct quotation' && best.text.length > 40)
    ? best.label
    : `${best.label} ${quote(best.text)}`;
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
    for (const sentence of context.sentences) {
      if (sentence.cited || sentence.segment.kind !== 'paragraph') continue;
      const worth = scoreSentence(sentence.text, context.config.sensitivity);
      if (!worth.checkWorthy) continue;
      reports.push({
        offset: sentence.offset,
        endOffset: sentence.endOffset,
        message: `Unsourced claim: ${reason(worth.hits)} has no citation`,
        cite: sentence.cite,
      });
    }
    return reports;
  },
};
