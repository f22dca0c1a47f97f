// Host side of live checking in a worker: the editor's open long documents are parsed and analysed in
// one worker that keeps copies of them (LiveDocuments), so the host sends only the edits since the
// version the worker holds. No `vscode` and no Node API here (both extension hosts).
import type { Bibliography } from '../core/bibliography';
import type { Config } from '../core/config';
import type { DirectiveProblem } from '../core/directives';
import type { Finding } from '../core/types';
import type { WorkerBundle } from './channel';
import { KeptPool, type IdleTimers } from './kept-pool';
import { WorkerPool, WorkerStartError } from './pool';
import { LIVE_PAGE } from './live-documents';
import type { LiveChange, LiveMessage, LivePageResult, LiveResult } from './protocol';

/** Documents this long (UTF-16 units) or longer are checked in the live worker: parsing one block of them may take longer than a turn of the host's event loop should. */
export const LIVE_WORKER_MIN_LENGTH = 20_000;

/** How long the live worker is kept after its last check: 5 minutes. */
export const LIVE_WORKER_IDLE_MS = 5 * 60_000;

/** Beyond this many changes since the version the worker holds, the host sends the whole text instead. */
const MAX_PENDING_CHANGES = 2_000;

/** Where live messages go: the live worker, or a fake in tests. */
export interface LiveTransport {
  /** Sends a message; rejects with WorkerStartError when no worker can run. */
  send(message: LiveMessage, bibliography?: Bibliography): Promise<unknown>;
  /** True while a worker is kept (so a close is worth sending). */
  readonly running: boolean;
  /** True while a check of `key` is sent and not answered. */
  busyWith(key: string): boolean;
  /** Stops the worker (its checks reject with PoolStoppedError); the next message starts another. */
  stop(): Promise<void>;
}

/** The one live worker: started on first use, stopped after `idleMs` without one, restarted on demand. */
export class LiveWorker implements LiveTransport {
  private readonly kept: KeptPool<WorkerPool>;
  /** Checks the worker answered. */
  checks = 0;
  /** Checks sent and not answered, per document. */
  private readonly inFlight = new Map<string, number>();

  constructor(bundle: WorkerBundle, options: { idleMs?: number; timers?: IdleTimers } = {}) {
    this.kept = new KeptPool({ start: async () => WorkerPool.start({ spawn: await bundle(), size: 1 }), idleMs: options.idleMs ?? LIVE_WORKER_IDLE_MS, timers: options.timers });
  }

  get running(): boolean {
    return this.kept.running;
  }

  busyWith(key: string): boolean {
    return (this.inFlight.get(key) ?? 0) > 0;
  }

  async send(message: LiveMessage, bibliography?: Bibliography): Promise<unknown> {
    const counted = !('close' in message);
    const isCheck = counted && !('from' in message);
    if (counted) this.inFlight.set(message.key, (this.inFlight.get(message.key) ?? 0) + 1);
    try {
      return await this.kept.use(async (pool) => {
        try {
          const result = await pool.live(message, bibliography);
          if (isCheck) this.checks++;
          return result;
        } catch (error) {
          if (error instanceof WorkerStartError) this.kept.discard(pool);
          throw error;
        }
      });
    } finally {
      if (counted) {
        const left = this.inFlight.get(message.key)! - 1;
        if (left > 0) this.inFlight.set(message.key, left);
        else this.inFlight.delete(message.key);
      }
    }
  }

  /** Stops the worker (running checks fail); the next check starts another. Resolves once it has stopped. */
  stop(): Promise<void> {
    return this.kept.stop(true);
  }
}

/** A document as the client reads it: its version and, only when the whole text must be sent, its text. */
export interface LiveDocument {
  readonly key: string;
  readonly version: number;
  getText(): string;
}

/** The options of a check, as in-host checks get them. */
export interface LiveOptions {
  config: Config;
  bibliography?: Bibliography;
  referenceDate?: string;
}

/** The findings of one version of a document, checked in the worker. */
export interface LiveFindings {
  version: number;
  findings: Finding[];
  directiveProblems: DirectiveProblem[];
  length: number;
}

/** What the host knows of a document's copy in the worker. */
interface Tracked {
  /** The version the worker holds once the messages sent so far are handled. */
  base: number;
  /** The changes since `base`, in order. */
  changes: LiveChange[];
  /** The host's version after `changes`. */
  at: number;
}

/** Keeps the worker's copies in step with the host's documents, and checks them there. */
export class LiveDocumentsClient {
  private readonly tracked = new Map<string, Tracked>();
  private readonly configKeys = new WeakMap<Config, number>();
  private nextConfigKey = 1;
  /** Whole texts sent (first sends, and resends after `missing`). */
  wholeTexts = 0;
  /** Incremental sends (changes only). */
  incremental = 0;
  /** Pages of findings fetched after a first result. */
  pages = 0;
  /** Times the worker was stopped because a document closed while it was being checked. */
  abandoned = 0;

  constructor(private readonly transport: LiveTransport) {}

  /** True when the document has a copy in the worker (or one is on its way). */
  has(key: string): boolean {
    return this.tracked.has(key);
  }

  /** The document moved to `version` by `changes`: kept for the next send; a gap in versions drops the copy (the whole text goes next). */
  edited(key: string, changes: readonly LiveChange[], version: number): void {
    const entry = this.tracked.get(key);
    if (!entry) return;
    if (entry.at !== version - 1 || entry.changes.length + changes.length > MAX_PENDING_CHANGES) {
      this.tracked.delete(key);
      return;
    }
    entry.changes.push(...changes);
    entry.at = version;
  }

  /**
   * Checks the document's current version in the worker: the changes since the version the worker
   * holds, or the whole text when it holds none (or answers `missing`); then the rest of the findings,
   * page by page, while `isCurrent()` holds. Resolves to undefined when it stops holding (or the worker's
   * copy moved on). Rejects with WorkerStartError when no worker can run.
   */
  async check(document: LiveDocument, options: LiveOptions, isCurrent: () => boolean = () => true): Promise<LiveFindings | undefined> {
    const entry = this.tracked.get(document.key);
    let result: Exclude<LiveResult, { missing: true }> | undefined;
    if (entry && entry.at === document.version) {
      const message = this.sync(document, options, { base: entry.base, changes: entry.changes });
      this.tracked.set(document.key, { base: entry.at, changes: [], at: entry.at });
      this.incremental++;
      const answer = await this.send(document.key, message, options) as LiveResult;
      if (!answer.missing) result = answer;
    }
    result ??= await this.sendWhole(document, options);
    const { version, total, directiveProblems, length } = result;
    const findings = result.findings;
    while (findings.length < total) {
      if (!isCurrent()) return undefined;
      const page = await this.send(document.key, { key: document.key, version, from: findings.length, count: LIVE_PAGE }, options) as LivePageResult;
      if (page.missing || page.findings.length === 0) return undefined;
      for (const finding of page.findings) findings.push(finding);
      this.pages++;
    }
    return { version, findings, directiveProblems, length };
  }

  /**
   * The document closed: the worker drops its copy (nothing is sent when no worker runs). When the
   * worker is still checking it, the worker is stopped instead (a long parse would hold it for
   * nothing); the next check starts another and sends each document whole.
   */
  closed(key: string): void {
    const held = this.tracked.delete(key);
    if (this.transport.busyWith(key)) {
      this.abandoned++;
      this.tracked.clear();
      void this.transport.stop();
      return;
    }
    if (!held || !this.transport.running) return;
    this.transport.send({ key, close: true }).catch(() => undefined);
  }

  /** Forgets every copy (the worker stopped). */
  forgetAll(): void {
    this.tracked.clear();
  }

  private async sendWhole(document: LiveDocument, options: LiveOptions): Promise<Exclude<LiveResult, { missing: true }>> {
    const version = document.version;
    const message = this.sync(document, options, { text: document.getText() });
    this.tracked.set(document.key, { base: version, changes: [], at: version });
    this.wholeTexts++;
    const result = await this.send(document.key, message, options) as LiveResult;
    if (result.missing) throw new Error('the live worker lost a whole text it was sent');
    return result;
  }

  private async send(key: string, message: LiveMessage, options: LiveOptions): Promise<unknown> {
    try {
      return await this.transport.send(message, options.bibliography);
    } catch (error) {
      this.tracked.delete(key);
      throw error;
    }
  }

  private sync(document: LiveDocument, options: LiveOptions, body: { base: number; changes: LiveChange[] } | { text: string }): LiveMessage {
    let configKey = this.configKeys.get(options.config);
    if (configKey === undefined) this.configKeys.set(options.config, (configKey = this.nextConfigKey++));
    return { key: document.key, version: document.version, config: options.config, configKey, referenceDate: options.referenceDate, ...body };
  }
}
