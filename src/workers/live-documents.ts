// Worker side of live checking: copies of the editor's open long documents, kept in step by the edits
// the host sends, so the host never parses them. No `vscode` and no Node API here (both worker bundles).
import type { Bibliography } from '../core/bibliography';
import { createDocument, type IncrementalDocument } from '../engine';
import type { Finding } from '../core/types';
import type { DirectiveProblem } from '../core/directives';
import type { LiveMessage, LivePageResult, LiveResult } from './protocol';

/** Findings per message to the host: receiving 500 takes its thread ~10-20 ms. */
export const LIVE_PAGE = 500;

/** How many open documents a worker keeps copies of; the least recently checked is dropped beyond it (the host then sends its whole text). */
export const LIVE_DOCUMENTS = 8;

interface Copy {
  version: number;
  configKey: number;
  bibliography?: Bibliography;
  referenceDate?: string;
  document: IncrementalDocument;
  /** The findings of `version`, once computed (the host asks for them page by page). */
  result?: { findings: Finding[]; directiveProblems: DirectiveProblem[] };
}

/** The copies one worker holds. */
export class LiveDocuments {
  private readonly copies = new Map<string, Copy>();

  constructor(private readonly limit = LIVE_DOCUMENTS) {}

  /** Keys of the documents held, least recently checked first. */
  get held(): string[] {
    return [...this.copies.keys()];
  }

  /**
   * Applies a message: a whole text replaces the copy; changes apply to the copy at `base` (`missing`
   * when there is none, or it is at another version); then the findings of the copy, equal to a full
   * lint of its text. A close drops the copy.
   */
  handle(message: LiveMessage, bibliography?: Bibliography): LiveResult | LivePageResult | { closed: true } {
    const { key } = message;
    if ('close' in message) {
      this.copies.delete(key);
      return { closed: true };
    }
    if ('from' in message) {
      const held = this.copies.get(key);
      if (!held?.result || held.version !== message.version) return { missing: true };
      return { findings: held.result.findings.slice(message.from, message.from + Math.min(message.count, LIVE_PAGE)) };
    }
    const options = { config: message.config, bibliography, referenceDate: message.referenceDate };
    let copy = this.copies.get(key);
    this.copies.delete(key); // re-inserted last: the most recently checked
    if (message.text !== undefined) {
      copy = { version: message.version, configKey: message.configKey, bibliography, referenceDate: message.referenceDate, document: createDocument(message.text, options) };
    } else {
      if (!copy || copy.version !== message.base) return { missing: true };
      try {
        for (const c of message.changes ?? []) copy.document.edit(c.offset, c.deleteCount, c.insertText);
      } catch {
        return { missing: true }; // the changes do not fit the copy: it is dropped, the host sends the whole text
      }
      copy.version = message.version;
      copy.result = undefined;
      if (copy.configKey !== message.configKey || copy.bibliography !== bibliography || copy.referenceDate !== message.referenceDate) {
        copy = { version: message.version, configKey: message.configKey, bibliography, referenceDate: message.referenceDate, document: createDocument(copy.document.text, options) };
      }
    }
    this.copies.set(key, copy);
    if (this.copies.size > this.limit) this.copies.delete(this.copies.keys().next().value!);
    const { document } = copy;
    const result = copy.result = { findings: document.findings(), directiveProblems: document.directiveProblems() };
    return { version: copy.version, findings: result.findings.slice(0, LIVE_PAGE), total: result.findings.length, directiveProblems: result.directiveProblems, length: document.text.length };
  }
}
