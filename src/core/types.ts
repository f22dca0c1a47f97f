/** Severity of a finding, as in VS Code and SARIF (hint is the quietest). */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A configured severity: one of the four, or "off" to disable a rule. */
export type SeverityOrOff = Severity | 'off';

/** One text replacement against source offsets (UTF-16 code units). */
export interface Edit {
  offset: number;
  endOffset: number;
  newText: string;
}

/** A fix is data: a titled list of edits that any host can apply. */
export interface Fix {
  title: string;
  edits: Edit[];
  /** The fix an editor should offer first. */
  preferred?: boolean;
  /** Applying it needs no judgement; only safe fixes run in --fix and fix-all. */
  safe?: boolean;
}

/** A finding of one rule, following DESIGN.md's contract. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  note?: string;
  url: string;
  offset: number;
  endOffset: number;
  text: string;
  fixes: Fix[];
  /** How likely a careful fact-checker wants this finding (0-1), calibrated on judged model-written drafts. */
  confidence: number;
}

/** Where a citation may be inserted for a sentence: before and after its closing punctuation. */
export interface CiteSite {
  before: number;
  after: number;
}

/** What a rule reports; the engine adds id, severity, url, text and citation fixes. */
export interface RuleReport {
  offset: number;
  endOffset: number;
  message: string;
  note?: string;
  fixes?: Fix[];
  /** Offer "add citation" fixes at this site, in the configured citation style. */
  cite?: CiteSite;
  /** Overrides the configured severity for this report only (e.g. a downgraded hedge). */
  severity?: Severity;
  /** Confidence of this report (0-1); defaults to the rule's `meta.confidence`. */
  confidence?: number;
}

/** Kind of citation recognised in prose. */
export type CitationKind =
  | 'link' | 'reference-link' | 'footnote' | 'pandoc' | 'author-year' | 'numeric' | 'page' | 'url' | 'ref-tag';

/** A citation found in the source, with its exact offsets. */
export interface Citation {
  kind: CitationKind;
  offset: number;
  endOffset: number;
  /** Link target, footnote label or Pandoc key, when there is one. */
  target?: string;
}

/** Kind of block a prose segment comes from. */
export type SegmentKind = 'paragraph' | 'heading' | 'table-cell' | 'front-matter';

/** A run of prose: `text` has the same length as the source span, with non-prose masked by spaces. */
export interface Segment {
  kind: SegmentKind;
  offset: number;
  endOffset: number;
  text: string;
  /** A paragraph of a GFM task-list item ("- [ ] Tests pass"): a to-do or a checked box, not a claim. */
  task?: true;
}

/** A sentence of prose with its citations. Offsets are into the whole source. */
export interface Sentence {
  offset: number;
  endOffset: number;
  /** Masked prose text of the sentence (same length as the source span). */
  text: string;
  segment: Segment;
  /** Citations inside the sentence or directly after it (before the next sentence). */
  citations: Citation[];
  /** True when a citation covers the sentence (own or paragraph-final). */
  cited: boolean;
  /** Where a citation for this sentence would go. */
  cite: CiteSite;
}

/**
 * Where a check-worthy sentence stands: cited; attributed but unlinked (a named source with no
 * link); hedged (an uncertainty hedge and no citation); unsourced.
 */
export type ClaimStatus = 'cited' | 'attributed-unlinked' | 'hedged' | 'unsourced';
