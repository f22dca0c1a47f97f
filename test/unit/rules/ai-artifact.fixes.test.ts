import assert from 'node:assert/strict';
import { fixed } from './lint-helpers';

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
    // A chatbot's sign-off: deleted on request, never by --fix (a human author may mean it).
    ['Let the dough rest. Happy cooking!', 'Let the dough rest.', false],
  ];
  for (const [input, output, safe] of cases) {
    it(`${JSON.stringify(input)} -> ${JSON.stringify(output)}`, () => {
      const result = fixed(input, 'ai-artifact');
      assert.equal(result.text, output);
      assert.equal(result.safe, safe);
    });
  }
});
