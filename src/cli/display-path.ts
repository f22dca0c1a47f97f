import { relative, sep } from 'node:path';

/** A file as reports and annotations name it: relative to `cwd` (as given when it is `cwd` itself), with forward slashes on every platform. */
export function displayPath(file: string, cwd: string): string {
  return (relative(cwd, file) || file).split(sep).join('/');
}
