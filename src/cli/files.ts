import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync } from 'tinyglobby';

/** Extensions searched for when a directory is given. */
export const MARKDOWN_GLOBS = ['**/*.md', '**/*.markdown', '**/*.mdx'];

/** Files found for the command line's paths, and the paths that matched nothing. */
export interface CollectedFiles {
  files: string[];
  missing: string[];
}

/**
 * Expands paths: a file is taken as is; a directory is searched for Markdown files (minus the
 * exclude globs, not following symbolic links); anything else is a glob pattern.
 */
export function collectFiles(paths: readonly string[], exclude: readonly string[], cwd = process.cwd()): CollectedFiles {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      files.add(absolute);
      continue;
    }
    const found = stat?.isDirectory()
      ? globSync(MARKDOWN_GLOBS, { cwd: absolute, ignore: [...exclude], absolute: true, followSymbolicLinks: false, dot: false })
      : globSync([path], { cwd, ignore: [...exclude], absolute: true, followSymbolicLinks: false });
    if (found.length === 0 && !stat) missing.push(path);
    for (const file of found.sort()) files.add(file);
  }
  return { files: [...files], missing };
}
