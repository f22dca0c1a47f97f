import assert from 'node:assert/strict';
import { flagged, REF } from './lint-helpers';
import { lint } from '../../../src/engine';

describe('hedge', () => {
  const cases: Array<[string, string[]]> = [
    ['The market will likely grow next year.', ['will likely']],
    ['The drug may cause nausea.', ['may']],
    ['If the drug is taken with food, it may cause nausea.', ['may']],
    ['Some patients may not respond to the drug.', ['may']],
    ['It is unlikely to rain.', ['unlikely']],
    ['This could have caused the outage.', ['could have']],
    ['The tower is considered the tallest in Europe.', ['considered']],
    ['Dolphins are widely regarded as intelligent.', ['regarded']],
    ['Many historians believe that the letter is a forgery.', ['believe that']],
    ['The results suggest that the drug works.', ['suggest that']],
    ['The prize is often considered the most prestigious in physics.', ['considered']],
    ['Henderson considered the plant to be a new species.', ['considered']],
    ['It is not yet clear how the fire started.', ['not yet clear']],
    ['Transcription rates of 85% are to be reasonably expected.', ['expected']],
    ['The stadium is expected to open in March.', ['is expected to']],
    ['Players are expected to win the final.', ['are expected to']],
    ['The result could be considered a draw.', ['considered']],
    ['This project is set to make a real impact.', ['is set to']],
    ['He most likely died in 1200.', ['likely']],
    ['More likely, the man was stabbed.', ['likely']],
    ['There were allegations of fraud and voter suppression.', ['allegations']],
    ['The drug is deemed to be the best treatment.', ['deemed']],
  ];
  for (const [text, expected] of cases) {
    it(`flags ${expected.join(', ')} in “${text}”`, () => assert.deepEqual(flagged('hedge', text), expected));
  }

  const clean = [
    'You may use these files freely.',
    'The photos may not be used without permission.',
    'Applicants may submit a second form.',
    'Ask whether the service may restart.',
    'He could see the shore from the deck.',
    'He fought with all his might.',
    'Reviewers are expected to respond within a week.',
    'This is what is expected of members.',
    'These cases should not be considered errors.',
    'Each pod is restarted or replaced, as the case may be.',
    'He considered resigning.',
    'We considered three designs before choosing one.',
    'The festival takes place in May.',
    'Clients MAY cache the response.',
    'It is generally assumed that the bridge is safe.',
    'Tipping is not expected, but leaving 5% is appreciated.',
    'Suppliers are expected to adhere to responsible practices.',
    'Men who were deemed unfit for service were sent home.',
    "That's not supposed to happen, and archeologists are supposed to study everything.",
    'This is a general description, and the specifics may have varied depending on the location.',
    'These polynomials can be viewed as a natural generalization of the classical ones.',
    'Particles with similar momenta are more likely to be emitted together.',
    'She often discusses the possibility of moving to MMA.',
  ];
  for (const text of clean) {
    it(`leaves alone “${text}”`, () => assert.deepEqual(flagged('hedge', text), []));
  }

  it('only hints at a hedge in a cited sentence', () => {
    const [finding] = flagged('hedge', 'The drug may cause nausea.[^1]\n\n[^1]: Trial report.');
    assert.equal(finding, 'may');
  });

  it('leaves the doubt of a named speaker as a hint, and the writer\'s own as information', () => {
    const severities = (text: string) => lint(text, { referenceDate: REF }).filter((f) => f.ruleId === 'hedge').map((f) => [f.text, f.severity]);
    assert.deepEqual(severities('The stadium is expected to open in 2027.'), [['is expected to', 'info']]);
    assert.deepEqual(severities('According to the ministry, the stadium is expected to open in 2027.'), [['is expected to', 'hint']]);
  });

  it('holds a charge in a story about a case, and a scheduled event, as hints', () => {
    const severities = (text: string) => lint(text, { referenceDate: REF }).filter((f) => f.ruleId === 'hedge').map((f) => [f.text, f.severity]);
    assert.deepEqual(severities('Prosecutors opened an investigation. Blatter is also accused of signing a bad contract.'), [['accused of', 'hint']]);
    assert.deepEqual(severities('Blatter is also accused of signing a bad contract.'), [['accused of', 'info']]);
    assert.deepEqual(severities('Anderson is set to miss the next two games.'), [['is set to', 'hint']]);
    assert.deepEqual(severities('A final decision on the council tax is expected in February.'), [['expected', 'hint']]);
    assert.deepEqual(severities('A final decision is expected to be made on Monday.'), [['is expected to', 'hint']]);
    assert.deepEqual(severities('Growth is expected in 2027.'), [['expected', 'info']]);
  });

  it('holds the writer\'s own guess in a diary or a review as a hint', () => {
    const severities = (text: string) => lint(text, { referenceDate: REF }).filter((f) => f.ruleId === 'hedge').map((f) => f.severity);
    assert.deepEqual(severities("I'm still unsure about this jazz gig I might have landed."), ['hint']);
    assert.deepEqual(severities('The packages are likely designed to create a false sense of value. In the past, I have seen this.'), ['hint']);
    assert.deepEqual(severities('The packages are likely designed to create a false sense of value.'), ['info']);
  });

  it('holds an heir\'s expected succession and the authors\' own inference in an abstract as hints', () => {
    const severities = (text: string) => lint(text, { referenceDate: REF }).filter((f) => f.ruleId === 'hedge').map((f) => f.severity);
    assert.deepEqual(severities('As the heir apparent, Teodósio was expected to one day succeed his father.'), ['hint']);
    assert.deepEqual(severities('We observe a lag of 10 days. We interpret this lag as evidence for a common origin, likely related to the accretion rate.'), ['hint']);
    assert.deepEqual(severities('The lag is likely related to the accretion rate.'), ['info']);
  });
});
