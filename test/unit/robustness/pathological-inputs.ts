/** A paragraph every pathological document ends with: the rest of the document must still be checked. */
export const TAIL = 'Experts say costs fell by 40% last year.';

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Pseudo-random bytes 0..255 (NUL included) as one code unit each; deterministic. */
function binary(length: number): string {
  let seed = 12345;
  let out = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(seed >> 23);
  }
  return out;
}

/** The pathological inputs, by name; each ends with TAIL after a blank line. */
export const PATHOLOGICAL: Record<string, () => string> = {
  'nested-blockquotes-10000': () => '> '.repeat(10_000) + 'Experts say it rose.\n\n' + TAIL,
  'nested-list-1000': () => Array.from({ length: 1000 }, (_, i) => '  '.repeat(i) + `- item ${i} grew 40%`).join('\n') + '\n\n' + TAIL,
  'single-line-2mb': () => repeat('Experts say costs fell 40%. ', 2_000_000) + '\n\n' + TAIL,
  'repeated-claims-1.85mb': () => 'Experts say this is likely the best. '.repeat(50_000) + '\n\n' + TAIL,
  'brackets-1mb': () => '['.repeat(1_000_000) + '\n\n' + TAIL,
  'star-underscore-1mb': () => repeat('*_', 1_000_000) + '\n\n' + TAIL,
  'asterisks-1mb': () => '*'.repeat(1_000_000) + '\n\n' + TAIL,
  'underscores-1mb': () => '_'.repeat(1_000_000) + '\n\n' + TAIL,
  'backticks-1mb': () => 'Code ' + '`'.repeat(1_000_000) + '\n\n' + TAIL,
  'angle-brackets-1mb': () => '<'.repeat(1_000_000) + '\n\n' + TAIL,
  'binary-nul-1mb': () => binary(1_000_000) + '\n\n' + TAIL,
  'lone-surrogates': () => repeat('Experts say \uD800 it rose 40%.\uDC00 ', 100_000) + '\n\n' + TAIL,
  'bom-front-matter': () => '\uFEFF---\ntitle: A draft\ndate: 2020-01-15\n---\n\nThe firm is currently the largest.\n\n' + TAIL,
  'crlf': () => ('Experts say it grew.\r\nIt is currently big.\r\n\r\n').repeat(2_000) + TAIL,
  'cr-only': () => ('Experts say it grew.\rIt is currently big.\r\r').repeat(2_000) + TAIL,
  'footnotes-40000': () => footnotes(40_000),
};

/** 40,000 cited claims (10 to a paragraph), then their 40,000 footnote definitions. */
export function footnotes(count: number): string {
  const paragraphs: string[] = [];
  for (let i = 1; i <= count; i += 10) {
    const sentences: string[] = [];
    for (let j = i; j < i + 10 && j <= count; j++) sentences.push(`Sales rose ${j}% in the year.[^${j}]`);
    paragraphs.push(sentences.join(' '));
  }
  const definitions = Array.from({ length: count }, (_, i) => `[^${i + 1}]: Annual report, page ${i + 1}.`).join('\n');
  return paragraphs.join('\n\n') + '\n\n' + definitions + '\n\n' + TAIL;
}
