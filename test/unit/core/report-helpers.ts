import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main';

/** A fresh temporary folder, removed by the returned function. */
export function tempFolder(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `cn-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the CLI in a folder and captures its exit code, standard output and standard error. */
export async function runCli(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const previous = process.cwd();
  let out = '';
  let err = '';
  process.chdir(cwd);
  try {
    const code = await run(args, (s) => { out += s; }, (s) => { err += s; });
    return { code, out, err };
  } finally {
    process.chdir(previous);
  }
}

/** A draft with one claim of each status and findings of several rules, line by line. */
export const DRAFT = [
  '# Quarterly notes', //                                                                    1
  '',
  'Revenue grew 40% in 2024.[^1]', //                                                        3: cited
  '',
  'According to The Washington Post, sales rose by 12% in 2023.', //                          5: attributed, unlinked
  '',
  'Prices will likely rise 30% by 2027.', //                                                 7: hedged
  '',
  'The plant produced 4,000 tonnes of steel in 2022.', //                                    9: unsourced
  '',
  'We talked about the garden at length.', //                                                11: not check-worthy
  '',
  '[^1]: Annual report, page 4.',
  '',
].join('\n');
