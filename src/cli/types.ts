// Types shared by the CLI modules (and the hosts that reuse them): what checking a file takes and gives.
import type { Config } from '../core/config';
import type { Inventory } from '../core/inventory';
import type { LineColumnSpan } from '../core/location';
import type { Finding } from '../core/types';
import type { DirectiveProblem } from '../core/directives';
import type { BibliographyLoader } from './bibliography';

/** A finding with 1-based line/column positions, as printed by the CLI. */
export interface LocatedFinding extends Finding, LineColumnSpan {}

/** What checking one file produced: findings (with the text when asked for), or an error message naming the file. */
export interface FileResult {
  file: string;
  /** The checked text, when `keep.text` asked for it (and the file could be read). */
  text?: string;
  findings: Finding[];
  /** The claim inventory, from the same parse as the findings, when `keep.inventory` asked for it. */
  inventory?: Inventory;
  /** Set when the file could not be read (or was skipped) at all: no findings came from it. */
  unread?: boolean;
  error?: string;
  /** Set when --fix had safe fixes for the file but did not write them (`error` says why). */
  unwritten?: boolean;
  /** Number of safe fixes written back with --fix. */
  fixed?: number;
  /** Directives that do nothing as written (unknown names or rule ids), located; absent when there are none. */
  directiveProblems?: LocatedProblem[];
  /** Problems reading the document's bibliography files ("file: message"). */
  bibliographyProblems?: string[];
}

/** A directive problem with 1-based start and end lines and columns (its fixes' edits stay offsets). */
export interface LocatedProblem extends DirectiveProblem, LineColumnSpan {}

/** Options for checking files: resolved config, reference date, and whether to apply safe fixes. */
export interface CheckOptions {
  config: Config;
  referenceDate?: string;
  fix?: boolean;
  /** Reads the bibliographies named by the config and the front matter (cached across files). */
  bibliographies?: BibliographyLoader;
  /** The folder config `bibliography` paths are relative to (the config file's). */
  configDir?: string;
  /**
   * What to keep in the result besides findings: the text (reports, --changed-since, --verify-sources)
   * and the claim inventory (reports). Both cost memory and copying between threads, so default off.
   */
  keep?: { text?: boolean; inventory?: boolean };
}
