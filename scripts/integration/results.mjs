// Reads and reports the results file written by test/integration/index.ts (shared by both runners).
import * as fs from 'node:fs';

export const RESULTS_ENV = 'CITATION_NEEDED_TEST_RESULTS';

/** Returns the parsed results file, or null while it is missing or unreadable. */
export function readResults(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Prints the mocha report and counts, ending with a line `N passed, N failed`.
 * Returns true only for a complete run with at least one test and no failures or errors.
 */
export function reportResults(results, problem) {
  const passes = results?.passes ?? 0;
  const failures = results?.failures ?? 0;
  if (results?.report) console.log(`\n${results.report}\n`);
  for (const f of results?.failed ?? []) console.log(`FAILED: ${f.title}\n  ${f.error}`);
  const reasons = [];
  if (problem) reasons.push(problem);
  if (!results) reasons.push('no results file was written');
  else {
    if (results.error) reasons.push(`the suite crashed: ${results.error}`);
    if (!results.complete) reasons.push('the results file is incomplete');
    if (results.complete && results.total === 0) reasons.push('zero tests ran');
  }
  for (const reason of reasons) console.error(`ERROR: ${reason}`);
  console.log(`${passes} passing, ${failures} failing${results?.pending ? `, ${results.pending} pending` : ''}`);
  console.log(`${passes} passed, ${failures} failed`);
  return reasons.length === 0 && failures === 0;
}
