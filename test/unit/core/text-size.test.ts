import * as assert from 'node:assert/strict';
import { utf8Length } from '../../../src/core/text-size';

describe('utf8Length', () => {
  it('counts the bytes Buffer.byteLength counts: ASCII, accents, CJK, emoji, lone surrogates, CRLF', () => {
    const texts = ['', 'plain text', 'café — “quoted”', '中文字符', 'emoji 👩🏽‍💻 and 𝔸', '\ud800 lone high', 'lone low \udc00', 'end high \ud83d', 'a\r\nb\tc', 'x'.repeat(1000) + 'é'];
    for (const text of texts) assert.equal(utf8Length(text), Buffer.byteLength(text, 'utf8'), JSON.stringify(text));
  });
});
