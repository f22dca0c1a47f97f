import { isFencedCodeOnly, splitBlocks, type Block } from './blocks';
import { DefinitionIndex, findDefinitions, type Definition } from './definitions';
import type { Bibliography } from './bibliography';
import { parseMarkdown } from './parse';
import { extractProse, type BlockProse } from './prose';
import { buildSentences, findTextCitations } from './citations';
import { resolveConfig, ruleSeverity, formatProblem, type Config, type RuleConfig } from './config';
import { toRefDate, type RefDate } from './dates';
import { cachedPhrases, type PhraseEntry, type PhraseMatcher } from './phrases';
import { parseDirectives, applyDirectives, directiveProblems, type DirectiveProblem } from './directives';
import { lineStarts } from './location';
import { citationFixes, type CiteTarget } from './cite-fixes';
import type { DocumentContext, Rule, RuleContext } from './rule';
import type { Citation, Finding, Fix, RuleReport, Segment, Sentence, Severity } from './types';
import { blockNotice, capNotice, LIMITS_RULE_ID } from './limits';

/** Options of `lint()`. `config` is a raw `.citation-needed.json`-style object or a resolved Config. */
export interface LintOptions {
  referenceDate?: string;
  config?: unknown;
  /** Parsed bibliography (see `parseBibliography`); the host reads the files. */
  bibliography?: Bibliography;
}

/** Settings resolved once per run: the rules, config, dates and compiled phrase lists. */
export interface Engine {
  rules: readonly Rule[];
  config: Config;
  referenceDate: RefDate;
  bibliography?: Bibliography;
}

/** A report of one rule, before directives, severities and citation fixes are applied. */
export interface RawReport extends RuleReport {
  ruleId: string;
}

/** What the analysis of one block yields. */
export interface BlockResult {
  prose: BlockProse;
  sentences: Sentence[];
  /** Every citation of the block (prose extraction and text scanning), sorted by offset. */
  citations: Citation[];
  reports: RawReport[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

/** Below this confidence a finding is a hint (faint, not in Problems) unless the sensitivity is high. */
export const HINT_BELOW = 0.5;

/** Thrown when options carry an invalid configuration. */
export class ConfigError extends Error {}

/** Builds an engine from lint options; throws ConfigError naming the bad keys. */
export function createEngine(rules: readonly Rule[], options: LintOptions = {}): Engine {
  let config: Config;
  if (isResolvedConfig(options.config)) config = options.config;
  else {
    const resolved = resolveConfig(options.config, 'options.config', rules.map((r) => r.meta.id));
    if (resolved.problems.length) throw new ConfigError(resolved.problems.map(formatProblem).join('\n'));
    config = resolved.config;
  }
  const referenceDate = toRefDate(options.referenceDate ?? config.referenceDate);
  return { rules, config, referenceDate, bibliography: options.bibliography };
}

function isResolvedConfig(value: unknown): value is Config {
  return typeof value === 'object' && value !== null && 'citationStyle' in value && 'rules' in value && 'maxFileSize' in value;
}

/** The document's own date from front matter `date:` (YYYY-MM-DD prefix), if any. */
export function frontMatterDate(fields: Record<string, string> | undefined): RefDate | undefined {
  const m = fields?.date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(fields.date) : null;
  if (!m) return undefined;
  try {
    return toRefDate(`${m[1]}-${m[2]}-${m[3]}`);
  } catch {
    return undefined;
  }
}

/** A rule's phrase-list compiler: its configured `add` and `remove` applied (compiled once per thread, see cachedPhrases). */
function phraseLookup(ruleConfig: RuleConfig) {
  return <T extends PhraseEntry>(list: readonly T[], makeEntry?: (phrase: string) => T): PhraseMatcher<T> =>
    cachedPhrases(list, ruleConfig.add, ruleConfig.remove, makeEntry);
}

/** Parses and checks one block. Offsets in the result are absolute. */
export function analyzeBlock(engine: Engine, text: string, block: Block, definitions: DefinitionIndex, anchorDate: RefDate): BlockResult {
  const notice = blockNotice(text, block);
  const nothing = (): BlockResult => ({ prose: { segments: [], citations: [], comments: [] }, sentences: [], citations: [], reports: notice ? [notice] : [] });
  if (block.skipped) return nothing();
  const own = text.slice(block.offset, block.endOffset);
  if (isFencedCodeOnly(own)) return nothing();
  const prose = block.plain ? plainProse(own, block.offset) : extractProse(parseMarkdown(own + definitions.stubsFor(own)), own, block.offset, own.length);
  const sentences: Sentence[] = [];
  const found: Citation[] = [...prose.citations];
  const blockCitations = [...prose.citations].sort((a, b) => a.offset - b.offset);
  for (const segment of prose.segments) {
    const own = findTextCitations(segment);
    for (const citation of own) found.push(citation);
    const citations = [...citationsIn(blockCitations, segment.offset, segment.endOffset), ...own].sort((a, b) => a.offset - b.offset);
    for (const sentence of buildSentences(segment, citations)) sentences.push(sentence);
  }
  const citations = found.sort((a, b) => a.offset - b.offset);
  const reports: RawReport[] = notice ? [notice] : [];
  if (sentences.length === 0) return { prose, sentences, citations, reports };
  for (const rule of engine.rules) {
    const id = rule.meta.id;
    if (ruleSeverity(engine.config, id, rule.meta.defaultSeverity) === 'off') continue;
    const ruleConfig = engine.config.rules[id] ?? {};
    const context: RuleContext = {
      source: text,
      sentences,
      segments: prose.segments,
      citations,
      config: engine.config,
      ruleConfig,
      anchorDate,
      referenceDate: engine.referenceDate,
      phrases: phraseLookup(ruleConfig),
    };
    for (const report of rule.check(context)) reports.push({ ...report, ruleId: id });
  }
  return { prose, sentences, citations, reports };
}

/** A block's text as one paragraph of prose, for blocks not handed to the Markdown parser. */
function plainProse(own: string, offset: number): BlockProse {
  return { segments: [{ kind: 'paragraph', offset, endOffset: offset + own.length, text: own }], citations: [], comments: [] };
}

/** The explicit inputs of document-level checks: all an incremental host must keep per block. */
export interface DocumentFacts {
  blocks: readonly Block[];
  definitions: readonly Definition[];
  segments: readonly Segment[];
  citations: readonly Citation[];
}

/** Runs the rules' document-level checks (`Rule.checkDocument`) over facts gathered from every block. */
export function runDocumentChecks(engine: Engine, text: string, facts: DocumentFacts, target: CiteTarget = citeTarget(text)): RawReport[] {
  const reports: RawReport[] = [];
  for (const rule of engine.rules) {
    const id = rule.meta.id;
    if (!rule.checkDocument || ruleSeverity(engine.config, id, rule.meta.defaultSeverity) === 'off') continue;
    const context: DocumentContext = {
      source: text,
      ...facts,
      target,
      config: engine.config,
      ruleConfig: engine.config.rules[id] ?? {},
      phrases: phraseLookup(engine.config.rules[id] ?? {}),
      bibliography: engine.bibliography,
    };
    for (const report of rule.checkDocument(context)) reports.push({ ...report, ruleId: id });
  }
  return reports;
}

/** The citations (sorted by offset) that start in [offset, endOffset), found by binary search. */
function citationsIn(sorted: readonly Citation[], offset: number, endOffset: number): Citation[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].offset < offset) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && sorted[end].offset < endOffset) end++;
  return sorted.slice(lo, end);
}

/** Facts about the document's end that footnote fixes need. */
export function citeTarget(text: string): CiteTarget {
  let max = 0;
  const NUMBER = /^\d{1,6}\]/;
  for (let at = text.indexOf('[^'); at >= 0; at = text.indexOf('[^', at + 2)) {
    const m = NUMBER.exec(text.slice(at + 2, at + 9));
    if (m) max = Math.max(max, Number(m[0].slice(0, -1)));
  }
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  let lineStart = end;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  const lastLine = text.slice(lineStart, end);
  return {
    textLength: text.length,
    endsWithNewline: end < text.length, // (a regex anchored at the end would scan the whole text)
    endsWithFootnote: /^ {0,3}\[\^[^\]]+\]:/.test(lastLine),
    nextFootnote: max + 1,
  };
}

/**
 * Turns raw reports into findings: severity, docs URL, text, citation fixes, directives; at most
 * `maxFindingsPerFile` of them, in source order, and then one notice of how many more there were.
 * Reports are filtered, sorted and capped before findings are built, so memory follows the cap.
 */
export function finalize(engine: Engine, text: string, reports: readonly RawReport[], comments: BlockProse['comments'], docsUrl: (id: string) => string, target: CiteTarget = citeTarget(text)): Finding[] {
  const byId = new Map(engine.rules.map((r) => [r.meta.id, { meta: r.meta, configured: ruleSeverity(engine.config, r.meta.id, r.meta.defaultSeverity), url: docsUrl(r.meta.id) }]));
  const on = reports.filter((r) => byId.has(r.ruleId) && byId.get(r.ruleId)!.configured !== 'off');
  const directives = parseDirectives(comments);
  const kept = (directives.length ? applyDirectives(on, directives, lineStarts(text)) : on)
    .sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
  const cap = engine.config.maxFindingsPerFile;
  const shown = kept.length > cap ? kept.slice(0, cap) : kept;
  if (kept.length > cap && byId.has(LIMITS_RULE_ID) && byId.get(LIMITS_RULE_ID)!.configured !== 'off') shown.push(capNotice(kept[cap], kept.length - cap, cap));
  return shown.map((report) => {
    const { meta, configured, url } = byId.get(report.ruleId)!;
    const confidence = Math.round((report.confidence ?? meta.confidence ?? 1) * 100) / 100;
    const quiet = confidence < HINT_BELOW && engine.config.sensitivity !== 'high' ? 'hint' : undefined;
    const lowered = quiet ?? report.severity;
    const severity = lowered && SEVERITY_RANK[lowered] < SEVERITY_RANK[configured as Severity] ? lowered : (configured as Severity);
    const fixes: Fix[] = [];
    let preferred = false;
    for (const f of report.fixes ?? []) {
      fixes.push('preferred' in f && f.preferred === undefined ? withoutKey(f, 'preferred') : f);
      if (f.preferred) preferred = true;
    }
    if (report.cite) {
      for (const f of citationFixes(report.cite, engine.config.citationStyle, target)) {
        if (preferred) delete f.preferred; // the rule's own fix stays the preferred one
        fixes.push(f);
      }
    }
    return {
      ruleId: report.ruleId,
      severity,
      message: report.message,
      note: report.note ?? meta.rationale,
      url,
      offset: report.offset,
      endOffset: report.endOffset,
      text: text.slice(report.offset, report.endOffset),
      fixes,
      confidence,
    };
  });
}

function withoutKey<T extends object>(value: T, key: keyof T): T {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

/** What checking a whole document yields: its findings, the sentences they were found in, and directives that do nothing. */
export interface DocumentAnalysis {
  findings: Finding[];
  sentences: Sentence[];
  directiveProblems: DirectiveProblem[];
}

/** Checks a whole document block by block (definitions resolved across blocks), keeping the sentences. */
export function analyzeDocument(engine: Engine, text: string, docsUrl: (id: string) => string): DocumentAnalysis {
  const blocks = splitBlocks(text);
  const found = blocks.flatMap((b) => findDefinitions(text, b.offset, b.endOffset));
  const definitions = new DefinitionIndex(found);
  let anchorDate = engine.referenceDate;
  const results: BlockResult[] = [];
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    const result = analyzeBlock(engine, text, block, definitions, anchorDate);
    if (block.frontMatter) anchorDate = frontMatterDate(result.prose.frontMatter) ?? anchorDate;
    results.push(result);
    for (const sentence of result.sentences) sentences.push(sentence);
  }
  const comments = results.flatMap((r) => r.prose.comments);
  const problems = comments.length ? directiveProblems(comments, engine.rules.map((r) => r.meta.id)) : [];
  return { findings: finishDocument(engine, text, { blocks, definitions: found }, results, docsUrl), sentences, directiveProblems: problems };
}

/**
 * The document-level step shared by `lint()` and the incremental document: blocks' results
 * (absolute offsets, in order) plus the document's layout to findings, with document-level checks.
 */
export function finishDocument(engine: Engine, text: string, layout: { blocks: readonly Block[]; definitions: readonly Definition[] }, results: readonly BlockResult[], docsUrl: (id: string) => string): Finding[] {
  const reports: RawReport[] = [];
  const comments: BlockProse['comments'] = [];
  const segments: Segment[] = [];
  const citations: Citation[] = [];
  for (const result of results) {
    for (const report of result.reports) reports.push(report);
    for (const comment of result.prose.comments) comments.push(comment);
    for (const segment of result.prose.segments) segments.push(segment);
    for (const citation of result.citations) citations.push(citation);
  }
  const target = citeTarget(text);
  for (const report of runDocumentChecks(engine, text, { ...layout, segments, citations }, target)) reports.push(report);
  return finalize(engine, text, reports, comments, docsUrl, target);
}

/** Checks a whole document: block by block, with definitions resolved across blocks. */
export function lintWithEngine(engine: Engine, text: string, docsUrl: (id: string) => string): Finding[] {
  return analyzeDocument(engine, text, docsUrl).findings;
}
