import type { Rule } from './rule';
import type { ClaimStatus, Sentence } from './types';
import type { Finding } from './types';
import type { DirectiveProblem } from './directives';

export type { ClaimStatus } from './types';

/** Every status, from best to worst. */
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['cited', 'attributed-unlinked', 'hedged', 'unsourced'];

/** A check-worthy sentence with its status and the findings inside it. */
export interface Claim {
  offset: number;
  endOffset: number;
  /** Source text of the sentence. */
  text: string;
  status: ClaimStatus;
  /** Check-worthiness score and the labels of the features that fired. */
  score: number;
  features: string[];
  /** Ids of the rules with a finding inside the sentence, in order of first finding, without repeats. */
  ruleIds: string[];
}

/** The claims of one document and its sourced ratio. */
export interface Inventory {
  claims: Claim[];
  /** Number of claims per status. */
  counts: Record<ClaimStatus, number>;
  /** Cited check-worthy sentences / all check-worthy sentences; null when there is no claim. */
  sourcedRatio: number | null;
}

/** Findings and inventory of one document, from one parse. */
export interface CheckedDocument {
  findings: Finding[];
  inventory: Inventory;
  /** Directives that do nothing as written (unknown names or rule ids). */
  directiveProblems: DirectiveProblem[];
}

/** How check-worthy a sentence's masked text is: the score, the labels of the features behind it, the verdict. */
export interface ClaimScore {
  score: number;
  hits: ReadonlyArray<{ label: string }>;
  checkWorthy: boolean;
}

/** Scores a sentence's masked text for check-worthiness (the engine passes the rules' scorer, sensitivity bound). */
export type ClaimScorer = (text: string) => ClaimScore;

function statusOf(sentence: Sentence, ruleIds: readonly string[], statusByRule: ReadonlyMap<string, ClaimStatus>): ClaimStatus {
  if (sentence.cited) return 'cited';
  const marked = new Set(ruleIds.map((id) => statusByRule.get(id)));
  return CLAIM_STATUSES.find((status) => marked.has(status)) ?? 'unsourced';
}

/**
 * Builds the inventory from a document's sentences and findings: every check-worthy paragraph
 * sentence (the sentences `score` finds check-worthy) with its status, which the rules' `claimStatus` decides.
 */
export function buildInventory(text: string, sentences: readonly Sentence[], findings: readonly Finding[], rules: readonly Rule[], score: ClaimScorer): Inventory {
  const statusByRule = new Map<string, ClaimStatus>();
  for (const rule of rules) if (rule.meta.claimStatus) statusByRule.set(rule.meta.id, rule.meta.claimStatus);
  const claims: Claim[] = [];
  const ordered = [...sentences].sort((a, b) => a.offset - b.offset);
  let next = 0; // findings are sorted by offset too
  for (const sentence of ordered) {
    while (next < findings.length && findings[next].offset < sentence.offset) next++;
    if (sentence.segment.kind !== 'paragraph' || sentence.segment.task) continue;
    const worth = score(sentence.text);
    if (!worth.checkWorthy) continue;
    const ruleIds: string[] = [];
    for (let i = next; i < findings.length && findings[i].offset < sentence.endOffset; i++) {
      if (!ruleIds.includes(findings[i].ruleId)) ruleIds.push(findings[i].ruleId);
    }
    claims.push({
      offset: sentence.offset,
      endOffset: sentence.endOffset,
      text: text.slice(sentence.offset, sentence.endOffset),
      status: statusOf(sentence, ruleIds, statusByRule),
      score: worth.score,
      features: worth.hits.map((h) => h.label),
      ruleIds,
    });
  }
  const counts: Record<ClaimStatus, number> = { cited: 0, 'attributed-unlinked': 0, hedged: 0, unsourced: 0 };
  for (const claim of claims) counts[claim.status]++;
  return { claims, counts, sourcedRatio: claims.length ? counts.cited / claims.length : null };
}
