import { closestPassage, containsQuote, foldText, pageQuantities, quantityKey, toQuantity } from '../core/claim-match';
import type { SourceClaim } from '../core/source-claims';
import { createDispatcher, fetchSource, type FetchOptions, type FetchOutcome, type ProxyOptions } from './fetch-source';
import { SourceCache } from './cache';

/** Options of a verification run: fetch limits and hooks, concurrency, cache. */
export interface VerifyOptions extends Omit<FetchOptions, 'signal'>, ProxyOptions {
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  /** Cache of fetch outcomes; pass the same one to later runs to reuse them. */
  cache?: SourceCache;
}

/** Progress of a run: URLs done out of the total. */
export interface VerifyProgress {
  done: number;
  total: number;
  url: string;
}

/** The verdict on one claim: the fetch outcome, and what the page lacks. */
export interface SourceResult {
  claim: SourceClaim;
  /** The fetch outcome, without the page text. */
  outcome: Exclude<FetchOutcome, { status: 'ok' }> | Omit<Extract<FetchOutcome, { status: 'ok' }>, 'text'>;
  /** Served from the cache rather than fetched. */
  cached: boolean;
  missingQuotes: string[];
  missingNumbers: string[];
  /** The page passage closest to the first missing quotation (or to the sentence, for numbers). */
  closest?: string;
}

// Transient failures are not cached: the next run tries again.
const TRANSIENT = new Set(['timeout', 'network', 'refused']);

/** Runs tasks with at most `limit` in flight. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function judge(claim: SourceClaim, page: string, folded: string, quantities: Set<string>): Pick<SourceResult, 'missingQuotes' | 'missingNumbers' | 'closest'> {
  const missingQuotes = claim.quotes.filter((q) => !containsQuote(folded, q));
  const missingNumbers = claim.numbers.filter((n) => {
    const q = toQuantity(n);
    return q !== undefined && !quantities.has(quantityKey(q));
  });
  const target = missingQuotes[0] ?? (missingNumbers.length ? claim.sentence.text : undefined);
  const closest = target === undefined ? undefined : closestPassage(page, target, 0.4);
  return { missingQuotes, missingNumbers, closest };
}

/**
 * Fetches every cited URL once (at most `concurrency` at a time, cached outcomes reused) and
 * checks each claim against its page. Cancelling `signal` rejects with its reason.
 */
export async function verifySources(claims: readonly SourceClaim[], options: VerifyOptions = {}, signal?: AbortSignal, onProgress?: (p: VerifyProgress) => void): Promise<SourceResult[]> {
  const cache = options.cache ?? new SourceCache();
  const urls = [...new Set(claims.map((c) => c.url))];
  const outcomes = new Map<string, { outcome: FetchOutcome; cached: boolean }>();
  let done = 0;
  const concurrency = options.concurrency ?? 4;
  const own = options.dispatcher ? undefined : createDispatcher({ ...options, connections: concurrency });
  const dispatcher = options.dispatcher ?? own;
  try {
    await pool(urls, concurrency, async (url) => {
      signal?.throwIfAborted();
      const hit = await cache.get(url);
      const outcome = hit ?? (await fetchSource(url, { ...options, dispatcher, signal }));
      if (!hit && !(outcome.status === 'unreachable' && TRANSIENT.has(outcome.reason))) await cache.set(url, outcome);
      outcomes.set(url, { outcome, cached: hit !== undefined });
      onProgress?.({ done: ++done, total: urls.length, url });
    });
  } finally {
    await own?.close();
  }
  const pages = new Map<string, { folded: string; quantities: Set<string> }>();
  return claims.map((claim) => {
    const { outcome, cached } = outcomes.get(claim.url)!;
    if (outcome.status !== 'ok') return { claim, outcome, cached, missingQuotes: [], missingNumbers: [] };
    const { text, ...rest } = outcome;
    let page = pages.get(claim.url);
    if (!page) pages.set(claim.url, (page = { folded: foldText(text), quantities: pageQuantities(text) }));
    return { claim, outcome: rest, cached, ...judge(claim, text, page.folded, page.quantities) };
  });
}
