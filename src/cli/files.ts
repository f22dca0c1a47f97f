import * as fs from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { escapePath, globSync } from 'tinyglobby';

/** Extensions searched for when a directory is given. */
export const MARKDOWN_GLOBS = ['**/*.md', '**/*.markdown', '**/*.mdx'];

/** The configuration's `include` (default: Markdown files) and `exclude` globs. */
export interface FileGlobs {
  include?: readonly string[];
  exclude: readonly string[];
}

/** Files found for the command line's paths, and what went wrong finding them. */
export interface CollectedFiles {
  files: string[];
  /** Paths that name nothing: no file, no folder, and as a glob they match no file. */
  missing: string[];
  /** Paths (or folders under them) that exist but cannot be checked, each message naming the path. */
  unreadable: string[];
  /** Folders given by name that hold no Markdown file (worth saying: nothing was checked there). */
  empty: string[];
}

/**
 * Expands paths: a file is taken as is; a directory is searched for the include globs' files (minus
 * the exclude globs, not following symbolic links); anything else is a glob pattern. Include and
 * exclude globs are relative to `base` (the configuration file's folder, as in VS Code they are
 * relative to the workspace folder), whichever folder is searched; outside `base`, to the folder
 * searched. A path that
 * exists but is no regular file or folder (a FIFO, a device) and a folder that cannot be listed
 * are reported rather than skipped in silence.
 */
export function collectFiles(paths: readonly string[], globs: FileGlobs, cwd = process.cwd(), base = cwd): CollectedFiles {
  const include = globs.include ?? MARKDOWN_GLOBS;
  const files = new Set<string>();
  const result: CollectedFiles = { files: [], missing: [], unreadable: [], empty: [] };
  const name = (absolute: string) => relative(cwd, absolute) || '.';
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOENT and ENOTDIR: maybe a glob. Anything else (EACCES, ELOOP) names a path that is there.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        result.unreadable.push(`${path}: cannot read (${code})`);
        continue;
      }
    }
    if (stat?.isFile()) {
      files.add(absolute);
      continue;
    }
    if (stat && !stat.isDirectory()) {
      result.unreadable.push(`${path}: not a regular file or folder`);
      continue;
    }
    const unlisted: Array<{ folder: string; code: string }> = [];
    const options = { ignore: [...globs.exclude], absolute: true, followSymbolicLinks: false, fs: listing(unlisted) };
    const [patterns, from] = stat ? underBase(include, absolute, base, true) : underBase([path], cwd, base, false);
    const inFolder = stat && from !== absolute ? `${absolute}${sep}` : '';
    const found = globSync(patterns, { ...options, cwd: from, ...(stat ? { dot: false } : {}) }).filter((f) => f.startsWith(inFolder));
    for (const { folder, code } of unlisted) result.unreadable.push(`${name(folder)}: cannot list the folder (${code})`);
    if (found.length === 0 && !stat) result.missing.push(path);
    if (found.length === 0 && stat && unlisted.length === 0) result.empty.push(path);
    for (const file of found.sort()) files.add(file);
  }
  // One file under two names (a symbolic link and its target, both named) is checked once: two
  // workers fixing it at once would trip over each other.
  const seen = new Set<string>();
  result.files = [...files].filter((file) => {
    const real = realPath(file);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
  return result;
}

/**
 * Glob patterns for `folder`, rewritten relative to `base` when the folder lies inside it (so the
 * exclude globs apply from `base`), with the folder to glob from. `fromBase`: the patterns are
 * include globs, written relative to `base`; otherwise they are relative to `folder`.
 */
function underBase(patterns: readonly string[], folder: string, base: string, fromBase: boolean): [string[], string] {
  const rel = relative(base, folder);
  const outside = (path: string) => path === '..' || path.startsWith(`..${sep}`) || path.startsWith('../');
  if (outside(rel) || isAbsolute(rel) || patterns.some((p) => isAbsolute(p) || outside(p))) return [[...patterns], folder];
  // The folder's own name may hold glob characters: escape it.
  const prefix = rel ? `${rel.split(sep).map(escapePath).join('/')}/` : '';
  // Include globs already relative to base ("docs/**/*.md") stay as they are (the caller keeps the
  // folder's files); "**/" globs and command-line globs are narrowed to the folder, so only it is walked.
  return [patterns.map((p) => (fromBase && !p.startsWith('**/') ? p : prefix + p.replace(/^(\.\/)+/, ''))), base];
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/** node:fs for the glob walker, noting the folders it could not list (the walker itself skips them silently). */
function listing(unlisted: Array<{ folder: string; code: string }>): typeof fs {
  const readdirSync = ((path: fs.PathLike, options?: unknown) => {
    try {
      return (fs.readdirSync as (p: fs.PathLike, o?: unknown) => unknown)(path, options);
    } catch (error) {
      unlisted.push({ folder: String(path).replace(/\/+$/, '') || '/', code: (error as NodeJS.ErrnoException).code ?? String(error) });
      throw error;
    }
  }) as typeof fs.readdirSync;
  return { ...fs, readdirSync };
}
