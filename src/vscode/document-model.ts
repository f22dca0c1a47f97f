// The text of an open document and its findings; edits flow in through one method. No `vscode` import.
import { createDocument, type IncrementalDocument, type LintOptions } from '../engine';
import type { Finding } from '../core/types';
import type { DirectiveProblem } from '../core/directives';

/** One content change: delete `deleteCount` UTF-16 units at `offset`, then insert `insertText`. */
export interface TextChange {
  offset: number;
  deleteCount: number;
  insertText: string;
}

/** How `findingsInSlices` spreads its work: slice length, pause, staleness test and time budget. */
export interface SliceOptions {
  sliceMs: number;
  pause(): Promise<void>;
  isCurrent(): boolean;
  budgetMs: number;
  onOverBudget?(partial: Finding[]): void;
  /** Runs each synchronous slice (`parse`: splitting the text into blocks; `analysis`), e.g. to time it; default: just runs it. */
  run?<T>(kind: 'parse' | 'analysis', slice: () => T): T;
}

/**
 * A document kept in step with the editor. `edit` receives every content change (in the order the
 * editor reports them) and hands it to the incremental engine, which re-parses only the blocks an
 * edit touched; `findings` equals a full `lint()` of the current text.
 */
export class DocumentModel {
  private cached: Finding[] | undefined;
  private cachedProblems: DirectiveProblem[] | undefined;
  private document: IncrementalDocument | undefined;

  constructor(private content: string, public version: number, private readonly options: LintOptions) {}

  /** The current text. */
  get text(): string {
    return this.document?.text ?? this.content;
  }

  /** Applies content changes and moves to `version`. */
  edit(changes: readonly TextChange[], version: number): void {
    for (const c of changes) {
      if (this.document) this.document.edit(c.offset, c.deleteCount, c.insertText);
      else this.content = this.content.slice(0, c.offset) + c.insertText + this.content.slice(c.offset + c.deleteCount);
    }
    this.version = version;
    this.cached = undefined;
    this.cachedProblems = undefined;
  }

  /**
   * Findings of the current text, analysing in slices of `sliceMs` and awaiting `pause()` between
   * them so a long document never blocks the host for long. Once `budgetMs` has passed without
   * finishing, `onOverBudget` receives the findings so far (once per call); analysis goes on.
   * Resolves to undefined when `isCurrent()` turns false between slices.
   */
  async findingsInSlices(slices: SliceOptions): Promise<Finding[] | undefined> {
    if (this.cached) return this.cached;
    const run = slices.run ?? (<T>(_kind: string, slice: () => T) => slice());
    const document = this.document ??= run('parse', () => createDocument(this.content, this.options));
    const start = Date.now();
    let reported = false;
    while (!run('analysis', () => document.analyzeFor(slices.sliceMs))) {
      if (!reported && slices.onOverBudget && Date.now() - start > slices.budgetMs) {
        reported = true;
        slices.onOverBudget(document.partialFindings());
      }
      await slices.pause();
      if (!slices.isCurrent()) return undefined;
    }
    return run('analysis', () => this.findings());
  }

  /** Findings of the current text (cached until the next edit); the first call analyses the whole text. */
  findings(): Finding[] {
    this.document ??= createDocument(this.content, this.options);
    this.cached ??= this.document.findings();
    return this.cached;
  }

  /** Directives that do nothing as written (unknown names, rule ids), cached until the next edit. */
  directiveProblems(): DirectiveProblem[] {
    this.document ??= createDocument(this.content, this.options);
    this.cachedProblems ??= this.document.directiveProblems();
    return this.cachedProblems;
  }
}
