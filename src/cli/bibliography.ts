import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { frontMatterBibliography, parseBibliography, type Bibliography } from '../core/bibliography';

/**
 * Bibliography files for a document: the config's `bibliography` (relative to the config file's
 * folder) followed by the front matter's `bibliography:` (relative to the document), as absolute paths.
 */
export function bibliographyFiles(documentPath: string, text: string, configured: readonly string[] = [], configDir = process.cwd()): string[] {
  const fromConfig = configured.map((p) => resolve(configDir, p));
  const fromDocument = frontMatterBibliography(text).map((p) => resolve(dirname(documentPath), p));
  return [...new Set([...fromConfig, ...fromDocument])];
}

/** Reads and parses bibliography files, re-reading a file only when its size or mtime changed. */
export class BibliographyLoader {
  private readonly cache = new Map<string, { stamp: string; text: string }>();

  /** The merged bibliography of these files; a missing or unreadable file becomes a problem. */
  load(files: readonly string[]): Bibliography | undefined {
    if (files.length === 0) return undefined;
    const read: Array<{ file: string; text: string }> = [];
    const missing: Array<{ file: string; message: string }> = [];
    for (const file of files) {
      const text = this.read(file);
      if (typeof text === 'string') read.push({ file, text });
      else missing.push({ file, message: `cannot read the bibliography file (${text.code})` });
    }
    const bibliography = parseBibliography(read);
    const problems = [...missing, ...bibliography.problems];
    return { ...bibliography, problems };
  }

  private read(file: string): string | { code: string } {
    try {
      const stat = statSync(file);
      const stamp = `${stat.size}:${stat.mtimeMs}`;
      const cached = this.cache.get(file);
      if (cached?.stamp === stamp) return cached.text;
      const text = readFileSync(file, 'utf8');
      this.cache.set(file, { stamp, text });
      return text;
    } catch (error) {
      return { code: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
    }
  }
}
