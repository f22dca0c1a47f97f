/** A DOI or ISBN written in the text, with what is wrong with it. Offsets are relative to the scanned text. */
export interface IdentifierProblem {
  kind: 'doi' | 'isbn';
  index: number;
  length: number;
  /** The identifier as written (without its "doi:" or "ISBN" label). */
  value: string;
  message: string;
  /** For an ISBN with a wrong check digit: the identifier with the right one. */
  corrected?: string;
}

// A DOI is "10." + a registrant code of digits (optionally subdivided) + "/" + a non-empty suffix.
const VALID_DOI = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;
const DOI_CUE = /(?<![\w/.-])(?:doi:[ \t]*|https?:\/\/(?:dx\.)?doi\.org\/)(\S*)/gi;
const ISBN_CUE = /\bISBN(?:-1[03])?:?[ \t]*([0-9](?:-?[0-9]){8,11}-?[0-9Xx])(?![\w-])/g;

const trimTrailing = (s: string) => s.replace(/[.,;:!?)\]}"'”’>]+$/, '');

/** Why a DOI (without prefix) is malformed, or undefined when its shape is valid. */
export function doiProblem(doi: string): string | undefined {
  if (!doi) return 'the DOI is empty';
  if (VALID_DOI.test(doi)) return undefined;
  if (!doi.startsWith('10.')) return 'a DOI starts with "10."';
  if (!doi.includes('/')) return 'a DOI has a "/" between prefix and suffix';
  if (/^10\.\d{4,9}(?:\.\d+)*\/$/.test(doi)) return 'the DOI has no suffix after "/"';
  return 'the registrant code after "10." must be 4 to 9 digits';
}

/** The check digit an ISBN-10 (first 9 digits) or ISBN-13 (first 12 digits) must end with. */
export function isbnCheckDigit(body: string): string {
  const digits = [...body].map(Number);
  if (digits.length === 9) {
    const sum = digits.reduce((s, d, i) => s + d * (10 - i), 0);
    const c = (11 - (sum % 11)) % 11;
    return c === 10 ? 'X' : String(c);
  }
  const sum = digits.reduce((s, d, i) => s + d * (i % 2 === 0 ? 1 : 3), 0);
  return String((10 - (sum % 10)) % 10);
}

/** Why an ISBN is invalid (wrong length, wrong check digit), or undefined when it checks out. */
export function isbnProblem(isbn: string): { message: string; corrected?: string } | undefined {
  const compact = isbn.replace(/[ -]/g, '').toUpperCase();
  if (!/^(?:\d{9}[\dX]|\d{13})$/.test(compact)) return { message: `an ISBN has 10 or 13 digits, this one has ${compact.length}` };
  const expected = isbnCheckDigit(compact.slice(0, -1));
  if (compact.endsWith(expected)) return undefined;
  const corrected = isbn.slice(0, isbn.length - 1) + expected;
  return { message: `its check digit should be ${expected}, not ${compact.slice(-1)}`, corrected };
}

/** Finds malformed DOIs ("doi:…", doi.org links) and invalid ISBNs in text. */
export function findIdentifierProblems(text: string): IdentifierProblem[] {
  const out: IdentifierProblem[] = [];
  DOI_CUE.lastIndex = 0;
  for (let m = DOI_CUE.exec(text); m; m = DOI_CUE.exec(text)) {
    const value = trimTrailing(m[1]);
    const message = doiProblem(value);
    const start = m.index + m[0].length - m[1].length;
    if (message) out.push({ kind: 'doi', index: value ? start : m.index, length: value ? value.length : m[0].trimEnd().length, value, message });
  }
  ISBN_CUE.lastIndex = 0;
  for (let m = ISBN_CUE.exec(text); m; m = ISBN_CUE.exec(text)) {
    const problem = isbnProblem(m[1]);
    if (problem) out.push({ kind: 'isbn', index: m.index + m[0].length - m[1].length, length: m[1].length, value: m[1], ...problem });
  }
  return out.sort((a, b) => a.index - b.index);
}
