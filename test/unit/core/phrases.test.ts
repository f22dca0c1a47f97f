import * as assert from 'node:assert/strict';
import { cachedPhrases, compilePhrases, type PhraseEntry } from '../../../src/core/phrases';
import { lint } from '../../../src/engine';

const LIST: PhraseEntry[] = [{ phrase: 'experts say', note: 'n' }, { phrase: 'many believe', note: 'n' }];

describe('phrase lists compiled once per thread', () => {
  it('returns the same matcher for the same list and configuration, a new one when add or remove differ', () => {
    const a = cachedPhrases(LIST, [], []);
    assert.equal(cachedPhrases(LIST, [], []), a);
    const added = cachedPhrases(LIST, ['pundits claim'], []);
    assert.notEqual(added, a);
    assert.equal(added.matchAll('Pundits claim so.').length, 1);
    assert.equal(a.matchAll('Pundits claim so.').length, 0);
    const removed = cachedPhrases(LIST, [], ['experts say']);
    assert.equal(removed.matchAll('Experts say so.').length, 0);
    assert.deepEqual(a.matchAll('Experts say so; many believe it.'), compilePhrases(LIST).matchAll('Experts say so; many believe it.'));
  });

  it('keeps a bounded number of configurations per list and recompiles an evicted one correctly', () => {
    const first = cachedPhrases(LIST, ['phrase zero'], []);
    for (let i = 1; i <= 10; i++) cachedPhrases(LIST, [`phrase ${i}`], []);
    const again = cachedPhrases(LIST, ['phrase zero'], []);
    assert.notEqual(again, first);
    assert.equal(again.matchAll('a phrase zero here').length, 1);
  });

  it('documents with different configurations in one thread each get their own phrases', () => {
    const text = 'Word on the grapevine: the plan works.\n';
    const rules = (add: string[]) => ({ config: { rules: { 'unsupported-attribution': { add } } }, referenceDate: '2026-11-28' });
    const flagged = (add: string[]) => lint(text, rules(add)).some((f) => f.ruleId === 'unsupported-attribution');
    assert.equal(flagged(['word on the grapevine']), true);
    assert.equal(flagged([]), false);
    assert.equal(flagged(['word on the grapevine']), true);
  });
});
