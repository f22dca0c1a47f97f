// Property: after any sequence of edits, the incremental document's findings and directive problems equal a full check of the final text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createDocument, type IncrementalDocument } from '../../../src/engine';
import { analyzeDocument, createEngine } from '../../../src/core/lint';
import { allRules, docsUrl } from '../../../src/rules';

const OPTIONS = { referenceDate: '2026-11-28' };

// Corpus-like blocks: each one exercises a rule, a citation form or a structural construct.
const BLOCKS = [
  'Revenue grew by 40% in 2023, making it the largest vendor in the region.',
  'Experts say the new policy will likely reduce costs by $3 million.',
  'According to The Washington Post, the company currently employs 12,000 people.',
  'As of January 2024, the project is expected to launch in March 2025.',
  'This cutting-edge platform is a testament to our world-class team.',
  'The study found a 25% drop in errors.[^1] Recently, adoption doubled.[^2]',
  '[^1]: Smith, J. (2021). A study of errors. https://example.org/study',
  '[^2]: Survey of 400 teams, 2024.',
  'Sales rose 12% last year, see [the report][report] for details.',
  '[report]: https://example.org/report "Annual report"',
  '[Report]: https://example.org/other',
  '# The fastest database in the world',
  '## Results\n\nIt is widely believed that this reduced churn by half.',
  '- Critics argue it caused the outage.\n- Reportedly, 3 in 4 users left.\n  Continued item text that may increase load.',
  '1. First item, which could potentially fail.\n\n   Indented continuation paragraph with 50% more load.',
  '```js\n// currently 40% faster\nconst x = 1;\n\nconst y = 2;\n```',
  '~~~\nRecently the largest, in a fence.\n~~~',
  '<!-- citation-needed-disable hedge -->',
  '<!-- citation-needed-enable -->',
  '<!-- citation-needed-disable-next-line hedgee, puffery -->\nIt will likely work.',
  '<!-- citation-needed-disabled -->',
  '<!-- citation-needed-disable-next-line -->\nThis year, profits tripled.',
  '<!--\nA comment with a blank line\n\nstill inside: 90% of claims.\n-->',
  '| Metric | Value |\n| --- | --- |\n| Growth | 45% this year |',
  '> Quoted: 99% of people agree, experts say.',
  'A plain sentence with nothing to flag.',
  'Use `npm install` and see https://example.org for the 3 steps.',
  '<pre>\nraw 10% block\n\ntext\n</pre>',
  'Setext heading with 70% growth\n---',
  '    indented code with 20% more',
];

const FRONT_MATTERS = ['', '', '---\n\n', '---\ntitle: Unclosed\n\n', '---\ntitle: The best tool ever made\ndate: 2024-05-01\n---\n\n', '---\ntitle: Draft\n---\n\n', '+++\ntitle = "x"\n+++\n\n'];

// Insertions that may change the structure: fences, comments, definitions, front matter, blank lines.
const SNIPPETS = ['```\n', '<!--\n', '-->\n', '~~~~\n', '<pre>\n', '\n\n', '\n', ' ', 'x', '```', '~~~', '<!--', '-->', '[^1]', '[^2]: note', '[report]', '[report]: https://x.org', '---\n', 'date: 2020-01-01\n', '40% ', 'currently ', 'likely ', '\n\n    ', '\r\n', '> ', 'e -->', '<!-- citation-needed-enable hedg -->'];

// A relative position in [0, 1), unbiased (fast-check's default bias favours the ends of the text).
const position = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

const separator = fc.constantFrom('\n\n', '\n\n\n', '\n', '\r\n\r\n', '\n \n');
const documentArb = fc
  .tuple(fc.constantFrom(...FRONT_MATTERS), fc.array(fc.tuple(fc.constantFrom(...BLOCKS), separator), { minLength: 1, maxLength: 9 }))
  .map(([fm, parts]) => fm + parts.map(([block, sep]) => block + sep).join(''));

interface EditSpec {
  at: number;
  /** Move the edit to the start of its line, where fences, comments and definitions open. */
  lineStart: boolean;
  remove: number;
  insert: string;
}
const editArb: fc.Arbitrary<EditSpec> = fc.record({
  at: position,
  lineStart: fc.boolean(),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(60)),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constantFrom(...BLOCKS), fc.constant(''), fc.string({ maxLength: 4 })),
});

/** Applies edit specs (relative positions) to a fresh document and returns it. */
function applyEdits(text: string, edits: readonly EditSpec[]) {
  const doc = createDocument(text, OPTIONS);
  for (const e of edits) {
    let offset = Math.min(doc.text.length, Math.floor(e.at * (doc.text.length + 1)));
    if (e.lineStart) offset = doc.text.lastIndexOf('\n', offset - 1) + 1;
    const remove = Math.min(e.remove, doc.text.length - offset);
    doc.edit(offset, remove, e.insert);
    if (e.remove === 2) doc.findings(); // read findings between edits too: caches must not go stale
  }
  return doc;
}

let cases = 0;

const engine = createEngine(allRules, OPTIONS);

/** Asserts the document's findings and directive problems equal a full check's (what lint() returns, and more). */
function assertMatchesFullCheck(doc: IncrementalDocument): void {
  const full = analyzeDocument(engine, doc.text, docsUrl);
  assert.deepEqual(doc.findings(), full.findings);
  assert.deepEqual(doc.directiveProblems(), full.directiveProblems);
}

describe('incremental document (property)', function () {
  this.timeout(180_000); // about 15 s on an idle 2-core machine; the machine is shared
  after(() => console.log(`      property cases run: ${cases}`));

  it('equals a full check of the final text after random edit sequences', () => {
    fc.assert(
      fc.property(documentArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), (text, edits) => {
        cases++;
        const doc = applyEdits(text, edits);
        assertMatchesFullCheck(doc);
      }),
      { seed: 20261128, numRuns: 500 },
    );
  });

  it('equals a full check when edits are typed one character at a time', () => {
    fc.assert(
      fc.property(documentArb, position, fc.constantFrom(...SNIPPETS, ...BLOCKS.slice(0, 8)), (text, at, typed) => {
        cases++;
        const doc = createDocument(text, OPTIONS);
        const offset = Math.floor(at * (text.length + 1));
        for (let i = 0; i < typed.length; i++) doc.edit(offset + i, 0, typed[i]);
        assertMatchesFullCheck(doc);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('equals a full check after structural edits at line starts in long documents', () => {
    const longDocument = fc.array(fc.tuple(fc.constantFrom(...BLOCKS), separator), { minLength: 6, maxLength: 14 }).map((parts) => parts.map(([block, sep]) => block + sep).join(''));
    const structural = fc.record({
      at: position,
      lineStart: fc.constant(true),
      remove: fc.constantFrom(0, 0, 1, 4),
      insert: fc.constantFrom('```\n', '~~~~\n', '<!--\n', '-->\n', '<pre>\n', '</pre>\n', '---\n', '+++\n', '[^1]: x\n', '[report]: /r\n', '\n', '    ', ''),
    });
    fc.assert(
      fc.property(longDocument, fc.array(structural, { minLength: 1, maxLength: 4 }), (text, edits) => {
        cases++;
        const doc = applyEdits(text, edits);
        assertMatchesFullCheck(doc);
      }),
      { seed: 99, numRuns: 200 },
    );
  });

  it('equals a full check after deleting whole ranges, including everything', () => {
    fc.assert(
      fc.property(documentArb, position, position, (text, a, b) => {
        cases++;
        const doc = createDocument(text, OPTIONS);
        const [from, to] = [Math.floor(Math.min(a, b) * text.length), Math.floor(Math.max(a, b) * text.length)];
        doc.edit(from, to - from, '');
        assertMatchesFullCheck(doc);
        doc.edit(0, doc.text.length, text);
        assertMatchesFullCheck(doc);
      }),
      { seed: 42, numRuns: 150 },
    );
  });
});
