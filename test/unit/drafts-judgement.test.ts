import assert from 'node:assert/strict';
import { lint, type Finding } from '../../src/engine';
import { HINT_BELOW } from '../../src/core/lint';

const REF = '2026-11-28';
const shown = (text: string, ruleId: string, sensitivity = 'medium') =>
  lint(text, { referenceDate: REF, config: { sensitivity } }).filter((f) => f.ruleId === ruleId && f.severity !== 'hint').map((f) => f.text);
const all = (text: string, ruleId: string): Finding[] => lint(text, { referenceDate: REF }).filter((f) => f.ruleId === ruleId);

describe('confidence and hints', () => {
  it('gives every finding a confidence between 0 and 1', () => {
    const findings = lint('Experts say sales rose 40% in 2023. It is currently the leader. Many towns flooded.', { referenceDate: REF });
    assert.ok(findings.length >= 3);
    for (const f of findings) assert.ok(f.confidence >= 0 && f.confidence <= 1, `${f.ruleId} ${f.confidence}`);
  });

  it('makes findings below the bar hints at medium and shows them at high sensitivity', () => {
    const text = 'Several towns were flooded.';
    const [finding] = all(text, 'unsupported-attribution');
    assert.ok(finding.confidence < HINT_BELOW);
    assert.equal(finding.severity, 'hint');
    assert.deepEqual(shown(text, 'unsupported-attribution', 'high'), ['Several']);
  });

  it('never raises a severity the configuration lowered', () => {
    const findings = lint('Experts say the market will grow.', { referenceDate: REF, config: { rules: { 'unsupported-attribution': 'info' } } });
    assert.deepEqual(findings.filter((f) => f.ruleId === 'unsupported-attribution').map((f) => f.severity), ['info']);
  });
});

describe('statements credited to a named speaker', () => {
  const attributed = [
    '"Sales fell 12% in the quarter," Kipnis said.',
    'According to the police, 40 people were arrested.',
    'Cakmak told Bloomberg that exports doubled in 2023.',
    'The SRC-KPMG monitor reported a 1.3% decline in total sales.',
    '"This is the biggest win in a decade," said Anna Cavazzini, the MEP who chairs the committee.',
    'Prosecutors allege that the president made a payment of $2m to the vice-president in 2011.',
    'Lauber also mentioned that he was prepared to search the headquarters in 2015.',
    'Lauber contradicted this, stating: "We did not interview him as a witness in 2015."',
    'The Luxembourg Ministry of Finance expressed confidence in the legality of the 2014 tax ruling.',
    'Smith even said that 40% of the staff had left in 2019.',
  ];
  for (const text of attributed) {
    it(`is attributed, not an unsourced claim: “${text}”`, () => {
      assert.deepEqual(all(text, 'unsourced-claim'), []);
      assert.equal(all(text, 'unlinked-source').length, 1);
    });
  }

  it('carries a quotation that runs on into the next sentence', () => {
    const text = '"We lost 300 jobs in 2023," Kipnis said. "It was the worst year since 1990."';
    assert.deepEqual(all(text, 'unsourced-claim'), []);
    const [source] = all(text, 'unlinked-source');
    assert.equal(source.text, 'Kipnis');
    assert.match(source.note ?? '', /invent quotations/);
  });

  it('does not take unnamed groups for speakers', () => {
    assert.deepEqual(all('Experts said that sales rose 40% in 2023.', 'unlinked-source'), []);
    assert.ok(all('Experts said that sales rose 40% in 2023.', 'unsupported-attribution').length > 0);
  });

  it('takes evidence given in court as attributed ("the court was told", "the jury heard")', () => {
    assert.deepEqual(shown('He paid £120 through PayPal in 2015, the court was told.', 'unsourced-claim'), []);
    assert.deepEqual(shown('The jury heard that he paid £480 in 2015.', 'unsourced-claim'), []);
  });

  it('still reports a claim with no speaker', () => {
    assert.equal(shown('Sales fell 12% in the quarter, the sharpest drop since 1990.', 'unsourced-claim').length, 1);
  });
});

describe("the authors' own work", () => {
  it('is theirs to report in the sentences that carry the report on, not in a quotation or a news story', () => {
    const abstract = 'We present REM observations of PKS2155-304 in 2005. The observations obtained in 2005 offer a unique view of the blazar during a flare that lasted 12 days.';
    assert.deepEqual(shown(abstract, 'unsourced-claim'), []);
    const news = 'The minister said: "We found the accounts in order in 2024." US and Swiss authorities opened 3 investigations in 2015.';
    assert.ok(shown(news, 'unsourced-claim').includes('US and Swiss authorities opened 3 investigations in 2015.'));
  });
});

describe('chatty answers and charges', () => {
  it('take quotative "like" as imagined talk, and "for allegedly" as the charge speaking', () => {
    assert.deepEqual(shown('They\'re like, "It was totally Santos Dumont who invented the airplane in 1906."', 'unsourced-claim'), []);
    assert.deepEqual(shown('He was arrested for allegedly stealing a car.', 'hedge'), []);
    assert.equal(shown('He allegedly stole a car.', 'hedge').length, 1);
  });
});

describe('one spot, one finding', () => {
  it('leaves a belief credited to no one to unsupported-attribution; the hedge is a hint', () => {
    assert.deepEqual(shown('He is widely regarded as the best general of his time.', 'hedge'), []);
    assert.equal(shown('He is widely regarded as the best general of his time.', 'unsupported-attribution').length, 1);
    assert.equal(shown('The figurines are thought to have been used in rituals.', 'hedge').length, 1);
  });
});

describe('instructions to the reader', () => {
  it('are not hedges', () => {
    assert.deepEqual(shown('You may want to rinse the brush first.', 'hedge'), []);
    assert.deepEqual(shown('Make sure it is possibly dry before you start.', 'hedge'), []);
    assert.deepEqual(shown('Or perhaps you have written a poem you would love to hear?', 'hedge'), []);
    assert.deepEqual(shown("Don't engage in rumors or speculation about a colleague.", 'hedge'), []);
    assert.equal(shown('Rumors of a merger lifted the shares.', 'hedge').length, 1);
  });

  it('are not praise', () => {
    assert.deepEqual(shown("It's important to rinse the brush after each use.", 'puffery'), []);
    assert.deepEqual(shown('The most important step is to point the gun in a safe direction.', 'puffery'), []);
    assert.deepEqual(shown('The city is home to many important landmarks.', 'puffery'), ['important']);
  });

  it('do not make "now" relative time', () => {
    assert.deepEqual(shown('Now that you have your lyrics, open the editor.', 'date-sensitive'), []);
    assert.deepEqual(shown('Step 5: Now it is time to connect the console.', 'date-sensitive'), []);
    assert.deepEqual(shown('The company is now the largest employer in the town.', 'date-sensitive'), ['now']);
  });

  it('make a number in a step a hint', () => {
    const [finding] = all("After the crust has cooked for 10 minutes, reduce the oven's heat to 350°F.", 'unsourced-claim');
    assert.equal(finding?.severity, 'hint');
  });

  it('a title written as a plain paragraph is not a claim', () => {
    assert.deepEqual(all('How to Avoid Drama in School: 10 Tips for a Peaceful High School Experience', 'unsourced-claim'), []);
  });
});

describe('hedges by strength', () => {
  it('shows reports and forecasts, and hides soft adverbs and held beliefs at medium', () => {
    assert.deepEqual(shown('The minister reportedly resigned on Friday.', 'hedge'), ['reportedly']);
    assert.deepEqual(shown('The plant is set to open next spring.', 'hedge'), ['is set to']);
    assert.deepEqual(shown('Hitler believed that tattoos were degenerate.', 'hedge'), []);
    assert.deepEqual(shown('This was perhaps the largest fleet of its time.', 'hedge'), []);
  });

  it('a concession ("While some may …") is not a hedge', () => {
    assert.deepEqual(all('While Cthulhu may not resemble any creature from myth, it draws on many.', 'hedge'), []);
  });
});

describe('stock phrases of model prose', () => {
  for (const [text, phrase] of [
    ['Look no further! This guide has it all.', 'Look no further'],
    ['The station has played a vital role in the history of the town.', 'played a vital role'],
    ['The band had a profound impact on the music scene.', 'profound impact'],
    ['The festival continues to grow and evolve every year.', 'continues to grow and evolve'],
  ]) {
    it(`flags “${phrase}”`, () => assert.ok(shown(text, 'puffery').includes(phrase), shown(text, 'puffery').join()));
  }
});

describe('dates with their year', () => {
  it('a month and day followed by an early year is anchored', () => {
    assert.deepEqual(all('He was shot on July 2, 1881, and died in September.', 'date-sensitive').map((f) => f.text), ['September']);
  });
});

describe('time that does not go stale', () => {
  it('deep time, opening hours and "current methods" are not relative time', () => {
    assert.deepEqual(all('It was only around 10,000 years ago that people settled.', 'date-sensitive'), []);
    assert.deepEqual(all('Hours of operation: Monday - Friday: 8am to 5pm, Saturday: 9am to 2pm.', 'date-sensitive'), []);
    assert.deepEqual(all('Our approach outperforms current methods.', 'date-sensitive'), []);
  });

  it('still reports a weekday of an event and a count back from now', () => {
    assert.deepEqual(all('The balcony collapsed on Friday morning.', 'date-sensitive').map((f) => f.text), ['Friday']);
    assert.deepEqual(all('The shop opened two years ago.', 'date-sensitive').map((f) => f.text), ['two years ago']);
  });
});
