import { accessSync, chmodSync, chownSync, constants, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Writes fixed text over a file, but only while the file still holds the bytes that were checked,
 * and never over a read-only file. The text goes to a temporary file beside it that then replaces
 * it in one rename (an interrupted run leaves the old file or the new, never half of one), with the
 * old file's mode (and owner, when run as root). A symbolic link stays a link: its target is
 * replaced. A file with other hard links is written in place, so they keep seeing it.
 * Returns why nothing was written, or undefined once written.
 */
export function writeFixes(file: string, checked: Buffer, text: string): string | undefined {
  let target: string;
  let stat;
  try {
    target = realpathSync(file);
    stat = statSync(target);
    if (!readFileSync(target).equals(checked)) return 'changed while it was being checked';
  } catch (error) {
    return `cannot read it again before writing (${code(error)})`;
  }
  // Root may write anything: the mode bits still say whether the user meant the file to be read-only.
  if ((stat.mode & 0o222) === 0) return 'read-only';
  try {
    accessSync(target, constants.W_OK);
  } catch (error) {
    return `cannot write (${code(error)})`;
  }
  if (stat.nlink > 1) return inPlace(target, text);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${threadId}.citation-needed-tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    chmodSync(temp, stat.mode & 0o7777);
    if (process.getuid?.() === 0) chownSync(temp, stat.uid, stat.gid);
    renameSync(temp, target);
    return undefined;
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // never created
    }
    // The folder may refuse new files while the file itself is writable: write it in place.
    return inPlace(target, text);
  }
}

function inPlace(target: string, text: string): string | undefined {
  try {
    writeFileSync(target, text);
    return undefined;
  } catch (error) {
    return `cannot write (${code(error)})`;
  }
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;
