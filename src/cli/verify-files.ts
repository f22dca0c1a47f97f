import { verifyDocumentSources, SourceCache } from '../verify/index';
import type { LintOptions } from '../core/lint';
import type { FileResult } from './types';

/**
 * Verifies the cited sources of every checked file (`--verify-sources`) and merges the
 * `source-mismatch` findings into the results. One cache serves the whole run, so a URL cited
 * in several files is fetched once. HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured. Progress
 * goes to `progress` (stderr).
 */
export async function verifyFiles(results: FileResult[], options: LintOptions, progress: (s: string) => void): Promise<void> {
  const cache = new SourceCache();
  for (const result of results) {
    if (result.text === undefined) continue;
    let last = 0;
    const found = await verifyDocumentSources(result.text, options, { cache, proxyFromEnv: true }, undefined, (p) => {
      if (p.done === p.total || p.done - last >= 25) progress(`citation-needed: ${result.file}: verified ${(last = p.done)}/${p.total} sources\n`);
    });
    result.findings = [...result.findings, ...found].sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
  }
}
