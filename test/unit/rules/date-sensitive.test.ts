import assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import data from '../../../src/rules/date-sensitive/phrases.json';
import { CONTEXTS, type TimeEntry } from '../../../src/rules/date-sensitive/context';
import { findPeriodPhrases } from '../../../src/rules/date-sensitive/period-matcher';
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
    ['Cesspits that had once been emptied by hand now overflowed into the river.', []],
    ['He said he now believed the hostage had been killed.', ['now']],
    ['## What should consumers do now?', []],
    ['For now, nothing.', ['For now']],
    ['Long-term human trials are still underway.', ['underway']],
    ['The underway flag marks a ship that is moving.', []],
    ['The board meets every Friday.', []],
    ['The board met on Friday.', ['Friday']],
    ['Check the company website for the latest details.', []],
    ['The latest figures show a rise.', ['The latest']],
    ['The current leader of the party resigned.', ['current']],
    ['Refunds are credited to the current frame before the call returns.', []],
    ['The root must match the current or previous slot.', []],
    ['The current proposal leaves error handling to a later RFC.', []],
    ['The newly elected mayor cut the budget.', ['newly']],
    ['The scheduler assigns newly created pods to nodes.', []],
    ['The election was held under the newly drafted constitution, ratified in April 1980.', []],
    ['The ongoing strike has closed the port.', ['ongoing']],
    ['Our findings will contribute to the ongoing effort to model the blazar.', []],
    ['The book is still studied by historians today.', []],
    ['It is the foundation of the society we know today.', []],
    ['Today, the town remains a popular destination for tourists.', []],
    ['Today, there are six locations throughout Miami.', ['Today']],
    ['Today, London remains the largest city in Europe.', ['Today']],
    ['Much of the network is still in use today.', ['today']],
    ['Their plans were soon thwarted by the British navy.', []],
    ['The ministry will soon publish the report.', ['soon']],
    ['He soon rose through the ranks to become a partner.', []],
    ['This meant that the colony was now able to govern itself.', []],
    ['The party would continue to hold power for the next several decades.', []],
    ['The party will hold power for the next several decades.', ['the next several decades']],
    ['Now that we have found the eigenvectors, we can write the general solution.', []],
    ['The differences extend beyond perceptions of the future.', []],
    ['Most of the rain falls between June and September.', []],
    ['Sales rose by 0.1% between January and March.', ['January', 'March']],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(flagged('date-sensitive', text), expected);
    });
  }
});

// Every clause context of the list, and quotations: a positive and the nearest innocent look-alike.
describe('date-sensitive clause contexts', () => {
  const cases: Array<[string, string, string[]]> = [
    ['prediction', 'Islam will one day be the second largest religion in the country.', ['one day']],
    ['prediction', 'The founders hope to someday list the firm in London.', ['someday']],
    ['prediction', 'The plant is going to some day reopen.', ['some day']],
    ['prediction: a duration', 'The strike lasted one day.', []],
    ['prediction: a story', 'One day, a stranger knocked at the door.', []],
    ['prediction: speculation', 'The plant might one day reopen.', []],
    ['prediction: an offset', 'The results will one day later be published.', []],
    ['figure', 'The partners said they already hold 15% of the shares.', ['already']],
    ['figure', 'About 30% of the profit already is derived from the U.S.', ['already']],
    ['figure: reported speech', 'The partners said that they already own $2 million in bonds.', ['already']],
    ['figure: past narration', 'By then the partners had already sold 15% of the shares.', []],
    ['figure: a condition', 'If the partners already hold 15%, the bid fails.', []],
    ['figure: no figure', 'The file already exists.', []],
    ['figure: a relative clause', 'A bidder which already holds 15% must say so.', []],
    ['pending', 'The drug is not yet approved in Europe.', ['not yet']],
    ['pending', 'GM does not own any Jaguar shares yet.', ['yet']],
    ['pending', "The coupon rate hasn't yet been fixed.", ['yet']],
    ['pending: past narration', 'The drug was not yet approved when he fell ill.', []],
    ['pending: a conjunction', 'The shares fell, and yet the index rose.', []],
    ['pending: a condition', 'If the lock is not yet held, the call blocks.', []],
    ['pending: a relative clause', 'Fields that are not yet initialized read as zero.', []],
    ['pending: no negation', 'The best is yet to come.', []],
    ['pending: not at the clause end', "We don't know the cause, yet the bridge stands.", []],
    ['previous', 'Previously, it offered $13.65 a share in cash.', ['Previously']],
    ['previous', 'The offer follows a previously announced agreement.', ['previously']],
    ['previous: discourse', 'As previously mentioned, the parser is lazy.', []],
    ['previous: mechanism', 'The pool reuses previously allocated buffers.', []],
    ['previous: a participle at the start', 'Previously configured values are ignored.', []],
    ['previous: a present participle at the start', 'Previously existing instructions keep working.', []],
    ['period', 'You may, in a year or two, save a few more lives.', ['in a year or two']],
    ['period: anchored', 'Most of it was built in a year or two of the war.', []],
  ];
  for (const [what, text, expected] of cases) {
    it(`${what}: ${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(flagged('date-sensitive', text), expected);
    });
  }
});

describe('date-sensitive in quotations', () => {
  const found = (text: string) => lint(text, { referenceDate: '2026-11-28' }).filter((f) => f.ruleId === 'date-sensitive');
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['curly quotes', '“We are not happy right now,” an analyst said.', [['right now', 'hint']]],
    ['straight quotes', '"Nestle is now in the candy business," she said.', [['now', 'hint']]],
    ['PTB quotes', "He said: ``There are no shipments at the moment.''", [['at the moment', 'hint']]],
    ['PTB quotes escaped as Markdown', "He said: \\`\\`We are idle now.''", [['now', 'hint']]],
    ['before a PTB quotation', "Exiles will now \\`\\`fight the ruling,'' Cuba said Wednesday.", [['now', 'hint'], ['Wednesday', 'info']]],
    ['a quotation begun in an earlier sentence', 'The whole plant has been sitting idle now." He left.', [['now', 'hint']]],
    ['a short attributed quotation', '“Not now,” she said.', [['now', 'hint']]],
    ['a short unattributed quotation: a term', 'Imports from “the current crate” are common.', []],
    ['a quoted heading', '## “Why now?”', []],
    ['the same words unquoted', 'We are not happy right now.', [['right now', 'info']]],
    ['a dated quotation', '“Sales fell last year,” the chairman said in a 2019 speech.', []],
    ['a dated quotation (weekday)', '“We are idle right now,” the manager said on Tuesday.', [['Tuesday', 'info']]],
    ['the word itself', 'The word “currently” dates a sentence.', []],
    ['scare quotes', 'He called the decline “the latest” in a series.', []],
    ['terms in straight quotes, one wrapped over a line break', 'Adjectives ("the recent downturn", "talks are\nongoing"); nouns ("in the past").', []],
    ['a straight-quoted quotation wrapped over a line break', '"We are not happy\nright now," an analyst said.', [['right now', 'hint']]],
  ];
  for (const [what, text, expected] of cases) {
    it(`${what}: ${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(found(text).map((f) => [f.text, f.severity]), expected);
    });
  }

  it('never rewrites the quoted words: the one fix inserts a [when?] marker, and the message asks when it was said', () => {
    const [finding] = found('“Prices are high this year,” the trader said.');
    assert.equal(finding.text, 'this year');
    assert.match(finding.message, /in a quotation: .*say when it was said/);
    assert.deepEqual(finding.fixes.map((f) => f.edits.map((e) => e.newText)), [[' [when?]']]);
    assert.equal(finding.fixes[0].edits[0].offset, finding.endOffset);
  });

  it('holds the writer\'s own experience at a hint, and leaves a technical "current" alone', () => {
    assert.deepEqual(found("I've been hearing a lot about them lately.").map((f) => f.severity), ['hint']);
    assert.deepEqual(found('The team has been hearing a lot about them lately.').map((f) => f.severity), ['info']);
    assert.deepEqual(found('The simulation captures vortex tubes and current sheets.'), []);
    assert.deepEqual(found('The price reflects current assets and liabilities.'), []);
    assert.deepEqual(found('Trade has grown in recent centuries and over the past two centuries.'), []);
    // a diary: the writer's own evening, not a claim about the world
    assert.deepEqual(found('Bonus points for no combo rehearsal tonight! My soloing skills are still under construction.').map((f) => f.severity), ['hint']);
    // "Division I" is a grade, not the writer
    assert.deepEqual(found('Division I coaches are currently allowed to call recruits.').map((f) => f.severity), ['info']);
  });
});

describe('findPeriodPhrases', () => {
  it('counts plural periods with or without "the", single units only after "the past/last/coming"', () => {
    const found = (text: string) => findPeriodPhrases(text).map((m) => text.slice(m.index, m.index + m.length));
    assert.deepEqual(found('over the past 18 months and in coming years'), ['the past 18 months', 'coming years']);
    assert.deepEqual(found('in the coming year, not the next year'), ['the coming year']);
    assert.deepEqual(found('last year and next month'), []);
  });
});

describe('date-sensitive: the year of a bare month follows the tense', () => {
  const replacement = (text: string, referenceDate: string) =>
    lint(text, { referenceDate }).find((f) => f.ruleId === 'date-sensitive')?.fixes[0]?.edits[0]?.newText;
  it('a future meeting in a month already past this year is next year', () => {
    assert.equal(replacement('The board will meet in March.', '2026-12-07'), 'March 2027');
  });
  it('a past meeting in a month still ahead this year was last year', () => {
    assert.equal(replacement('The board met in October.', '2026-02-10'), 'October 2025');
  });
  it('a month with no tense to go by stays in the reference year', () => {
    assert.equal(replacement('The board meets in March.', '2026-12-07'), 'March 2026');
  });
});
