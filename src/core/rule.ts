import type { Config, RuleConfig } from './config';
import type { RefDate } from './dates';
import type { PhraseEntry, PhraseMatcher } from './phrases';
import type { RuleReport, Sentence, Severity } from './types';

/** What a rule says about itself; the registry adds the docs URL. */
export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Why a reader would ask for a source here, and what to do (markdown). Shown in hovers. */
  rationale: string;
}

/** What a rule sees of one block of the document. */
export interface RuleContext {
  /** The whole source text. */
  source: string;
  /** Sentences of the block being checked, in order. */
  sentences: readonly Sentence[];
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

/** A rule: metadata plus a check over one block's sentences. */
export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): RuleReport[];
}
