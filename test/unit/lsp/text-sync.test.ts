import assert from 'node:assert/strict';
import { TextIndex, toTextChange } from '../../../src/lsp/text-sync';

describe('language server: positions and content changes', () => {
  it('maps positions to UTF-16 offsets over LF, CRLF and CR line ends, astral characters included', () => {
    const text = 'a😀b\r\nsecond\rthird\nlast';
    const index = new TextIndex(text);
    assert.equal(index.offsetAt({ line: 0, character: 3 }), 3, 'after the surrogate pair');
    assert.equal(index.offsetAt({ line: 1, character: 0 }), 6);
    assert.equal(index.offsetAt({ line: 2, character: 2 }), 15);
    assert.equal(index.offsetAt({ line: 3, character: 4 }), text.length);
    assert.deepEqual(index.locate(15), { line: 2, character: 2 });
  });

  it('clamps a character past the line end to the line end (before its line break), and a line past the end to the end', () => {
    const index = new TextIndex('ab\r\ncd');
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(index.offsetAt({ line: 7, character: 0 }), 6);
  });

  it('turns ranged and whole-text changes into engine edits', () => {
    assert.deepEqual(toTextChange('hello\nworld', { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, text: 'there' }), { offset: 6, deleteCount: 5, insertText: 'there' });
    assert.deepEqual(toTextChange('hello', { text: 'bye' }), { offset: 0, deleteCount: 5, insertText: 'bye' });
  });
});
