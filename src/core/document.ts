import { splitBlockRange, splitBlocks, type Block } from './blocks';
import { DefinitionIndex, findDefinitions, mentionedLabels, type Definition } from './definitions';
import { analyzeBlock, finishDocument, frontMatterDate, type BlockResult, type Engine, type RawReport } from './lint';
import type { RefDate } from './dates';
import type { Finding } from './types';
import { directiveProblems, type DirectiveProblem } from './directives';

/** A document checked incrementally: an edit re-analyses only the blocks it touched. */
export interface IncrementalDocument {
  /** The current text. */
  readonly text: string;
  /** Replaces `deleteCount` UTF-16 code units at `offset` with `insertText`. */
  edit(offset: number, deleteCount: number, insertText: string): void;
  /** Findings for the whole current text, equal to `lint()` of it (analyses any pending blocks first). */
  findings(): Finding[];
  /**
   * Analyses pending blocks for about `budgetMs` milliseconds; returns true when none is pending.
   * Lets a host spread the first analysis of a long document over several turns of its event loop.
   */
  analyzeFor(budgetMs: number): boolean;
  /** Findings of the blocks analysed so far (all of them once `analyzeFor` returned true). */
  partialFindings(): Finding[];
  /** Directives that do nothing as written (unknown names, rule ids), equal to a full parse's (analyses pending blocks first). */
  directiveProblems(): DirectiveProblem[];
}

/**
 * A block with its analysis; stored offsets are absolute as of `base`, and moved in place to the
 * block's `offset` when read, so that an edit costs nothing for the blocks after it until they are read.
 */
interface Entry extends Block {
  base: number;
  result?: BlockResult;
  definitions: Definition[];
  /** Keys of the labels the block mentions (see `mentionedLabels`): its dependencies on other blocks. */
  labels: Set<string>;
  /** Every object of `result` that carries offsets and is never handed out, each once: moved in place. */
  spans: Span[];
  /** The citation sites of `result`'s reports, each once. */
  sites: Array<{ before: number; after: number }>;
}

interface Span {
  offset: number;
  endOffset: number;
}

/** Whether a kept entry stands for a re-split block: same front matter flag and the same limits (and notice). */
const sameKind = (a: Block, b: Block) => !a.frontMatter === !b.frontMatter && a.skipped === b.skipped && a.plain === b.plain && !a.notice === !b.notice;

const sameDate = (a: RefDate, b: RefDate) => a.year === b.year && a.month === b.month && a.day === b.day;

/** Creates an incremental document over `text` with an engine (rules, config, dates). */
export function createIncrementalDocument(engine: Engine, text: string, docsUrl: (id: string) => string): IncrementalDocument {
  return new DocumentModel(engine, text, docsUrl);
}

class DocumentModel implements IncrementalDocument {
  private entries: Entry[] = [];
  private index = new DefinitionIndex([]);
  private anchorDate: RefDate;

  constructor(private readonly engine: Engine, public text: string, private readonly docsUrl: (id: string) => string) {
    this.anchorDate = engine.referenceDate;
    this.entries = splitBlocks(text).map((b) => this.entry(b));
    this.index = new DefinitionIndex(this.entries.flatMap((e) => e.definitions));
    this.analyze(this.entries, true);
  }

  analyzeFor(budgetMs: number): boolean {
    const start = performance.now();
    let analysed = 0;
    for (const entry of this.entries) {
      if (entry.result) continue;
      if (analysed > 0 && performance.now() - start >= budgetMs) return false; // at least one block per call
      this.analyzeEntry(entry, this.anchorDate);
      analysed++;
    }
    return true;
  }

  edit(offset: number, deleteCount: number, insertText: string): void {
    const old = this.text;
    if (!Number.isInteger(offset) || !Number.isInteger(deleteCount) || offset < 0 || deleteCount < 0 || offset + deleteCount > old.length) {
      throw new RangeError(`edit(${offset}, ${deleteCount}) is outside the text (length ${old.length})`);
    }
    if (deleteCount === 0 && insertText.length === 0) return;
    this.text = old.slice(0, offset) + insertText + old.slice(offset + deleteCount);
    const delta = insertText.length - deleteCount;
    const { head, blocks, candidates, tail } = this.resplit(offset, offset + deleteCount, delta);
    // Blocks wholly before the edit, or wholly after the inserted text, keep their analysis.
    const insertedEnd = offset + insertText.length;
    const middle: Entry[] = [];
    const fresh: Entry[] = [];
    const reused = new Set<Entry>();
    let j = 0;
    for (const block of blocks) {
      const oldOffset = block.endOffset <= offset ? block.offset : block.offset >= insertedEnd ? block.offset - delta : -1;
      while (j < candidates.length && candidates[j].offset < oldOffset) j++;
      const match = candidates[j];
      if (oldOffset >= 0 && match && match.offset === oldOffset && match.endOffset - match.offset === block.endOffset - block.offset && sameKind(match, block)) {
        match.offset = block.offset;
        match.endOffset = block.endOffset;
        reused.add(match);
        middle.push(match);
        j++;
      } else {
        const entry = this.entry(block);
        fresh.push(entry);
        middle.push(entry);
      }
    }
    for (const entry of tail) {
      entry.offset += delta;
      entry.endOffset += delta;
    }
    const wasFrontMatter = this.entries[0]?.frontMatter === true;
    this.entries = [...head, ...middle, ...tail];
    const removed = candidates.filter((c) => !reused.has(c));
    const changed = this.updateDefinitions(removed, fresh);
    const stale = new Set<Entry>(fresh);
    if (changed.size) for (const entry of this.entries) if ([...entry.labels].some((key) => changed.has(key))) stale.add(entry);
    const frontMatterChanged = wasFrontMatter !== (this.entries[0]?.frontMatter === true) || (wasFrontMatter && stale.has(this.entries[0]));
    this.analyze(this.entries.filter((e) => stale.has(e)), frontMatterChanged);
  }

  findings(): Finding[] {
    this.analyzeFor(Infinity);
    return this.partialFindings();
  }

  partialFindings(): Finding[] {
    const results: BlockResult[] = [];
    const definitions: Definition[] = [];
    for (const entry of this.entries) {
      move(entry);
      for (const d of entry.definitions) definitions.push(d);
      if (entry.result) results.push(entry.result);
    }
    return finishDocument(this.engine, this.text, { blocks: this.entries, definitions }, results, this.docsUrl);
  }

  directiveProblems(): DirectiveProblem[] {
    this.analyzeFor(Infinity);
    const comments = this.entries.flatMap((entry) => {
      move(entry);
      return entry.result!.prose.comments;
    });
    return comments.length ? directiveProblems(comments, this.engine.rules.map((r) => r.meta.id)) : [];
  }

  private entry(block: Block): Entry {
    const own = this.text.slice(block.offset, block.endOffset);
    // Every entry has the same fields in the same order: the loops over all entries stay monomorphic.
    return {
      offset: block.offset,
      endOffset: block.endOffset,
      frontMatter: block.frontMatter,
      skipped: block.skipped,
      plain: block.plain,
      notice: block.notice,
      base: block.offset,
      result: undefined,
      definitions: findDefinitions(this.text, block.offset, block.endOffset),
      labels: mentionedLabels(own),
      spans: [],
      sites: [],
    };
  }

  /**
   * New blocks for the region an edit touched: a window from the block before the edit to the block
   * after it is re-split; the whole text is, when the window reaches the first block (front matter)
   * or ends inside a fence, comment or raw HTML block. `candidates` are the old entries the window replaces.
   */
  private resplit(offset: number, editEnd: number, delta: number): { head: Entry[]; blocks: Block[]; candidates: Entry[]; tail: Entry[] } {
    const entries = this.entries;
    const full = () => ({ head: [], blocks: splitBlocks(this.text), candidates: entries, tail: [] });
    let first = entries.findIndex((e) => e.endOffset >= offset);
    if (first < 0) first = entries.length;
    const lo = first - 1;
    if (lo <= 0 || mayOpenFrontMatter(this.text, entries)) return full();
    let last = lo;
    while (last + 1 < entries.length && entries[last + 1].offset <= editEnd) last++;
    const hi = Math.min(entries.length - 1, last + 1);
    const end = hi > last ? entries[hi].endOffset + delta : this.text.length;
    const window = splitBlockRange(this.text, entries[lo].offset, end);
    if (window.open) return full();
    return { head: entries.slice(0, lo), blocks: window.blocks, candidates: entries.slice(lo, hi + 1), tail: entries.slice(hi + 1) };
  }

  /** Rebuilds the definition index when definitions came or went; returns the keys whose resolution changed. */
  private updateDefinitions(removed: readonly Entry[], fresh: readonly Entry[]): Set<string> {
    const changed = new Set<string>();
    if (!removed.some((e) => e.definitions.length) && !fresh.some((e) => e.definitions.length)) return changed;
    const before = this.index;
    const after = new DefinitionIndex(this.entries.flatMap((e) => e.definitions));
    for (const [label, d] of before.links) if (after.links.get(label)?.line !== d.line) changed.add(label);
    for (const label of after.links.keys()) if (!before.links.has(label)) changed.add(label);
    for (const label of before.footnotes.keys()) if (!after.footnotes.has(label)) changed.add(`^${label}`);
    for (const label of after.footnotes.keys()) if (!before.footnotes.has(label)) changed.add(`^${label}`);
    this.index = after;
    return changed;
  }

  /** Analyses entries in order; the front matter block first, since its `date:` anchors the others. */
  private analyze(stale: readonly Entry[], frontMatterChanged: boolean): void {
    let targets = stale;
    const first = this.entries[0];
    if (frontMatterChanged) {
      let anchor = this.engine.referenceDate;
      if (first?.frontMatter) {
        this.analyzeEntry(first, this.engine.referenceDate);
        anchor = frontMatterDate(first.result!.prose.frontMatter) ?? anchor;
      }
      if (!sameDate(anchor, this.anchorDate)) targets = this.entries;
      this.anchorDate = anchor;
    }
    for (const entry of targets) {
      if (entry === first && first.frontMatter) {
        if (!frontMatterChanged) this.analyzeEntry(entry, this.engine.referenceDate);
      } else {
        entry.result = undefined; // pending: analysed by analyzeFor() or when findings are read
        entry.spans = [];
        entry.sites = [];
      }
    }
  }

  private analyzeEntry(entry: Entry, anchorDate: RefDate): void {
    move(entry);
    const result = analyzeBlock(this.engine, this.text, entry, this.index, anchorDate);
    // Reports and citation sites are copied, so that moving them in place touches nothing a rule shares.
    const sites: Array<{ before: number; after: number }> = [];
    const reports = result.reports.map((r) => {
      const own: RawReport = { ...r };
      if (r.cite) sites.push((own.cite = { ...r.cite }));
      return own;
    });
    entry.result = { ...result, reports, sentences: [] }; // sentences are per-block working data; dropped to bound memory
    entry.spans = [...new Set<Span>([...result.prose.segments, ...result.prose.citations, ...result.prose.comments, ...result.citations, ...reports])];
    entry.sites = sites;
  }
}

/**
 * Moves an entry's definitions and result from `base` to the block's current offset: in place, but
 * fixes, which findings hand out, are replaced by moved copies.
 */
function move(entry: Entry): void {
  const d = entry.offset - entry.base;
  if (d === 0) return;
  for (const def of entry.definitions) {
    def.offset += d;
    def.endOffset += d;
  }
  for (const span of entry.spans) {
    span.offset += d;
    span.endOffset += d;
  }
  for (const site of entry.sites) {
    site.before += d;
    site.after += d;
  }
  for (const report of entry.result?.reports ?? []) {
    if (report.fixes) report.fixes = report.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, offset: e.offset + d, endOffset: e.endOffset + d })) }));
  }
  entry.base = entry.offset;
}

/** True when the first line could open front matter that does not close yet (any edit may close it). */
function mayOpenFrontMatter(text: string, entries: readonly Entry[]): boolean {
  return !entries[0]?.frontMatter && /^(?:---|\+\+\+)[ \t]*(?:\r|\n|$)/.test(text.slice(0, 8));
}
