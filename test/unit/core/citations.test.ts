import assert from 'node:assert/strict';
import { lint } from '../../../src/engine';

const claim = 'Costs fell by 40% in 2024';
/** True when the claim sentence in the document is reported as unsourced. */
const unsourced = (doc: string) => lint(doc, { referenceDate: '2026-11-28' }).some((f) => f.ruleId === 'unsourced-claim');

describe('citation recognition', () => {
  const cited: Array<[string, string]> = [
    ['inline link', `${claim} ([report](https://example.org/r)).`],
    ['reference link', `${claim} ([report][r]).\n\n[r]: https://example.org/r`],
    ['collapsed reference link defined in another block', `${claim} [report][].\n\nOther text.\n\n[report]: https://example.org/r`],
    ['footnote with definition', `${claim}.[^1]\n\n[^1]: Annual report.`],
    ['named footnote', `${claim}.[^acme]\n\n[^acme]: Annual report.`],
    ['Pandoc citation', `${claim} [@smith2021, p. 4].`],
    ['Pandoc citation with prefix', `${claim} [see @smith2021; @jones2020].`],
    ['author-year', `${claim} (Smith, 2021).`],
    ['author-year et al.', `${claim} (Smith et al. 2021a).`],
    ['two authors', `${claim} (Smith and Jones, 2019).`],
    ['an author of several words', `${claim} (Annenberg Learner, 2021).`],
    ['an institution', `${claim} (Bank of England 2019).`],
    ['bare URL', `${claim}, see https://example.org/r.`],
    ['angle-bracket autolink', `${claim} <https://example.org/r>.`],
    ['<ref> tag', `${claim}<ref>Annual report 2024</ref>.`],
    ['numeric reference', `${claim} [3].`],
    ['page reference', `${claim} (p. 72).`],
    ['page range', `${claim} (pp. 12-14).`],
    ['page number after a quotation', `As Beehner notes, "costs fell by 40% in 2024" (72).`],
    ['MLA author and page', `${claim} (Bobroff 36).`],
    ['a narrative author-year citation', `Vaughn (2019) found that costs fell by 40% in 2024.`],
    ['MLA authors and pages', `${claim} (Smith and Jones 12-14).`],
    ['citation at the end of a short paragraph', `${claim}. Profits rose by 12%.[^1]\n\n[^1]: Annual report.`],
  ];
  for (const [name, doc] of cited) it(`${name} counts as a citation`, () => assert.equal(unsourced(doc), false, doc));

  const uncited: Array<[string, string]> = [
    ['no citation', `${claim}.`],
    ['a figure number', `${claim} (Figure 3).`],
    ['a model number', `${claim} (Boeing 747).`],
    ['a title and its year', `Titanic (1997) won 11 Oscars and grossed $1.8 billion.`],
    ['footnote without definition', `${claim}.[^9]`],
    ['citation in another sentence of a long paragraph', `${claim}. Profits rose 1%. Sales rose 2%. Staff grew 3%.[^1]\n\n[^1]: Report.`],
    ['parenthetical that is not author-year', `${claim} (see below).`],
    ['a number in brackets that follows no quotation', `${claim} (72).`],
    ['a year after a quoted title', `Its film "Mission: Impossible III" (2006) grossed $398 million.`],
    ['e-mail address', `${claim}, write to press@example.org.`],
  ];
  for (const [name, doc] of uncited) it(`${name} is not a citation`, () => assert.equal(unsourced(doc), true, doc));
});
