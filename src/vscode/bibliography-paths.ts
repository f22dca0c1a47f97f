// Where a document's bibliography files are, as URIs; no `vscode` import (the adapter converts) and no
// Node API (the browser extension uses it too): URI paths are POSIX paths, normalised here.

/** A POSIX path with `.` and `..` segments resolved and repeated slashes collapsed; absolute in, absolute out. */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  const trailing = path.length > 1 && path.endsWith('/') && parts.length ? '/' : '';
  return `/${parts.join('/')}${trailing}`;
}

/** The folder of a POSIX path (`/` for a file at the root). */
function dirname(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const slash = trimmed.lastIndexOf('/');
  return slash <= 0 ? '/' : trimmed.slice(0, slash);
}

/** The parts of a URI that locate a file: `vscode.Uri` has them, tests build them by hand. */
export interface UriParts {
  scheme: string;
  authority: string;
  /** Absolute, with forward slashes (`/c:/refs/x.bib` for a Windows drive). */
  path: string;
}

/** The bibliography files of a document, and the paths refused (outside the folder of an untrusted workspace). */
export interface BibliographyPlan {
  files: UriParts[];
  refused: string[];
}

/** What decides a document's bibliography files. */
export interface PlanInput {
  /** The workspace folder (config `bibliography` and `citationNeeded.bibliography` are relative to it). */
  folder?: UriParts;
  /** The document's own URI (front matter paths are relative to its folder). */
  document: UriParts;
  /** Paths from the configuration, as written. */
  configured: readonly string[];
  /** Paths from the document's front matter `bibliography:`, as written. */
  frontMatter: readonly string[];
  /** Workspace trust: untrusted workspaces read no bibliography outside the workspace folder. */
  trusted: boolean;
}

const DRIVE = /^[a-zA-Z]:[\\/]/;

/** Resolves a path as written (relative, absolute, or a Windows drive path) against a folder URI; undefined for an empty path. */
export function resolveBibliographyPath(base: UriParts, written: string): UriParts | undefined {
  const path = written.trim().replace(/\\/g, '/');
  if (!path) return undefined;
  if (DRIVE.test(written.trim())) return { scheme: 'file', authority: '', path: normalizePath(`/${path[0].toLowerCase()}${path.slice(1)}`) };
  if (path.startsWith('/')) return { ...base, path: normalizePath(path) };
  return { ...base, path: normalizePath(`${base.path || '/'}/${path}`) };
}

/** The folder that holds a file. */
export function parentOf(uri: UriParts): UriParts {
  return { ...uri, path: dirname(uri.path) };
}

/** True when `target` is `folder` itself or a file below it (same scheme and authority). */
export function isInside(folder: UriParts, target: UriParts): boolean {
  if (folder.scheme !== target.scheme || folder.authority.toLowerCase() !== target.authority.toLowerCase()) return false;
  const root = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return target.path === folder.path || target.path.startsWith(root);
}

/** A stable string for a URI's parts (a cache key). */
export function uriKey(uri: UriParts): string {
  return `${uri.scheme}://${uri.authority}${uri.path}`;
}

/**
 * The files a document's bibliography comes from: configured paths (relative to the workspace folder,
 * or to the document's folder when there is none), then front matter paths (relative to the document),
 * without duplicates. In an untrusted workspace a file outside the workspace folder is refused.
 */
export function planBibliography(input: PlanInput): BibliographyPlan {
  const documentDir = parentOf(input.document);
  const candidates = [
    ...input.configured.map((p) => ({ written: p, uri: resolveBibliographyPath(input.folder ?? documentDir, p) })),
    ...input.frontMatter.map((p) => ({ written: p, uri: resolveBibliographyPath(documentDir, p) })),
  ];
  const files: UriParts[] = [];
  const refused: string[] = [];
  const seen = new Set<string>();
  for (const { written, uri } of candidates) {
    if (!uri || seen.has(uriKey(uri))) continue;
    seen.add(uriKey(uri));
    if (!input.trusted && !(input.folder && isInside(input.folder, uri))) refused.push(written);
    else files.push(uri);
  }
  return { files, refused };
}
