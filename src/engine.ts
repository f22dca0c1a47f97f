// The engine: the rules bound to the core, once. Every host (CLI, workers, language server, MCP
// server, extension, source verification) imports the rules through this module, never `rules/` itself.
import { allRules, docsUrl } from './rules';
import { scoreSentence } from './rules/unsourced-claim/check-worthiness';
import { analyzeDocument as analyzeWith, createEngine as createWith, type DocumentAnalysis, type Engine, type LintOptions } from './core/lint';
import { createIncrementalDocument, type IncrementalDocument } from './core/document';
import { buildInventory, type CheckedDocument, type Inventory } from './core/inventory';
import type { Finding } from './core/types';

export { allRules, docsUrl, ruleIds, ruleCatalogue, DOCS_BASE, DIRECTIVES_URL, REPO_URL } from './rules';
export type { Engine, LintOptions, RawReport } from './core/lint';
export type { IncrementalDocument } from './core/document';
export type { Finding, Fix, Edit, Severity } from './core/types';

/** Builds an engine with every rule from lint options; throws ConfigError naming the bad keys. */
export function createEngine(options: LintOptions = {}): Engine {
  return createWith(allRules, options);
}

/** Analyses a document once with a prepared engine: findings, sentences and directive problems. */
export function analyzeDocument(engine: Engine, text: string): DocumentAnalysis {
  return analyzeWith(engine, text, docsUrl);
}

/** Checks a Markdown document and returns its findings, sorted by offset. */
export function lint(text: string, options: LintOptions = {}): Finding[] {
  return analyzeDocument(createEngine(options), text).findings;
}

/**
 * Opens a document for incremental checking (editors): `edit()` applies a change and re-analyses
 * only the blocks it touched; `findings()` always equals `lint()` of the current text.
 */
export function createDocument(text: string, options: LintOptions = {}): IncrementalDocument {
  return createIncrementalDocument(createEngine(options), text, docsUrl);
}

/** Checks a document once with a prepared engine: findings and claim inventory from one parse. */
export function checkWithEngine(engine: Engine, text: string): CheckedDocument {
  const { findings, sentences, directiveProblems } = analyzeDocument(engine, text);
  const sensitivity = engine.config.sensitivity;
  const inventory = buildInventory(text, sentences, findings, engine.rules, (sentence) => scoreSentence(sentence, sensitivity));
  return { findings, inventory, directiveProblems };
}

/** Checks a document once and returns both its findings and its claim inventory. */
export function checkDocument(text: string, options: LintOptions = {}): CheckedDocument {
  return checkWithEngine(createEngine(options), text);
}

/** The claim inventory of a Markdown document: every check-worthy sentence with its status, and the sourced ratio. */
export function inventory(text: string, options: LintOptions = {}): Inventory {
  return checkDocument(text, options).inventory;
}
