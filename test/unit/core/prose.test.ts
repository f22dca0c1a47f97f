import assert from 'node:assert/strict';
import { parseMarkdown } from '../../../src/core/parse';
import { extractProse } from '../../../src/core/prose';
import { splitBlocks } from '../../../src/core/blocks';

/** Prose segments of a document, as [masked text, source slice] pairs. */
function prose(text: string) {
  return splitBlocks(text).flatMap((block) => {
    const own = text.slice(block.offset, block.endOffset);
    return extractProse(parseMarkdown(own), own, block.offset, own.length).segments;
  });
}

describe('prose extraction', () => {
  const cases: Array<[string, string, string[]]> = [
    ['plain paragraph', 'Hello world.', ['Hello world.']],
    ['inline code masked', 'Use `npm ci` first.', ['Use          first.']],
    ['link text kept, target masked', 'See [the report](https://x.org/r) now.', ['See  the report                   now.']],
    ['bare URL masked', 'Go to https://example.org today.', ['Go to                     today.']],
    ['escapes kept at their offsets', 'A \\*literal\\* star.', ['A \\*literal\\* star.']],
    ['entities kept at their offsets', 'Fish &amp; chips.', ['Fish &amp; chips.']],
    ['emphasis markers masked', 'A *very* big deal.', ['A  very  big deal.']],
    ['heading markers masked', '## Big news', ['   Big news']],
    ['emoji and astral characters', 'Rocket 🚀 and 𝔘 text.', ['Rocket 🚀 and 𝔘 text.']],
    ['tabs', 'Tab\there.', ['Tab\there.']],
    ['image alt masked', 'An ![alt text](a.png) image.', ['An                    image.']],
    ['inline HTML masked', 'A <b>bold</b> move.', ['A    bold     move.']],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const segments = prose(input);
      assert.deepEqual(segments.map((s) => s.text), expected);
      for (const s of segments) assert.equal(s.text.length, s.endOffset - s.offset);
    });
  }

  it('maps offsets back to the source after CRLF lines and front matter', () => {
    const text = '---\r\ntitle: Hello there\r\n---\r\n\r\nFirst line\r\nsecond line.\r\n\r\n- item one\r\n';
    const segments = prose(text);
    assert.deepEqual(segments.map((s) => text.slice(s.offset, s.offset + s.text.trimEnd().length).replace(/\r\n/g, '\n')), [
      'Hello there',
      'First line\nsecond line.',
      'item one',
    ]);
    assert.equal(segments[0].kind, 'front-matter');
  });

  it('skips code, quotations, HTML blocks and footnote definitions', () => {
    const text = '```\ncode 40%\n```\n\n> quoted 40%\n\n<div>html 40%</div>\n\n[^1]: note 40%\n\nReal prose.';
    assert.deepEqual(prose(text).map((s) => s.text), ['Real prose.']);
  });

  it('reads table cells as separate segments', () => {
    const text = '| Name | Share |\n| --- | --- |\n| Acme | 40% |';
    assert.deepEqual(prose(text).map((s) => s.text.trim()), ['Name', 'Share', 'Acme', '40%']);
  });
});

describe('fenced-code blocks', () => {
  it('recognises a block that is one fenced code block and nothing else', async () => {
    const { isFencedCodeOnly } = await import('../../../src/core/blocks');
    assert.equal(isFencedCodeOnly('```js\nconst a = 1;\n```'), true);
    assert.equal(isFencedCodeOnly('~~~~\ncode\n~~~\n~~~~'), true);
    assert.equal(isFencedCodeOnly('```\ncode\n```\nText after the fence 40%.'), false);
    assert.equal(isFencedCodeOnly('```\nunclosed'), false);
    assert.equal(isFencedCodeOnly('``` a ` b\ncode\n```'), false);
  });
});
