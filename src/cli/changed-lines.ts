import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { promisify } from 'node:util';
import { lineOf, lineStarts } from '../core/location';
import type { FileResult } from './types';

const execFileAsync = promisify(execFile);

/** A git problem that stops `--changed-since`: no git, not a repository, unknown ref. */
export class GitError extends Error {}

/** The 1-based lines of a file changed since a ref, or "all" when git does not track the file there. */
export type ChangedLines = Set<number> | 'all';

async function git(args: string[], cwd: string): Promise<string> {
  // --literal-pathspecs: a file name with * or ? names only itself.
  const { stdout } = await execFileAsync('git', ['--literal-pathspecs', ...args], { cwd, maxBuffer: 1 << 28, windowsHide: true });
  return stdout;
}

function failure(error: unknown): { code?: string | number; stderr: string } {
  const e = error as NodeJS.ErrnoException & { stderr?: string };
  return { code: e.code, stderr: String(e.stderr ?? '').trim() };
}

/** Lines added or changed on the new side of a `git diff --unified=0`, 1-based. */
export function parseChangedLines(diff: string): Set<number> {
  const lines = new Set<number>();
  const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm;
  for (let m = HUNK.exec(diff); m; m = HUNK.exec(diff)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    for (let line = start; line < start + count; line++) lines.add(line);
  }
  return lines;
}

/** Finds changed lines with git, caching the repository and ref checks per folder. */
export class ChangedLineFinder {
  private readonly repos = new Map<string, Promise<string>>();
  private readonly refs = new Map<string, Promise<void>>();

  constructor(readonly ref: string) {
    if (ref === '' || ref.startsWith('-')) throw new GitError(`--changed-since: "${ref}" is not a git ref`);
  }

  private repository(folder: string): Promise<string> {
    let top = this.repos.get(folder);
    if (!top) {
      top = git(['rev-parse', '--show-toplevel'], folder).then((out) => out.trim(), (error) => {
        const { code, stderr } = failure(error);
        if (code === 'ENOENT') throw new GitError('--changed-since needs git, and git was not found on PATH');
        throw new GitError(`--changed-since: ${folder} is not in a git repository${stderr ? ` (${stderr.split('\n')[0]})` : ''}`);
      });
      this.repos.set(folder, top);
    }
    return top;
  }

  private verifyRef(top: string): Promise<void> {
    let check = this.refs.get(top);
    if (!check) {
      check = git(['rev-parse', '--verify', '--quiet', `${this.ref}^{commit}`], top).then(() => undefined, () => {
        throw new GitError(`--changed-since: unknown git ref "${this.ref}" in ${top} (in a shallow clone, fetch it first)`);
      });
      this.refs.set(top, check);
    }
    return check;
  }

  /** The lines of a file changed since the ref: its working-tree content against the ref. */
  async changedLines(file: string): Promise<ChangedLines> {
    const folder = dirname(file);
    const name = basename(file);
    await this.verifyRef(await this.repository(folder));
    const tracked = await git(['ls-files', '--', name], folder);
    if (tracked.trim() === '') return 'all';
    const diff = await git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', this.ref, '--', name], folder);
    return parseChangedLines(diff);
  }
}

/** Keeps only the findings that touch a changed line. */
export function onChangedLines(result: FileResult, changed: ChangedLines): FileResult {
  if (changed === 'all' || result.text === undefined) return result;
  const starts = lineStarts(result.text);
  const findings = result.findings.filter((f) => {
    const first = lineOf(starts, f.offset) + 1;
    const last = lineOf(starts, Math.max(f.offset, f.endOffset - 1)) + 1;
    for (let line = first; line <= last; line++) if (changed.has(line)) return true;
    return false;
  });
  return { ...result, findings };
}
