import assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import { applyFixes } from '../../../src/core/apply-fixes';
import { countNames, scoreSentence } from '../../../src/rules/unsourced-claim/check-worthiness';

/** The labels of the features that count in a sentence. */
const labels = (text: string) => scoreSentence(text, 'medium', true).hits.map((h) => h.label);
const claims = (text: string) => lint(text, { referenceDate: '2026-11-28' }).filter((f) => f.ruleId === 'unsourced-claim').map((f) => f.text);

// Each context rule: a sentence where the feature counts, and the nearest innocent one where it does not.
const cases: Array<{ rule: string; label: string; counts: string; not: string }> = [
  { rule: 'hyphenated compound', label: 'past event', counts: 'They based the plant in Ohio.', not: 'They run an OS-based scheduler.' },
  { rule: 'participle after an article', label: 'past event', counts: 'They allocated the devices.', not: 'They list all allocated devices.' },
  { rule: 'passive after "is"', label: 'event', counts: 'The council created a new fund.', not: 'When a type variable is created, it gets a fresh name.' },
  { rule: 'participle before a preposition', label: 'past event', counts: 'They defined the format in 1998.', not: 'Structs defined by the module stay private.' },
  { rule: 'past tense needs a subject', label: 'past event', counts: 'She resigned last spring.', not: 'Resigned members lose access.' },
  { rule: 'modal consequence', label: 'causal claim', counts: 'The policy led to higher prices.', not: 'The policy could lead to higher prices.' },
  { rule: 'role', label: 'causal claim', counts: 'The virus is responsible for the outbreak.', not: 'The controller is responsible for monitoring disk usage.' },
  { rule: 'section number', label: 'number', counts: 'The firm employs 450 people.', not: 'Section 12 describes the format.' },
  { rule: 'tier number', label: 'number', counts: 'The firm moved 14 targets abroad.', not: 'The firm moved the targets to tier 14.' },
  { rule: 'a statute as a name', label: 'number', counts: 'The plan holds 401 accounts.', not: 'In a 401(k), dividends are not taxed.' },
  { rule: 'version number', label: 'number', counts: 'Unemployment reached 7.8 percent.', not: 'The flag was removed in 1.27.' },
  { rule: 'operand', label: 'number', counts: 'Logging grew to 50 lines per request.', not: 'Logging grows with -v=50 on every request.' },
  { rule: 'enumeration', label: 'number', counts: 'The court heard 30 cases.', not: 'The court heard case (30) last.' },
  { rule: 'small count with a unit', label: 'number word', counts: 'The plant closed two years ago.', not: 'There are two primary use cases.' },
  { rule: 'small digit with a unit', label: 'number', counts: 'The fund lost 3 million dollars.', not: 'This section compares 3 scenarios.' },
  { rule: 'idiom "in the first place"', label: 'superlative', counts: 'She was the first woman to lead the party.', not: 'It was wrong in the first place.' },
  { rule: 'position "at the top"', label: 'superlative', counts: 'It is the top exporter of coffee.', not: 'Put the import at the top of the file.' },
  { rule: 'ordinal of a part', label: 'superlative', counts: 'It was the first country to ban it.', not: 'The first section describes the format.' },
  { rule: '"the only way"', label: 'superlative', counts: 'It is the only state without an income tax.', not: 'Using the gate is the only way to enable it.' },
  { rule: '"the latest version"', label: 'superlative', counts: 'It is the largest dam in Europe.', not: 'Install the latest version of the tool.' },
  { rule: 'scare quotes', label: 'direct quotation', counts: 'He said: "We will never surrender to anyone at all."', not: 'Readers could no longer "go back in time when they restart" the list.' },
  { rule: 'title in quotes', label: 'direct quotation', counts: '"The report is complete and accurate," the minister said.', not: 'The "Implementation History And Current Status" section is up to date.' },
  { rule: 'record as a noun', label: 'record', counts: 'Exports hit a record high in May.', not: 'Each change appends a record to the log.' },
  { rule: 'route number', label: 'number', counts: 'The city bought 28 new trams.', not: 'The city runs tram 28 past the castle.' },
  { rule: 'attributed after a long speaker', label: 'direct quotation', counts: '"Some of our members will struggle to meet them," a spokesperson for the battery makers\' association said.', not: 'The "Some of our members will struggle to meet them" slide closed the talk.' },
  { rule: 'quotation that runs into the next sentence', label: 'direct quotation', counts: 'Kjær said, "We are not trying to replace the receptionist.', not: 'The page title reads "We are not trying to replace the receptionist.' },
  { rule: '"as a result" ending a clause', label: 'causal claim', counts: 'Many long-time users have switched to other apps as a result.', not: 'As a result, the previous example can be written more concisely.' },
];

describe('check-worthiness context rules', () => {
  for (const c of cases) {
    it(`${c.rule}: ${c.label} counts in “${c.counts}”, not in “${c.not}”`, () => {
      assert.ok(labels(c.counts).includes(c.label), `${c.label} should count: ${labels(c.counts).join(', ')}`);
      assert.ok(!labels(c.not).includes(c.label), `${c.label} should not count: ${labels(c.not).join(', ')}`);
    });
  }

  it('counts a run of capitalised words as one name, and bare acronyms as none', () => {
    assert.equal(countNames('We met Jane Doe and John Smith in Paris.'), 3);
    assert.equal(countNames('The Kubernetes API Server handles it.'), 1);
    assert.equal(countNames('The API uses CSI and CRD types.'), 0);
  });

  it('looks for talk that asserts nothing outside quotations, also one wrapped over a line break', () => {
    assert.ok(labels('We will win the cup, the coach said.').includes('future'));
    assert.ok(!labels('"We will win the cup," the coach said.').includes('future'));
    assert.ok(!labels('"We will\nwin the cup," the coach said.').includes('future'));
  });

  it('counts an instruction as talk that asserts nothing, also in a lower-case list item', () => {
    assert.ok(labels('keep the charge between 20% and 80% when you can;').includes('imperative'));
    assert.ok(!labels('Batteries keep 80% of their charge after 1,000 cycles.').includes('imperative'));
  });

  it('never flags a sentence for its names alone', () => {
    assert.equal(scoreSentence('Kubernetes runs on Linux and Windows with Docker and Podman.', 'medium').checkWorthy, false);
    assert.equal(scoreSentence('Kubernetes ran on 400 servers in Germany and France.', 'medium').checkWorthy, true);
  });
});

describe('unsourced-claim and reading lists', () => {
  it('leaves alone a reference entry, but not a claim with a parenthetical year', () => {
    assert.deepEqual(claims('- Stephen Halliday, *The Great Stink of London* (Sutton Publishing, 1999).'), []);
    assert.deepEqual(claims('Acme, the largest maker, cut 4,000 jobs (2019).'), ['Acme, the largest maker, cut 4,000 jobs (2019).']);
  });
});

describe('unsourced-claim and leftover markers', () => {
  it('does not flag a sentence that carries a marker, but still flags the next one', () => {
    assert.deepEqual(claims('Costs fell by 40% last year.[citation needed] Sales rose by 12% in May.'), ['Sales rose by 12% in May.']);
    assert.deepEqual(claims('Costs fell by 40% last year [who?]. Sales rose by 12% in May.'), ['Sales rose by 12% in May.']);
    assert.deepEqual(claims('Costs fell by 40% last year. [source] Sales rose by 12% in May.'), ['Sales rose by 12% in May.']);
  });

  it('flags both sentences when there is no marker', () => {
    assert.deepEqual(claims('Costs fell by 40% last year. Sales rose by 12% in May.'), ['Costs fell by 40% last year.', 'Sales rose by 12% in May.']);
  });

  it('leaves no unsourced-claim finding once its marker quick fix is applied', () => {
    const text = 'Costs fell by 40% last year. Sales rose by 12% in May.\n';
    const [first] = lint(text, { referenceDate: '2026-11-28' }).filter((f) => f.ruleId === 'unsourced-claim');
    const fix = first.fixes.find((f) => f.title === 'Insert [citation needed]');
    assert.ok(fix, first.fixes.map((f) => f.title).join(', '));
    const fixed = applyFixes(text, [fix]).text;
    assert.deepEqual(claims(fixed), ['Sales rose by 12% in May.']);
    assert.equal(lint(fixed, { referenceDate: '2026-11-28' }).filter((f) => f.ruleId === 'citation-integrity').length, 1);
  });
});
