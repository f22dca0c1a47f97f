// Names shared by the extension's modules and its manifest (package.json); no `vscode` import here.

/** The `source` of every diagnostic, and the extension's display name. */
export const SOURCE = 'Citation Needed';

/** The settings section: `citationNeeded.*`. */
export const SECTION = 'citationNeeded';

/** Language ids checked: Markdown, MDX and Quarto. */
export const LANGUAGES: readonly string[] = ['markdown', 'mdx', 'quarto'];

/** The repository configuration file, read from each workspace folder's root. */
export const CONFIG_FILE_NAME = '.citation-needed.json';

/** Command ids, as declared in package.json. */
export const COMMANDS = {
  check: 'citationNeeded.check',
  checkWorkspace: 'citationNeeded.checkWorkspace',
  clear: 'citationNeeded.clear',
  turnOffRule: 'citationNeeded.turnOffRule',
  verifySources: 'citationNeeded.verifySources',
  citeFromBibliography: 'citationNeeded.citeFromBibliography',
} as const;

/** Commands for tests and diagnosis, not in the command palette (not declared in package.json). */
export const INTERNAL_COMMANDS = {
  /** Returns the HostWork snapshot and where live checks ran; `{ reset: true }` starts counting afresh. */
  hostWork: 'citationNeeded.internal.hostWork',
  /** Stops the live worker (the next long document starts another); resolves once it has stopped. */
  stopLiveWorker: 'citationNeeded.internal.stopLiveWorker',
} as const;

/** The code action kind that applies every safe fix (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.citationNeeded';
