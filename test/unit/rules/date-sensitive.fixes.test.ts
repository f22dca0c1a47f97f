import assert from 'node:assert/strict';
import { fixed } from './lint-helpers';

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
