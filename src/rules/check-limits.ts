import type { Rule } from '../core/rule';
import { LIMITS_RULE_ID } from '../core/limits';

/**
 * The engine's notices about its own limits. The core reports them (a block skipped or checked as
 * plain text, findings over `maxFindingsPerFile`); this entry makes them configurable like any rule.
 */
export const checkLimits: Rule = {
  meta: {
    id: LIMITS_RULE_ID,
    description: 'Parts of a document the checker skipped or checked as plain text, and findings left out over the cap.',
    defaultSeverity: 'info',
    rationale: 'Hostile or generated Markdown (thousands of emphasis markers or brackets in one block, lists nested hundreds deep) would take the parser minutes, and a file with thousands of findings would flood every report: the checker bounds both and says where it did, so nothing is left out silently.',
  },
  check: () => [],
};
