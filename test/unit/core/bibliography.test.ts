import assert from 'node:assert/strict';
import { editDistance, frontMatterBibliography, nearestKeys, parseBibliography } from '../../../src/core/bibliography';

const BIB = `@article{smith2021,
  title = {Costs of {Delay}},
  author = {Smith, Ann and Jones, Bo},
  year = {2021},
  doi = {10.1000/182}
}
@online{who:report,
  title = "Report",
  date = {2023-05-01},
  url = {https://www.who.int/}
}
@misc{broken, title = {never closed`;

const CSL = JSON.stringify([
  { id: 'doe2019', type: 'book', title: 'A Book', author: [{ family: 'Doe', given: 'Jane' }], issued: { 'date-parts': [[2019, 3]] } },
  { id: 'smith2021', type: 'article', title: 'Duplicate key: the BibTeX entry wins' },
  { title: 'no id' },
]);

describe('bibliographies', () => {
  it('parses BibTeX and CSL-JSON into one key set, first entry of a key winning', () => {
    const bib = parseBibliography([{ file: 'a.bib', text: BIB }, { file: 'b.json', text: CSL }]);
    assert.deepEqual([...bib.keys].sort(), ['broken', 'doe2019', 'smith2021', 'who:report']);
    assert.deepEqual(bib.entries.get('smith2021'), { key: 'smith2021', type: 'article', title: 'Costs of Delay', author: 'Smith and Jones', year: '2021', doi: '10.1000/182', url: undefined, file: 'a.bib' });
    assert.equal(bib.entries.get('who:report')?.year, '2023');
    assert.equal(bib.entries.get('who:report')?.url, 'https://www.who.int/');
    assert.deepEqual({ ...bib.entries.get('doe2019') }, { key: 'doe2019', type: 'book', title: 'A Book', author: 'Doe', year: '2019', doi: undefined, url: undefined, file: 'b.json' });
    assert.deepEqual(bib.problems.map((p) => p.file), ['a.bib', 'b.json']);
  });

  it('reports CSL-JSON that is not JSON or not an array', () => {
    assert.match(parseBibliography([{ file: 'x.json', text: '{' }]).problems[0].message, /not valid JSON/);
    assert.match(parseBibliography([{ file: 'x.json', text: '{}' }]).problems[0].message, /array/);
  });

  it('says where CSL-JSON breaks (line and column) and reads a file that starts with a byte-order mark', () => {
    assert.equal(parseBibliography([{ file: 'x.json', text: '[\n  {"id": "a"},\n  {"id": b}\n]' }]).problems[0].message, 'not valid JSON at line 3, column 10: expected a value (a string, number, object, array, true, false or null), found "b"');
    const bom = parseBibliography([{ file: 'x.json', text: '\uFEFF[{"id": "smith2021"}]' }]);
    assert.deepEqual({ keys: [...bom.keys], problems: bom.problems }, { keys: ['smith2021'], problems: [] });
  });

  it('reads bibliography paths from front matter: scalar, list, inline list', () => {
    assert.deepEqual(frontMatterBibliography('---\ntitle: T\nbibliography: refs.bib\n---\nText'), ['refs.bib']);
    assert.deepEqual(frontMatterBibliography('---\nbibliography:\n  - "a.bib"\n  - b.json\nother: 1\n---\n'), ['a.bib', 'b.json']);
    assert.deepEqual(frontMatterBibliography('---\r\nbibliography: [a.bib, \'b c.json\']\r\n---\r\n'), ['a.bib', 'b c.json']);
    assert.deepEqual(frontMatterBibliography('No front matter.\nbibliography: refs.bib\n'), []);
  });

  it('suggests the nearest keys by edit distance', () => {
    assert.equal(editDistance('smtih2021', 'smith2021'), 2);
    assert.equal(editDistance('Smith2021', 'smith2021'), 0);
    const keys = ['smith2021', 'smith2012', 'smyth2021', 'doe2019'];
    assert.deepEqual(nearestKeys('smith2O21', keys), ['smith2021', 'smyth2021', 'smith2012']);
    assert.deepEqual(nearestKeys('zzz', keys), []);
  });
});
