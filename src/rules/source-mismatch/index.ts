import type { Rule } from '../../core/rule';

/**
 * Cited sources that are unreachable or do not contain the claim's quotation or numbers. Needs the
 * network, so `lint()` never runs it: findings come only from `verifySources` (CLI `--verify-sources`,
 * the "Verify sources" command). It is registered so that configuration and directives know its id.
 */
export const sourceMismatch: Rule = {
  meta: {
    id: 'source-mismatch',
    description: 'Opt-in, network: a cited URL that is unreachable, or whose page does not contain the quoted words or the numbers of the claim it supports.',
    defaultSeverity: 'warning',
    network: true,
    rationale: 'A citation should say what the sentence says. Open the source and check the quotation and the figures, or replace the link with one that supports the claim.',
  },
  check() {
    return [];
  },
};
