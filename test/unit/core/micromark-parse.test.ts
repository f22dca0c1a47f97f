import * as assert from 'node:assert/strict';
import type { Root } from 'mdast';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse } from '../../../src/core/micromark-parse';
import { parseMarkdown } from '../../../src/core/parse';

/** A processor of its own: its own list of extensions, so its own parse context. */
const fresh = (text: string) => unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).parse(text) as Root;

describe('one micromark parse context per list of extensions', () => {
  it('reuses the context for the same list, and builds another for another list or a changed one', () => {
    const extensions = [gfmFootnote()];
    const context = parse({ extensions });
    assert.equal(parse({ extensions }), context);
    assert.notEqual(parse({ extensions: [gfmFootnote()] }), context);
    extensions.push(gfmFootnote());
    assert.notEqual(parse({ extensions }), context);
  });

  it('forgets definitions and footnote labels between parses, as a new context would', () => {
    const sequence = [
      '[x]: https://example.com\n\n[^n]: A note.\n',
      'See [x] and [^n].\n',
      '---\ntitle: t\n---\n\n> lazy\ncontinuation [x]\n',
      '| a | b |\n| - | - |\n| [x] | [^n] |\n',
      'See [x] and [^n].\n\n[x]: /y\n[^n]: Now defined.\n',
      'See [x] and [^n].\n',
    ];
    for (const text of sequence) assert.deepEqual(parseMarkdown(text), fresh(text), text);
    // Undefined in a new parse: plain text, not a link or a footnote reference.
    const types: string[] = [];
    const walk = (node: { type: string; children?: unknown[] }) => { types.push(node.type); for (const c of node.children ?? []) walk(c as typeof node); };
    walk(parseMarkdown('See [x] and [^n].\n'));
    assert.ok(!types.includes('linkReference') && !types.includes('footnoteReference'), types.join(' '));
  });
});
