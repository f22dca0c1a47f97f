import { readFileSync, statSync } from 'node:fs';
import { analyzeDocument, checkWithEngine, createEngine } from '../engine';
import type { Inventory } from '../core/inventory';
import { applyFixes } from '../core/apply-fixes';
import type { Config } from '../core/config';
import type { Finding } from '../core/types';
import type { DirectiveProblem } from '../core/directives';
import { bibliographyFiles, BibliographyLoader } from './bibliography';
import { locateFindings, locator } from './format';
import { writeFixes } from './write-fixes';

/** What checking one file produced: findings (with the text when asked for), or an error message naming the file. */
export interface FileResult {
  file: string;
  /** The checked text, when `keep.text` asked for it (and the file could be read). */
  text?: string;
  findings: Finding[];
  /** The claim inventory, from the same parse as the findings, when `keep.inventory` asked for it. */
  inventory?: Inventory;
  /** Set when the file could not be read (or was skipped) at all: no findings came from it. */
  unread?: boolean;
  error?: string;
  /** Set when --fix had safe fixes for the file but did not write them (`error` says why). */
  unwritten?: boolean;
  /** Number of safe fixes written back with --fix. */
  fixed?: number;
  /** Directives that do nothing as written (unknown names or rule ids), located; absent when there are none. */
  directiveProblems?: LocatedProblem[];
  /** Problems reading the document's bibliography files ("file: message"). */
  bibliographyProblems?: string[];
}

/** A directive problem with 1-based start and end lines and columns (its fixes' edits stay offsets). */
export interface LocatedProblem extends DirectiveProblem {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Options for checking files: resolved config, reference date, and whether to apply safe fixes. */
export interface CheckOptions {
  config: Config;
  referenceDate?: string;
  fix?: boolean;
  /** Reads the bibliographies named by the config and the front matter (cached across files). */
  bibliographies?: BibliographyLoader;
  /** The folder config `bibliography` paths are relative to (the config file's). */
  configDir?: string;
  /**
   * What to keep in the result besides findings: the text (reports, --changed-since, --verify-sources)
   * and the claim inventory (reports). Both cost memory and copying between threads, so default off.
   */
  keep?: { text?: boolean; inventory?: boolean };
}

/** One bibliography cache per thread (workers cannot share the caller's loader). */
let loader: BibliographyLoader | undefined;
const threadLoader = () => (loader ??= new BibliographyLoader());

/** Reads, checks and (with fix) rewrites one file; findings come located (line/column); never throws. */
export function checkFile(file: string, options: CheckOptions): FileResult {
  try {
    const stat = statSync(file);
    // A FIFO or device would block the read or never end; folders fail the read with EISDIR below.
    if (!stat.isFile() && !stat.isDirectory()) return { file, findings: [], unread: true, error: `${file}: not a regular file` };
    const size = stat.size;
    if (size > options.config.maxFileSize) {
      return { file, findings: [], unread: true, error: `${file}: skipped, ${size} bytes is over maxFileSize (${options.config.maxFileSize} bytes)` };
    }
    const bytes = readFileSync(file);
    let text: string;
    let lossy = false;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      lossy = true; // invalid UTF-8: checked, but never rewritten
    }
    const bibliography = (options.bibliographies ?? threadLoader()).load(bibliographyFiles(file, text, options.config.bibliography, options.configDir));
    const engine = createEngine({ config: options.config, referenceDate: options.referenceDate, bibliography });
    const check = (source: string): { findings: Finding[]; inventory?: Inventory; directiveProblems: DirectiveProblem[] } =>
      options.keep?.inventory ? checkWithEngine(engine, source) : analyzeDocument(engine, source);
    let { findings, inventory, directiveProblems } = check(text);
    let fixed = 0;
    let unwritten: string | undefined;
    if (options.fix && !lossy) {
      const safe = findings.flatMap((f) => f.fixes.filter((x) => x.safe));
      if (safe.length) {
        const result = applyFixes(text, safe);
        if (result.text !== text) {
          unwritten = writeFixes(file, bytes, result.text);
          if (!unwritten) {
            text = result.text;
            fixed = result.applied;
            ({ findings, inventory, directiveProblems } = check(text));
          }
        }
      }
    }
    const bibliographyProblems = bibliography?.problems.map((p) => `${p.file}: ${p.message}`);
    const result: FileResult = { file, findings: locateFindings(text, findings), fixed, bibliographyProblems };
    if (directiveProblems.length) {
      const at = locator(text);
      result.directiveProblems = directiveProblems.map((p) => {
        const end = at(p.endOffset);
        return { ...p, ...at(p.offset), endLine: end.line, endColumn: end.column };
      });
    }
    if (options.keep?.text) result.text = text;
    if (inventory) result.inventory = inventory;
    if (lossy) result.error = `${file}: not valid UTF-8; checked with replacement characters${options.fix ? ', not fixed' : ''}`;
    if (unwritten) {
      result.unwritten = true;
      result.error = `${file}: --fix: ${unwritten}; not fixed (the findings are those of the unchanged file)`;
    }
    return result;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file, findings: [], unread: true, error: `${file}: ${code ? `cannot read (${code})` : (error as Error).message}` };
  }
}
