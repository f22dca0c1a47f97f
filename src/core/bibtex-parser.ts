// The only static import of the BibTeX parser: bibliography.ts requires this module on first use,
// so the parser (with its NLP data, most of the bundle) is evaluated only when a .bib file is read.
export { parse } from '@retorquere/bibtex-parser';
