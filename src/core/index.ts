import { allRules, docsUrl } from '../rules';
import { createEngine, lintWithEngine, type LintOptions } from './lint';
import type { Finding } from './types';

/** Checks a Markdown document and returns its findings, sorted by offset. */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintWithEngine(createEngine(allRules, options), text, docsUrl);
}

export type { LintOptions } from './lint';
export type { Finding, Fix, Edit, Severity } from './types';
