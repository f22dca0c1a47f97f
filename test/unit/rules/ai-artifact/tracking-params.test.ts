import assert from 'node:assert/strict';
import { cleanUrl } from '../../../../src/rules/ai-artifact/tracking-params';

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
