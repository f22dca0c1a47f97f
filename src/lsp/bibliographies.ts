// Bibliographies for the language server: the CLI's loader, parsed again only when a file changed,
// so a document keeps the same Bibliography object (and its incremental model) from check to check.
import { statSync } from 'node:fs';
import type { Bibliography } from '../core/bibliography';
import { BibliographyLoader } from '../cli/bibliography';

const stampOf = (file: string): string => {
  try {
    const stat = statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'unreadable';
  }
};

/** Parsed bibliographies by set of files, re-parsed when a file's size or modification time changed. */
export class BibliographyCache {
  private readonly loader = new BibliographyLoader();
  private readonly parsed = new Map<string, { stamps: string; bibliography: Bibliography }>();

  /** `report` receives each problem of a newly parsed set ("file: message"). */
  constructor(private readonly report: (message: string) => void) {}

  /** The bibliography of these files, or undefined when there are none. */
  load(files: readonly string[]): Bibliography | undefined {
    if (files.length === 0) return undefined;
    const key = files.join('\n');
    const stamps = files.map(stampOf).join('\n');
    const cached = this.parsed.get(key);
    if (cached?.stamps === stamps) return cached.bibliography;
    const bibliography = this.loader.load(files)!;
    for (const p of bibliography.problems) this.report(`${p.file}: ${p.message}`);
    this.parsed.set(key, { stamps, bibliography });
    return bibliography;
  }
}
