// Worker side of live checking: copies of the editor's open long documents, kept in step by the edits
// the host sends, so the host never parses them. No `vscode` and no Node API here (both worker bundles).
import type { Bibliography } from '../core/bibliography';
import { createDocument, type IncrementalDocument } from '../engine';
import type { LiveMessage, LiveResult } from './protocol';

/** How many open documents a worker keeps copies of; the least recently checked is dropped beyond it (the host then sends its whole text). */
export const LIVE_DOCUMENTS = 8;

interface Copy {
  version: number;
  configKey: number;
  bibliography?: Bibliography;
  referenceDate?: string;
  document: IncrementalDocument;
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
  handle(message: LiveMessage, bibliography?: Bibliography): LiveResult | { closed: true } {
    const { key } = message;
    if ('close' in message) {
      this.copies.delete(key);
      return { closed: true };
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
      if (copy.configKey !== message.configKey || copy.bibliography !== bibliography || copy.referenceDate !== message.referenceDate) {
        copy = { version: message.version, configKey: message.configKey, bibliography, referenceDate: message.referenceDate, document: createDocument(copy.document.text, options) };
      }
    }
    this.copies.set(key, copy);
    if (this.copies.size > this.limit) this.copies.delete(this.copies.keys().next().value!);
    const { document } = copy;
    return { version: copy.version, findings: document.findings(), directiveProblems: document.directiveProblems(), length: document.text.length };
  }
}
