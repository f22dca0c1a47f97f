// Source verification in the editor: VS Code's proxy settings -> verifier options, the summary shown
// after a run. No `vscode` import here.
import type { SourceResult, VerifyOptions } from '../verify/index';
import type { Finding } from '../core/types';

/** How the verifier reaches the network, from `http.proxy`, `http.noProxy` and `http.proxyStrictSSL`. */
export function proxyOptions(proxy: unknown, noProxy: unknown, strictSSL: unknown): Pick<VerifyOptions, 'proxy' | 'noProxy' | 'proxyFromEnv' | 'strictSSL'> {
  const strict = strictSSL === false ? { strictSSL: false } : {};
  const url = typeof proxy === 'string' ? proxy.trim() : '';
  // With no `http.proxy`, VS Code itself uses HTTP_PROXY / HTTPS_PROXY / NO_PROXY: so does the verifier.
  if (!url) return { proxyFromEnv: true, ...strict };
  const hosts = Array.isArray(noProxy) ? noProxy.filter((h): h is string => typeof h === 'string' && h.trim() !== '').map((h) => h.trim()) : [];
  return { proxy: url, ...(hosts.length ? { noProxy: hosts.join(',') } : {}), ...strict };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The one-line result of a run, e.g. "3 sources checked in draft.md: 1 unreachable, 1 does not support its claim (2 from the cache)." */
export function verifySummaryLine(results: readonly SourceResult[], findings: readonly Finding[], where: string): string {
  const urls = new Map(results.map((r) => [r.claim.url, r]));
  const cached = [...urls.values()].filter((r) => r.cached).length;
  const unreachable = findings.filter((f) => f.message.startsWith('Source unreachable')).length;
  const unchecked = findings.filter((f) => f.message.startsWith('Source not checked')).length;
  const mismatched = findings.length - unreachable - unchecked;
  const parts = [
    unreachable ? `${unreachable} unreachable` : '',
    mismatched ? `${plural(mismatched, 'citation')} whose source lacks the claim's quotation or numbers` : '',
    unchecked ? `${unchecked} not checked` : '',
  ].filter(Boolean);
  const head = `${plural(urls.size, 'source')} checked in ${where}`;
  const tail = cached ? ` (${cached} from the cache)` : '';
  return `${head}: ${parts.length ? parts.join(', ') : 'no problems found'}${tail}.`;
}
