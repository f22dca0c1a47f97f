import assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import { applyFixes } from '../../../src/core/apply-fixes';
import { cleanUrl } from '../../../src/rules/ai-artifact/tracking-params';

const REF = '2026-11-28';

/** The text after applying the first fix of the first finding of a rule. */
function fixed(text: string, ruleId: string, referenceDate = REF): { title: string; text: string; safe: boolean } {
  const finding = lint(text, { referenceDate }).find((f) => f.ruleId === ruleId);
  assert.ok(finding, `no ${ruleId} finding in ${JSON.stringify(text)}`);
  const fix = finding.fixes[0];
  return { title: fix.title, text: applyFixes(text, [fix]).text, safe: fix.safe === true };
}

describe('date-sensitive fixes name the date they write', () => {
  const cases: Array<[string, string, string, string?]> = [
    ['Revenue fell last year.', 'Revenue fell in 2025.', 'Replace with “in 2025”'],
    ['Revenue has fallen since last year.', 'Revenue has fallen since 2025.', 'Replace with “2025”'],
    ['We expect growth this quarter.', 'We expect growth in Q4 2026.', 'Replace with “in Q4 2026”'],
    ['The store opened six months ago.', 'The store opened in May 2026.', 'Replace with “in May 2026”'],
    ['The board met on Friday.', 'The board met on Friday, November 27, 2026.', 'Replace with “Friday, November 27, 2026”'],
    ['Results are due in December.', 'Results are due in December 2026.', 'Replace with “December 2026”'],
    ['Sales rose last April.', 'Sales rose in April 2026.', 'Replace with “in April 2026”'],
    ['Prices have risen since early 2024.', 'Prices have risen since early 2024 (as of November 2026).', 'Replace with “since early 2024 (as of November 2026)”'],
    ['---\ndate: 2024-03-15\n---\n\nRevenue fell last year.', '---\ndate: 2024-03-15\n---\n\nRevenue fell in 2023.', 'Replace with “in 2023”'],
    ['In recent months, sales rose.', 'In recent months [when?], sales rose.', 'Insert a [when?] marker'],
  ];
  for (const [input, output, title] of cases) {
    it(`${JSON.stringify(input)} -> ${JSON.stringify(output)}`, () => {
      const result = fixed(input, 'date-sensitive');
      assert.equal(result.title, title);
      assert.equal(result.text, output);
    });
  }
});

describe('stale-date fix writes the reference month and year', () => {
  it('"As of 2023" becomes "As of November 2026"', () => {
    const result = fixed('As of 2023, the firm had 40 staff.', 'stale-date');
    assert.equal(result.title, 'Re-verified: change the date to “November 2026”');
    assert.equal(result.text, 'As of November 2026, the firm had 40 staff.');
  });
});

describe('expired-prediction', () => {
  it('says the date passed, asks what happened, and offers [when?] and citation fixes', () => {
    const [finding] = lint('The app is expected to launch in March 2025.', { referenceDate: REF }).filter((f) => f.ruleId === 'expired-prediction');
    assert.match(finding.message, /March 2025 has passed \(November 2026\)\. What happened\?/);
    assert.equal(finding.fixes[0].title, 'Insert a [when?] marker');
    assert.equal(applyFixes('The app is expected to launch in March 2025.', [finding.fixes[0]]).text, 'The app is expected to launch in March 2025 [when?].');
    assert.ok(finding.fixes.some((f) => /citation|footnote/i.test(f.title)));
  });
  it('is silent while the date is ahead, and flags it once it has passed', () => {
    const text = 'The bridge will open in 2027.';
    assert.equal(lint(text, { referenceDate: REF }).filter((f) => f.ruleId === 'expired-prediction').length, 0);
    assert.equal(lint(text, { referenceDate: '2028-01-05' }).filter((f) => f.ruleId === 'expired-prediction').length, 1);
  });
});

describe('ai-artifact fixes', () => {
  const cases: Array<[string, string, boolean]> = [
    ['As of my last knowledge update in January 2022, the tower is the tallest.', 'The tower is the tallest.', false],
    ['The lake is deep. I hope this helps!', 'The lake is deep.', true],
    ['Certainly! Here is the article:\n\nThe lake is deep.', 'The lake is deep.', true],
    // A sentence on its own line inside a paragraph: deleting it must not leave a blank line (a new paragraph).
    ['The lake is deep.\nI hope this helps!\nIt is cold.', 'The lake is deep.\nIt is cold.', true],
    ['The lake is deep.\r\nI hope this helps!\r\nIt is cold.', 'The lake is deep.\r\nIt is cold.', true],
    ['The lake is deep.\nI hope this helps!\n\nNext part.', 'The lake is deep.\n\nNext part.', true],
    ['It grew 5% :contentReference[oaicite:0]{index=0}.', 'It grew 5%.', true],
    ['See [the guide](https://example.org/g?utm_source=chatgpt.com).', 'See [the guide](https://example.org/g).', true],
  ];
  for (const [input, output, safe] of cases) {
    it(`${JSON.stringify(input)} -> ${JSON.stringify(output)}`, () => {
      const result = fixed(input, 'ai-artifact');
      assert.equal(result.text, output);
      assert.equal(result.safe, safe);
    });
  }
});

describe('cleanUrl', () => {
  const cases: Array<[string, string]> = [
    ['https://a.org/x?utm_source=chatgpt.com', 'https://a.org/x'],
    ['https://a.org/x?id=3&utm_medium=email&utm_campaign=z#top', 'https://a.org/x?id=3#top'],
    ['https://a.org/x?fbclid=abc&page=2', 'https://a.org/x?page=2'],
    ['https://a.org/x?page=2', 'https://a.org/x?page=2'],
    ['https://a.org/x?q=utm_source', 'https://a.org/x?q=utm_source'],
  ];
  for (const [url, cleaned] of cases) it(`${url} -> ${cleaned}`, () => assert.equal(cleanUrl(url).cleaned, cleaned));
});
