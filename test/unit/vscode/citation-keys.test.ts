import assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import { parseBibliography, type BibEntry } from '../../../src/core/bibliography';
import { applyFixes } from '../../../src/core/apply-fixes';
import { citeWithKey, doiUrl, entryMarkdown, entryPick, keyAt, keyCompletion, keyCompletionAt, keyCompletions, pandocCiteSite } from '../../../src/vscode/citation-keys';

const smith: BibEntry = { key: 'smith2021', type: 'article', title: 'The {Widget} Market', author: 'Smith and Jones', year: '2021', doi: '10.1234/widget.2021', url: 'https://example.org/w', file: 'refs.bib' };

// The cursor is where `|` is.
const at = (marked: string) => keyCompletionAt(marked.replace('|', ''), marked.indexOf('|'));

describe('key completion context', () => {
  it('opens right after [@, [-@ and after ; @ or [see @ inside brackets', () => {
    assert.deepEqual(at('Costs fell [@|'), { start: 13, prefix: '' });
    assert.deepEqual(at('Costs fell [@smi|'), { start: 13, prefix: 'smi' });
    assert.deepEqual(at('Costs fell [-@smi|'), { start: 14, prefix: 'smi' });
    assert.deepEqual(at('Costs [@doe2019; @|'), { start: 18, prefix: '' });
    assert.deepEqual(at('Costs [@doe2019, p. 4;@wh|'), { start: 23, prefix: 'wh' });
    assert.deepEqual(at('Costs [see @do|'), { start: 12, prefix: 'do' });
  });

  it('stays closed for e-mail addresses, @mentions in prose and keys after a closed bracket', () => {
    assert.equal(at('Write to me@|'), undefined);
    assert.equal(at('Thanks @ali|'), undefined);
    assert.equal(at('See [@doe2019] and @x|'), undefined);
    assert.equal(at('[link](mailto:a@|'), undefined);
    assert.equal(at('No at sign|'), undefined);
  });
});

describe('key at a position', () => {
  const line = 'As shown [see @smith2021, p. 4; -@doe:2019]. Mail me@host.org or @lee.';
  it('finds the key under the cursor, from its @ (or -@) to its end', () => {
    assert.deepEqual(keyAt(line, line.indexOf('smith') + 2), { key: 'smith2021', start: line.indexOf('@smith'), end: line.indexOf('@smith') + 10 });
    assert.deepEqual(keyAt(line, line.indexOf('-@doe')), { key: 'doe:2019', start: line.indexOf('-@doe'), end: line.indexOf('-@doe') + 10 });
  });

  it('drops a sentence full stop from an in-text key and ignores e-mail addresses', () => {
    assert.deepEqual(keyAt(line, line.indexOf('@lee') + 1), { key: 'lee', start: line.indexOf('@lee'), end: line.indexOf('@lee') + 4 });
    assert.equal(keyAt(line, line.indexOf('me@host') + 3), undefined);
    assert.equal(keyAt(line, 2), undefined);
  });
});

describe('bibliography entries in the editor', () => {
  it('builds completion data: key, year, authors, title, and a filter over all of them', () => {
    const item = keyCompletion(smith);
    assert.equal(item.key, 'smith2021');
    assert.equal(item.labelDetail, ' 2021');
    assert.equal(item.labelDescription, 'Smith and Jones');
    assert.equal(item.detail, 'The Widget Market');
    assert.equal(item.filterText, 'smith2021 Smith and Jones 2021 The Widget Market');
    const bare = keyCompletion({ key: 'x', type: 'misc', file: 'a.json' });
    assert.deepEqual([bare.labelDetail, bare.labelDescription, bare.detail, bare.filterText], ['', '', '', 'x']);
  });

  it('sorts the completion list by key', () => {
    const bib = parseBibliography([{ file: 'refs.json', text: JSON.stringify([{ id: 'zed' }, { id: 'adams', title: 'A' }, { id: 'Moe' }]) }]);
    assert.deepEqual(keyCompletions(bib.entries.values()).map((c) => c.key), ['adams', 'Moe', 'zed']);
  });

  it('shows an entry in a hover: key, type, authors, year, title, DOI and URL links, the file', () => {
    assert.equal(entryMarkdown(smith), [
      '**@smith2021** · article', '',
      'Smith and Jones (2021). *The Widget Market*', '',
      'DOI: [10.1234/widget.2021](https://doi.org/10.1234/widget.2021)', '',
      'URL: [https://example.org/w](https://example.org/w)', '',
      'From `refs.bib`',
    ].join('\n'));
  });

  it('escapes Markdown in entries and links only http(s) URLs', () => {
    const odd = entryMarkdown({ key: 'a_b', type: 'misc', title: 'Use *stars* [here]', url: 'javascript:alert(1)', file: 'x.bib' });
    assert.match(odd, /\*\*@a\\_b\*\*/);
    assert.match(odd, /\*Use \\\*stars\\\* \\\[here\\\]\*/);
    assert.doesNotMatch(odd, /javascript/);
  });

  it('links DOIs written with a prefix to doi.org', () => {
    assert.equal(doiUrl('https://doi.org/10.1000/x y'), 'https://doi.org/10.1000/x%20y');
    assert.equal(doiUrl('doi:10.1000/abc'), 'https://doi.org/10.1000/abc');
  });

  it('builds quick pick rows with key, byline and title', () => {
    assert.deepEqual(entryPick(smith), { label: 'smith2021', description: 'Smith and Jones, 2021', detail: 'The Widget Market', key: 'smith2021' });
    assert.deepEqual(entryPick({ key: 'k', type: 'book', year: '1999', file: 'f' }), { label: 'k', description: '1999', detail: '', key: 'k' });
  });
});

describe('Cite from bibliography', () => {
  const text = 'The widget market grew by 40% in 2024.\n';

  it('inserts [@key] where the Pandoc citation fix of an unsourced claim would', () => {
    const finding = lint(text, { referenceDate: '2026-11-28' }).find((f) => f.ruleId === 'unsourced-claim');
    assert.ok(finding, 'the claim is flagged');
    const site = pandocCiteSite(finding);
    assert.ok(site);
    const edited = applyFixes(text, [{ title: 'cite', edits: [citeWithKey(site, 'smith2021')] }]);
    assert.equal(edited.text, 'The widget market grew by 40% in 2024 [@smith2021].\n');
  });

  it('offers nothing for findings with no citation fix', () => {
    const finding = lint('We currently ship it.\n', { referenceDate: '2026-11-28' }).find((f) => f.ruleId === 'date-sensitive');
    assert.ok(finding);
    assert.equal(pandocCiteSite(finding), undefined);
  });
});
