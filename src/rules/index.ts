import type { Rule, RuleMeta } from '../core/rule';
import { unsourcedClaim } from './unsourced-claim';
import { unsupportedAttribution } from './unsupported-attribution';
import { unlinkedSource } from './unlinked-source';
import { hedge } from './hedge';
import { puffery } from './puffery';
import { dateSensitive } from './date-sensitive';
import { staleDate } from './stale-date';
import { expiredPrediction } from './expired-prediction';
import { citationIntegrity } from './citation-integrity';
import { aiArtifact } from './ai-artifact';
import { sourceMismatch } from './source-mismatch';

/** Where each rule's documentation lives: its section of the README. */
export const DOCS_BASE = 'https://github.com/citation-needed/citation-needed#';

/** Every rule, in catalogue order. */
export const allRules: readonly Rule[] = [
  unsourcedClaim,
  unsupportedAttribution,
  unlinkedSource,
  hedge,
  puffery,
  dateSensitive,
  staleDate,
  expiredPrediction,
  citationIntegrity,
  aiArtifact,
  sourceMismatch,
];

/** The docs URL of a rule (a README anchor). */
export function docsUrl(ruleId: string): string {
  return DOCS_BASE + ruleId;
}

/** Rule metadata with docs URLs, as the public catalogue. */
export const ruleCatalogue: ReadonlyArray<RuleMeta & { url: string }> = allRules.map((r) => ({ ...r.meta, url: docsUrl(r.meta.id) }));

/** Ids of every rule. */
export const ruleIds: readonly string[] = allRules.map((r) => r.meta.id);
