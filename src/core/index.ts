import { allRules, docsUrl } from '../rules';
import { createEngine, lintWithEngine, type LintOptions } from './lint';
import { createIncrementalDocument, type IncrementalDocument } from './document';
import type { Finding } from './types';

/** Checks a Markdown document and returns its findings, sorted by offset. */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintWithEngine(createEngine(allRules, options), text, docsUrl);
}

/**
 * Opens a document for incremental checking (editors): `edit()` applies a change and re-analyses
 * only the blocks it touched; `findings()` always equals `lint()` of the current text.
 */
export function createDocument(text: string, options: LintOptions = {}): IncrementalDocument {
  return createIncrementalDocument(createEngine(allRules, options), text, docsUrl);
}

export type { LintOptions } from './lint';
export type { IncrementalDocument } from './document';
export type { Finding, Fix, Edit, Severity } from './types';
