import { readFileSync, statSync } from 'node:fs';
import { analyzeDocument, checkWithEngine, createEngine } from '../engine';
import type { Inventory } from '../core/inventory';
import { applyFixes } from '../core/apply-fixes';
import type { Finding } from '../core/types';
import type { DirectiveProblem } from '../core/directives';
import { bibliographyFiles, BibliographyLoader } from './bibliography';
import type { CheckOptions, FileResult } from './types';
import { locateFindings } from './format';
import { locateSpan, locator } from '../core/location';
import { writeFixes } from './write-fixes';

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
      result.directiveProblems = directiveProblems.map((p) => ({ ...p, ...locateSpan(at, p.offset, p.endOffset) }));
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
