import assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import { scoreSentence } from '../../../src/rules/unsourced-claim/check-worthiness';
import data from '../../../src/rules/unsourced-claim/check-worthiness.json';
import { flagged } from './lint-helpers';

const findings = (text: string, config?: unknown) =>
  lint(text, { referenceDate: '2026-11-28', config }).filter((f) => f.ruleId === 'unsourced-claim');
const messages = (text: string, config?: unknown) => findings(text, config).map((f) => f.message);
/** The severities of the findings: a hint is held low, a warning shows in Problems. */
const shown = (text: string) => findings(text).map((f) => f.severity);

describe('unsourced-claim', () => {
  it('holds the writer\'s own account in a review or a diary at a hint, not the facts of an essay with one aside', () => {
    assert.deepEqual(shown('My companion chose the Buffalo Chicken Wrap, which the menu listed at $14 in 2019.'), ['hint']);
    assert.deepEqual(shown('We had dinner for six here. The restaurant opened two doors down from the old mill. I will be back.'), ['hint']);
    // a couple's review, a company's report on itself: the writer's group tells what it did
    assert.deepEqual(shown('We arrived around 2:30 pm and the check-in took 20 minutes.'), ['hint']);
    assert.deepEqual(shown('Consequently, we maintain 14 data centres across three states.'), ['hint']);
    assert.deepEqual(shown('As we all know, the tower is the tallest in Europe.'), ['warning']);
    // a company reporting on itself; "our planet" is everyone's
    assert.deepEqual(shown('Our corporate fleet consists of vehicles under three years old, replaced every 36 months.'), ['hint']);
    assert.deepEqual(shown('The Company has converted all 1,200 light fixtures to LED since 2017.'), ['hint']);
    assert.deepEqual(shown('Our planet has warmed by 1.1 degrees since 1900.'), ['warning']);
    assert.deepEqual(
      shown('About 5% of the population carry the mutant variant. It encodes a receptor. The gene governs sleep. I am fascinated by this case.'),
      ['warning'],
    );
  });

  it('names the statistic that needs a source', () => {
    assert.deepEqual(messages('Costs fell by 40% last year.'), ['Unsourced claim: statistic “40%” has no citation']);
  });

  it('names amounts and superlatives', () => {
    assert.deepEqual(messages('Sales reached $3 million.'), ['Unsourced claim: amount “$3 million” has no citation']);
    assert.deepEqual(messages('The tower is the tallest in Europe.'), ['Unsourced claim: superlative “the tallest” has no citation']);
  });

  it('holds a sentence reported only for a causal verb at a hint, and not one that also has a figure', () => {
    const severity = (text: string) => findings(text).map((f) => [f.severity, f.confidence]);
    assert.deepEqual(severity('This led to the development of more complex social structures, such as chiefdoms.'), [['hint', 0.35]]);
    const [[shown, confidence]] = severity('This led to 300 deaths.');
    assert.equal(shown, 'warning');
    assert.ok((confidence as number) > 0.5, String(confidence));
  });

  it('holds a superlative that ranks nothing at a hint, and keeps one that ranks its subject among others or in a scope', () => {
    assert.deepEqual(shown('Base notes are the richest and longest-lasting scents.'), ['hint']);
    assert.deepEqual(shown('The tower is the tallest in Europe.'), ['warning']);
    assert.deepEqual(shown('He is considered one of the top young players.'), ['warning']);
  });

  it('flags a marriage, a number of children or a family background in a biography', () => {
    assert.deepEqual(messages('Ruggerini is married and has two children.'), ['Unsourced claim: personal detail “is married” has no citation']);
    assert.deepEqual(messages('His father was a factory worker, and his mother was a homemaker.'), ['Unsourced claim: personal detail “His father was a factory” has no citation']);
    assert.deepEqual(messages('She grew up in a family of entrepreneurs.'), ['Unsourced claim: personal detail “grew up in a family” has no citation']);
    // The speaker's own family in a speech is not a biography's detail.
    assert.deepEqual(messages('My father was a farmer.'), []);
  });

  it('flags named examples after a vague number, with the names', () => {
    assert.deepEqual(messages('He has completed several marathons, including the Boston Marathon.'), ['Unsourced claim: named examples “including the Boston” has no citation']);
    assert.deepEqual(messages('Use a soft brush, such as a toothbrush.'), []);
  });

  it('flags a relation a record can confirm (an office, a sponsor, where a place lies) beside a name, not without one', () => {
    assert.deepEqual(messages('He is a venture partner at Knife Capital.'), ['Unsourced claim: relation “is a venture partner at” has no citation']);
    assert.deepEqual(messages('The expedition was sponsored by the Royal Geographical Society.'), ['Unsourced claim: relation “was sponsored” has no citation']);
    // A title named in passing is not a relation stated.
    assert.deepEqual(messages('It is about choosing a president of the United States.'), []);
  });

  it('leaves a sentence with a blank the model left ("[Name] served as …") to ai-artifact', () => {
    const text = 'Prior to this role, [Name] served as the Minister for Immigration in the Home Office.';
    assert.deepEqual(messages(text), []);
    assert.deepEqual(lint(text, { referenceDate: '2026-11-28' }).map((f) => f.ruleId), ['ai-artifact']);
    assert.equal(messages('Prior to this role, Jane Doe served as the Minister for Immigration in the Home Office.').length, 1);
  });

  it('holds a chatty answer\'s recollection at a hint, and keeps a figure in it', () => {
    assert.deepEqual(shown('World War II was, like, this huge thing that affected so many people and countries.'), ['hint']);
    assert.deepEqual(shown('World War II was this huge thing that affected so many people and countries.'), ['warning']);
    assert.deepEqual(shown('I mean, there were over 156,000 troops landed on five beaches in Normandy.'), ['warning']);
  });

  it('takes a step that opens with a quantity ("Slowly add 1/2 cup (120 milliliters)") as an instruction', () => {
    assert.deepEqual(shown('Slowly add 1/2 cup (120 milliliters) of water to the mixture, whisking constantly.'), ['hint']);
  });

  it('takes what police officers claimed as attributed to them', () => {
    assert.deepEqual(messages('The police officers, however, claimed that the man was armed with a rock and had been threatening them.'), []);
  });

  it('counts a decade as a date, a price after a currency sign as an amount, and who wrote or played a part as a relation', () => {
    assert.deepEqual(messages('The game gained further popularity in the 1950s.'), ['Unsourced claim: date “1950s” has no citation']);
    assert.equal(messages('Fares start at $3 per ride on weekdays.').length, 1);
    assert.deepEqual(messages('The song was written by Paul McCartney.'), ['Unsourced claim: relation “written by” has no citation']);
    assert.deepEqual(messages('Rangers have improved under the new manager, with three wins and two draws.'), ['Unsourced claim: number word “three” has no citation']);
  });

  it('counts no number inside a proper name, and a rivalry with another as a relation', () => {
    assert.deepEqual(messages('FSV Wacker 90 Nordhausen is a German football club based in Thuringia.'), []);
    assert.deepEqual(messages('In addition, Nine Stories Productions has also expanded into other areas.'), ['Unsourced claim: past event “expanded” has no citation']);
    assert.deepEqual(messages('In 1889 Henry Hansard broke the family connection with the debates.'), ['Unsourced claim: date “1889” has no citation']);
    assert.deepEqual(messages('The club has a strong rivalry with FC Rot-Weiß Erfurt.'), ['Unsourced claim: relation “rivalry with” has no citation']);
    assert.deepEqual(messages('Salesbury is a small town located in the county of Wiltshire, England.'), ['Unsourced claim: relation “is a small town located in” has no citation']);
  });

  it('flags a vague count of checkable things ("numerous awards"), not a span of time, the writer\'s own account or a question', () => {
    assert.deepEqual(messages('Herrmann-Kaufmann has received numerous awards and honors for her contributions to chemistry.'), ['Unsourced claim: vague count “numerous awards” has no figure and no citation']);
    assert.deepEqual(shown('During the Iron Age, the area was home to a number of hill forts.'), ['warning']);
    assert.ok(!messages('The festival has been held for several years.').some((m) => m.includes('vague count')));
    assert.deepEqual(messages('There are several ways to fold a quilt.'), []);
    assert.deepEqual(messages('I was involved in a number of efforts to reform the agency.'), []);
    assert.deepEqual(messages('Why have numerous species vanished from the island?'), []);
  });

  it('reads the capital I that ends a name ("Division I", "Henry I") as a numeral, not the first person', () => {
    assert.equal(messages('Division I coaches at major universities may earn hundreds of thousands of dollars per year.').length, 1);
    assert.deepEqual(messages('I was there in 1990.'), []);
  });

  it('flags a risk to health ("can increase the risk of certain types of cancer")', () => {
    assert.deepEqual(messages('Menopause can increase the risk of certain types of cancer.'), ['Unsourced claim: health claim “risk of certain types of cancer” has no citation']);
    assert.deepEqual(messages('Non-stick cookware can release harmful chemicals when heated.'), ['Unsourced claim: health claim “harmful chemicals” has no citation']);
  });

  it('takes a statement a named body issued ("Lancashire issued a brief statement saying, "…"") as attributed', () => {
    assert.deepEqual(messages('Lancashire issued a brief statement saying, "The club thanks him for 12 years of service."'), []);
  });

  it('holds a closing summary and a list\'s lead-in low unless they give a figure or a date', () => {
    assert.deepEqual(shown('In conclusion, George N. Turner was a remarkable businessman who founded three banks.'), ['hint']);
    assert.deepEqual(shown('George N. Turner was a remarkable businessman who founded three banks.'), ['warning']);
    assert.deepEqual(shown('Overall, sales grew by 40% in 2020.'), ['warning']);
    assert.deepEqual(shown('Here is a list of some of the most notable Qazis of the Maldives:'), ['hint']);
  });

  it('takes the publisher and year that close a reference ("ABC Publishers, 2020.") as part of a source', () => {
    assert.deepEqual(messages('Example: Smith, John. The World Encyclopedia. ABC Publishers, 2020.'), []);
    assert.equal(messages('ABC Publishers sold 40,000 copies in 2020.').length, 1);
  });

  it('holds a worked example\'s numbers low, and leaves journal pages, an access date and a catalogue entry alone', () => {
    assert.deepEqual(shown('In our example, we subtract 5 from 23, leaving us with 18.'), ['hint']);
    assert.deepEqual(shown('For example, if we want to calculate the square root of 23456 to five places, we add 10 zeros.'), ['hint']);
    assert.deepEqual(messages('Proceedings of the Royal Geographical Society, 1881, 32-40.'), []);
    assert.deepEqual(messages('Web. 10 Mar. 2023.'), []);
    assert.deepEqual(messages('The results have important implications for the AGN activity in NGC 3783.'), []);
  });

  it('takes more verbs and participles of news style as attribution ("he beamed", "telling BBC Radio: "…"")', () => {
    assert.deepEqual(flagged('unsourced-claim', '"I\'m thrilled to join one of the greatest clubs in the world," he beamed after signing.'), []);
    assert.deepEqual(flagged('unsourced-claim', 'Mills, 28, reflected, "Our six years together went into this team."'), []);
    assert.deepEqual(flagged('unsourced-claim', 'Gary Johnson praised his team, telling BBC Radio Gloucestershire: "It\'s the best we\'ve played in 20 years."'), []);
    assert.equal(flagged('unsourced-claim', 'The station continued to grow, reaching 40,000 listeners by 2010.').length, 1);
  });

  it('flags a dated statement on its own, not a year in a plan or forecast', () => {
    assert.deepEqual(messages('The ship was broken up for scrap in 1825.'), ['Unsourced claim: date “1825” has no citation']);
    assert.deepEqual(messages('The station is scheduled to reopen in spring 2025.'), []);
    assert.deepEqual(messages('As of January 2025, the plant still has a night shift.'), []);
  });

  it('takes "the first is" as the first item of an enumeration, not a record', () => {
    assert.deepEqual(messages('The first is the theme of identity, which runs through the poem.'), []);
    assert.deepEqual(messages('He was the first person to climb the north face.'), ['Unsourced claim: superlative “the first” has no citation']);
  });

  it('flags a direct quotation', () => {
    assert.equal(messages('He said: "We will never surrender to anyone at all."').length, 1);
  });

  it('takes a follow-up sentence ("He urged …") as the words of the speaker the paragraph named, not of an unnamed "he"', () => {
    const text = 'Retail sales rose 0.1% in the quarter, David Lonsdale said. He urged the government to cut business rates by 20%.';
    assert.deepEqual(flagged('unsourced-claim', text), []);
    assert.equal(flagged('unsourced-claim', 'He urged the government to cut business rates by 20%.').length, 1);
  });

  it('takes a quotation or a follow-up credited to "he" or "she" after a lead-in as attributed', () => {
    const quoted = 'In an interview with the BBC in 2020, she added, "We got offered 40 fights and I would do one."';
    assert.deepEqual(flagged('unsourced-claim', `"You never know," Jade Walkden said. ${quoted}`), []);
    assert.equal(flagged('unsourced-claim', quoted).length, 1);
    const text = 'Platini said he had done nothing wrong in 2011. Although he has provided information, he insists he did so as one of 12 witnesses.';
    assert.deepEqual(flagged('unsourced-claim', text), []);
    assert.equal(flagged('unsourced-claim', 'Although he has provided information, he insists he did so as one of 12 witnesses.').length, 1);
  });

  it('takes a quotation that the speaker\'s clause introduces with a colon as attributed', () => {
    const text = 'Vaughan Gething said the vote mattered. He painted a stark choice for voters: "Do you want 40 more doctors or a tax on tablets?"';
    assert.deepEqual(flagged('unsourced-claim', text), []);
    assert.deepEqual(flagged('unsourced-claim', 'Gething painted a stark choice for voters: "Do you want 40 more doctors or a tax on tablets?"'), []);
    assert.equal(flagged('unsourced-claim', 'The abundance of timber at Lochaber in 1850 was proverbial: "Bringing wood to Lochaber" was said of any superfluous undertaking.').length, 1);
    assert.equal(flagged('unsourced-claim', 'In 2009, Nine Stories Productions produced its most successful franchise: "Star Trek."').length, 1);
  });

  it('counts a speech verb that also has another sense only where it reports words ("…," Gething charged.)', () => {
    assert.deepEqual(flagged('unsourced-claim', '"They have had three chances to rule it out, and refused 40 times," Gething charged.'), []);
    assert.equal(flagged('unsourced-claim', 'Former midfielder David Nakhid has declared his candidacy for the 2016 election.').length, 1);
  });

  it('does not flag a cited sentence', () => {
    assert.deepEqual(flagged('unsourced-claim', 'Costs fell by 40% last year.[^1]\n\n[^1]: Annual report.'), []);
    assert.deepEqual(flagged('unsourced-claim', 'Costs fell by 40% last year ([report](https://example.org/report)).'), []);
  });

  const clean = ['I think we should try harder.', 'Thank you all for coming tonight.', 'What will you do about it?', 'We will build a better future.', 'It is possible that Cthulhu was born from one of these dreams of Lovecraft.'];
  for (const text of clean) {
    it(`leaves alone “${text}”`, () => assert.deepEqual(flagged('unsourced-claim', text), []));
  }
});

describe('check-worthiness sensitivity', () => {
  it('orders thresholds: low asks for the most evidence, high for the least', () => {
    assert.ok(data.thresholds.low > data.thresholds.medium && data.thresholds.medium > data.thresholds.high);
  });

  it('flags at a higher sensitivity every sentence a lower one flags, and more', () => {
    const sentences = [
      'Costs fell by 40% last year.',
      'The company hired Jane Doe in Paris.',
      'There were problems with the rollout.',
      'The senator voted against the bill.',
      'Nobody came.',
      'We released the new version.',
    ];
    const count = (s: 'low' | 'medium' | 'high') => sentences.filter((t) => scoreSentence(t, s).checkWorthy).length;
    for (const t of sentences) {
      if (scoreSentence(t, 'low').checkWorthy) assert.ok(scoreSentence(t, 'medium').checkWorthy, t);
      if (scoreSentence(t, 'medium').checkWorthy) assert.ok(scoreSentence(t, 'high').checkWorthy, t);
    }
    assert.ok(count('low') < count('high'), `low ${count('low')}, high ${count('high')}`);
  });

  it('takes the sensitivity from the configuration', () => {
    const text = 'The team moved the office to a new building.';
    const low = flagged('unsourced-claim', text, { sensitivity: 'low' }).length;
    const high = flagged('unsourced-claim', text, { sensitivity: 'high' }).length;
    assert.deepEqual([low, high], [0, 1]);
  });
});
