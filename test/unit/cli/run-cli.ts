import { run } from '../../../src/cli/main';

/** Runs the CLI in-process in a folder; returns the exit code and what it printed. */
export async function cli(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const previous = process.cwd();
  let stdout = '';
  let stderr = '';
  process.chdir(cwd);
  try {
    const code = await run(args, (s) => (stdout += s), (s) => (stderr += s));
    return { code, stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}
