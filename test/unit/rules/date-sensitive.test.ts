import assert from 'node:assert/strict';
import data from '../../../src/rules/date-sensitive.phrases.json';
import { CONTEXTS, type TimeEntry } from '../../../src/rules/date-sensitive-context';
import { findPeriodPhrases } from '../../../src/rules/period-phrases';
import { flagged } from './lint-helpers';

const entries = data.entries as TimeEntry[];

describe('date-sensitive phrase data', () => {
  it('names only contexts the rule knows, and guards as word lists', () => {
    for (const entry of entries) {
      if (entry.context !== undefined) assert.ok(CONTEXTS.includes(entry.context), `${entry.phrase}: unknown context ${entry.context}`);
      for (const list of [entry.notBefore, entry.notAfter]) {
        if (list) assert.ok(list.every((w) => typeof w === 'string' && w.trim() === w && w.length > 0), `${entry.phrase}: bad guard word`);
      }
    }
  });

  it('lists every phrase once', () => {
    const keys = entries.map((e) => e.phrase.toLowerCase());
    assert.equal(new Set(keys).size, keys.length);
  });
});

describe('date-sensitive context', () => {
  const cases: Array<[string, string[]]> = [
    ['Investors now expect a rate cut.', ['now']],
    ['Click Save, and you can now close the dialog.', []],
    ['The guarded gate is now open, the ranger said.', ['now']],
    ['The recent rally faded.', ['recent']],
    ['The museum shows recent work by local artists.', ['recent']],
    ['## Recent work', []],
    ['The ongoing strike has closed the port.', ['ongoing']],
    ['Fees are charged on an ongoing basis.', []],
    ['The future of the plant is unclear.', []],
    ['Nobody knows what the future holds.', []],
    ['The plant will close in the future.', ['the future']],
    ['The plant might close in the future.', []],
    ['Prices rose over the past two decades.', ['the past two decades']],
    ['Prices rose over the past two decades of the century.', []],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(flagged('date-sensitive', text), expected);
    });
  }
});

describe('findPeriodPhrases', () => {
  it('counts plural periods with or without "the", single units only after "the past/last/coming"', () => {
    const found = (text: string) => findPeriodPhrases(text).map((m) => text.slice(m.index, m.index + m.length));
    assert.deepEqual(found('over the past 18 months and in coming years'), ['the past 18 months', 'coming years']);
    assert.deepEqual(found('in the coming year, not the next year'), ['the coming year']);
    assert.deepEqual(found('last year and next month'), []);
  });
});
