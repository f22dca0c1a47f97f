import { allRules, docsUrl } from '../rules';
import { scoreSentence } from './check-worthiness';
import type { Sensitivity } from './config';
import { analyzeDocument, createEngine, type Engine, type LintOptions } from './lint';
import type { Finding, Sentence } from './types';
import type { DirectiveProblem } from './directives';

/**
 * Where a check-worthy sentence stands: cited; attributed but unlinked (a named source with no
 * link); hedged (an uncertainty hedge and no citation); unsourced.
 */
export type ClaimStatus = 'cited' | 'attributed-unlinked' | 'hedged' | 'unsourced';

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

function statusOf(sentence: Sentence, ruleIds: readonly string[]): ClaimStatus {
  if (sentence.cited) return 'cited';
  if (ruleIds.includes('unlinked-source')) return 'attributed-unlinked';
  if (ruleIds.includes('hedge')) return 'hedged';
  return 'unsourced';
}

/**
 * Builds the inventory from a document's sentences and findings: every check-worthy paragraph
 * sentence (the sentences `unsourced-claim` considers) with its status.
 */
export function buildInventory(text: string, sentences: readonly Sentence[], findings: readonly Finding[], sensitivity: Sensitivity): Inventory {
  const claims: Claim[] = [];
  const ordered = [...sentences].sort((a, b) => a.offset - b.offset);
  let next = 0; // findings are sorted by offset too
  for (const sentence of ordered) {
    while (next < findings.length && findings[next].offset < sentence.offset) next++;
    if (sentence.segment.kind !== 'paragraph' || sentence.segment.task) continue;
    const worth = scoreSentence(sentence.text, sensitivity);
    if (!worth.checkWorthy) continue;
    const ruleIds: string[] = [];
    for (let i = next; i < findings.length && findings[i].offset < sentence.endOffset; i++) {
      if (!ruleIds.includes(findings[i].ruleId)) ruleIds.push(findings[i].ruleId);
    }
    claims.push({
      offset: sentence.offset,
      endOffset: sentence.endOffset,
      text: text.slice(sentence.offset, sentence.endOffset),
      status: statusOf(sentence, ruleIds),
      score: worth.score,
      features: worth.hits.map((h) => h.label),
      ruleIds,
    });
  }
  const counts: Record<ClaimStatus, number> = { cited: 0, 'attributed-unlinked': 0, hedged: 0, unsourced: 0 };
  for (const claim of claims) counts[claim.status]++;
  return { claims, counts, sourcedRatio: claims.length ? counts.cited / claims.length : null };
}

/** Checks a document once with a prepared engine: findings and claim inventory from one parse. */
export function checkWithEngine(engine: Engine, text: string): CheckedDocument {
  const { findings, sentences, directiveProblems } = analyzeDocument(engine, text, docsUrl);
  return { findings, inventory: buildInventory(text, sentences, findings, engine.config.sensitivity), directiveProblems };
}

/** Checks a document once and returns both its findings and its claim inventory. */
export function checkDocument(text: string, options: LintOptions = {}): CheckedDocument {
  return checkWithEngine(createEngine(allRules, options), text);
}

/** The claim inventory of a Markdown document: every check-worthy sentence with its status, and the sourced ratio. */
export function inventory(text: string, options: LintOptions = {}): Inventory {
  return checkDocument(text, options).inventory;
}
