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
import { checkLimits } from './check-limits';

/** The project's repository. */
export const REPO_URL = 'https://github.com/citation-needed/citation-needed';

/** Where the user documentation lives: the docs/ folder of the repository. */
export const DOCS_BASE = `${REPO_URL}/blob/main/docs/`;

/** The documentation of inline directives, where directive problems point. */
export const DIRECTIVES_URL = `${DOCS_BASE}configuration.md#inline-directives`;

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
  checkLimits,
];

/** The docs URL of a rule: its page docs/rules/<id>.md. */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}rules/${ruleId}.md`;
}

/** Rule metadata with docs URLs, as the public catalogue. */
export const ruleCatalogue: ReadonlyArray<RuleMeta & { url: string }> = allRules.map((r) => ({ ...r.meta, url: docsUrl(r.meta.id) }));

/** Ids of every rule. */
export const ruleIds: readonly string[] = allRules.map((r) => r.meta.id);
