import type { Config, RuleConfig } from './config';
import type { RefDate } from './dates';
import type { PhraseEntry, PhraseMatcher } from './phrases';
import type { Block } from './blocks';
import type { Bibliography } from './bibliography';
import type { Definition } from './definitions';
import type { CiteTarget } from './cite-fixes';
import type { Citation, ClaimStatus, RuleReport, Segment, Sentence, Severity } from './types';

/** What a rule says about itself; the registry adds the docs URL. */
export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Why a reader would ask for a source here, and what to do (markdown). Shown in hovers. */
  rationale: string;
  /** Confidence of the rule's findings when a report gives none (0-1; see `confidence` in types.ts). */
  confidence?: number;
  /** Needs the network: `lint()` never reports it; only an explicit action (verify sources) does. */
  network?: boolean;
  /**
   * What a finding of this rule inside an uncited check-worthy sentence says about the claim, in the
   * claim inventory ("hedged", "attributed-unlinked"); with several, the better status wins.
   */
  claimStatus?: Exclude<ClaimStatus, 'cited' | 'unsourced'>;
}

/** What a rule sees of one block of the document. */
export interface RuleContext {
  /** The whole source text. */
  source: string;
  /** Sentences of the block being checked, in order. */
  sentences: readonly Sentence[];
  /** Prose segments of the block, in order. */
  segments: readonly Segment[];
  /** Citations of the block, sorted by offset. */
  citations: readonly Citation[];
  config: Config;
  /** This rule's own configuration (severity, added and removed phrases). */
  ruleConfig: RuleConfig;
  /** The date relative phrases are anchored to: the front matter `date:` when present, else the reference date. */
  anchorDate: RefDate;
  /** "Today" for staleness checks. */
  referenceDate: RefDate;
  /** Compiles a phrase list with this rule's `add` and `remove` applied (cached). */
  phrases<T extends PhraseEntry>(list: readonly T[], makeEntry?: (phrase: string) => T): PhraseMatcher<T>;
}

/**
 * What a rule sees of the whole document, after every block was analysed. Everything it needs is
 * here, so an incremental host can rebuild it from cached per-block results without re-parsing.
 */
export interface DocumentContext {
  /** The whole source text. */
  source: string;
  /** Top-level blocks, in order. */
  blocks: readonly Block[];
  /** Every link reference and footnote definition, duplicates included, in source order. */
  definitions: readonly Definition[];
  /** Prose segments of every block, in source order. */
  segments: readonly Segment[];
  /** Citations of every block (as prose extraction and text scanning found them), in source order. */
  citations: readonly Citation[];
  /** Facts about the document's end that fixes appending a definition need (see `citeTarget`). */
  target: CiteTarget;
  config: Config;
  ruleConfig: RuleConfig;
  /** The bibliography the host loaded (config `bibliography` and front matter), when there is one. */
  bibliography?: Bibliography;
  /** Compiles a phrase list with this rule's `add` and `remove` applied (cached). */
  phrases<T extends PhraseEntry>(list: readonly T[], makeEntry?: (phrase: string) => T): PhraseMatcher<T>;
}

/** A rule: metadata plus a check over one block's sentences, and optionally one over the whole document. */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): RuleReport[];
  /** Document-level checks (orphans, keys): must stay cheap, a regex pass over the context, no parse. */
  checkDocument?(context: DocumentContext): RuleReport[];
}
