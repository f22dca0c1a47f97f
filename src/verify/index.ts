import { allRules, createEngine, docsUrl } from '../engine';
import { finalize, type LintOptions, type RawReport } from '../core/lint';
import { collectSourceClaims } from '../core/source-claims';
import type { HtmlComment } from '../core/prose';
import type { Finding } from '../core/types';
import { verifySources, type SourceResult, type VerifyOptions, type VerifyProgress } from './verify-sources';

export { verifySources, type SourceResult, type VerifyOptions, type VerifyProgress } from './verify-sources';
export { SourceCache, DEFAULT_TTL_MS, type CacheStore, type CachedOutcome } from './cache';
export { fetchSource, createDispatcher, FETCH_DEFAULTS, type FetchOutcome, type FetchLike } from './fetch-source';

const RULE = 'source-mismatch';
const clip = (s: string, n = 200) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const listed = (xs: string[]) => xs.map((x) => `“${clip(x, 80)}”`).join(', ');

/** Turns one verification result into a raw report of `source-mismatch`, or none when the source checks out. */
export function sourceReport(result: SourceResult): RawReport | undefined {
  const { claim, outcome } = result;
  const at = { ruleId: RULE, offset: claim.offset, endOffset: claim.endOffset };
  if (outcome.status === 'unreachable') return { ...at, message: `Source unreachable: ${claim.url} (${outcome.detail})` };
  if (outcome.status === 'skipped') return { ...at, severity: 'info', message: `Source not checked: ${claim.url} (${outcome.detail})` };
  if (!result.missingQuotes.length && !result.missingNumbers.length) return undefined;
  const lacks = [
    result.missingQuotes.length ? `the quotation ${listed(result.missingQuotes)}` : '',
    result.missingNumbers.length ? `${result.missingNumbers.length > 1 ? 'the numbers' : 'the number'} ${listed(result.missingNumbers)}` : '',
  ].filter(Boolean).join(' or ');
  return {
    ...at,
    message: `Source ${claim.url} does not contain ${lacks}`,
    note: result.closest ? `Closest passage in the source: “${clip(result.closest, 300)}”` : 'No similar passage was found in the source.',
  };
}

/** Findings of `source-mismatch` for a document: severity, docs URL and directives applied as for any rule. */
export function sourceFindings(text: string, results: readonly SourceResult[], comments: readonly HtmlComment[], options: LintOptions = {}): Finding[] {
  const reports = results.map(sourceReport).filter((r): r is RawReport => r !== undefined);
  return finalize(createEngine(options), text, reports, [...comments], docsUrl);
}

/**
 * Verifies every cited http(s) URL of a document and returns its `source-mismatch` findings.
 * Network access happens only here; `lint()` never calls it.
 */
export async function verifyDocumentSources(text: string, lintOptions: LintOptions = {}, options: VerifyOptions = {}, signal?: AbortSignal, onProgress?: (p: VerifyProgress) => void): Promise<Finding[]> {
  const { claims, comments } = collectSourceClaims(text, allRules, lintOptions);
  const results = await verifySources(claims, options, signal, onProgress);
  return sourceFindings(text, results, comments, lintOptions);
}
