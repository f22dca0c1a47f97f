// The text of an open document and its findings; edits flow in through one method. No `vscode` import.
import { lint, type LintOptions } from '../core/index';
import type { Finding } from '../core/types';

/** One content change: delete `deleteCount` UTF-16 units at `offset`, then insert `insertText`. */
export interface TextChange {
  offset: number;
  deleteCount: number;
  insertText: string;
}

/**
 * A document kept in step with the editor. `edit` receives every content change (in the order the
 * editor reports them); `findings` checks the current text. This version re-lints the whole text;
 * an incremental engine (re-parsing only the touched blocks) plugs in behind the same two methods.
 */
export class DocumentModel {
  private cached: Finding[] | undefined;

  constructor(private content: string, public version: number, private readonly options: LintOptions) {}

  /** The current text. */
  get text(): string {
    return this.content;
  }

  /** Applies content changes and moves to `version`. */
  edit(changes: readonly TextChange[], version: number): void {
    for (const c of changes) this.content = this.content.slice(0, c.offset) + c.insertText + this.content.slice(c.offset + c.deleteCount);
    this.version = version;
    this.cached = undefined;
  }

  /** Findings of the current text (cached until the next edit). */
  findings(): Finding[] {
    this.cached ??= lint(this.content, this.options);
    return this.cached;
  }
}
