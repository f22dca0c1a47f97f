import assert from 'node:assert/strict';
import { doiProblem, findIdentifierProblems, isbnCheckDigit, isbnProblem } from '../../../src/core/identifiers';

describe('DOIs and ISBNs', () => {
  it('accepts well-formed DOIs and names what is wrong with the others', () => {
    for (const ok of ['10.1038/nphys1170', '10.1000/182', '10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0', '10.12345.6/x']) assert.equal(doiProblem(ok), undefined, ok);
    assert.match(doiProblem('1038/nphys1170')!, /starts with "10\."/);
    assert.match(doiProblem('10.1038')!, /"\/"/);
    assert.match(doiProblem('10.1038/')!, /no suffix/);
    assert.match(doiProblem('10.12/x')!, /4 to 9 digits/);
  });

  it('computes ISBN-10 and ISBN-13 check digits', () => {
    assert.equal(isbnCheckDigit('030640615'), '2');
    assert.equal(isbnCheckDigit('080442957'), 'X');
    assert.equal(isbnCheckDigit('978030640615'), '7');
    assert.equal(isbnCheckDigit('978316148410'), '0');
  });

  it('reports a wrong check digit with the right one, and a wrong length', () => {
    assert.equal(isbnProblem('978-0-306-40615-7'), undefined);
    assert.equal(isbnProblem('0-8044-2957-x'), undefined);
    assert.deepEqual(isbnProblem('978-0-306-40615-6'), { message: 'its check digit should be 7, not 6', corrected: '978-0-306-40615-7' });
    assert.match(isbnProblem('978-0-306-4061')!.message, /10 or 13 digits, this one has 11/);
  });

  it('finds problems in prose with their offsets, and ignores valid identifiers', () => {
    const text = 'See doi:10.12/x. Also ISBN 0306406153, ISBN 0-306-40615-2 and https://doi.org/10.1038/nphys1170.';
    const found = findIdentifierProblems(text).map((p) => [p.kind, text.slice(p.index, p.index + p.length)]);
    assert.deepEqual(found, [['doi', '10.12/x'], ['isbn', '0306406153']]);
    assert.deepEqual(findIdentifierProblems('Nothing here: 10.1038/x, isbn-like 1234567890.'), []);
  });
});
