import assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import { flagged } from './lint-helpers';

describe('unsupported-attribution', () => {
  const cases: Array<[string, string[]]> = [
    ['Experts say the market will grow.', ['Experts say']],
    ['Studies have shown that the drug works.', ['Studies have shown']],
    ['The tower is said to be haunted.', ['is said to']],
    ['The film was described by critics as a triumph.', ['by critics']],
    ['Many scholars reject this reading.', ['Many scholars reject']],
    ['Several towns were flooded.', ['Several']],
    ['It is generally assumed that the bridge is safe.', ['It is generally assumed']],
    ['Doctors say that rapid weight loss raises the risk of gallstones.', ['Doctors say']],
    ['Locals say the queue moves quickly.', ['Locals say']],
    ['Industry groups have welcomed the goals.', ['Industry groups have welcomed']],
    ['Witnesses claimed that he was not armed.', ['Witnesses claimed']],
    ['The text has been debated and misunderstood by many for centuries.', ['by many']],
    ['The role brought her critical acclaim and recognition.', ['critical acclaim']],
    ['The film has since become a cult classic.', ['cult classic']],
    ['Mees is also known for her policy engagement.', ['is also known for']],
    ['This passage was interpreted to mean that men should shave.', ['was interpreted to mean']],
    ['Acupuncture has been shown to be effective for sleep problems.', ['has been shown to']],
    ['The method has been found to be effective in improving memory.', ['has been found to']],
    ['These findings are consistent with previous studies.', ['consistent with previous studies']],
    ['Research has consistently shown that taxation cuts smoking.', ['Research has consistently shown']],
    ['Detractors argue that the development is too large.', ['Detractors argue']],
    ['It is projected that sales will double, and it has been revealed that costs rose.', ['It is projected that', 'it has been revealed']],
    ['There were also concerns that the song would be seen as divisive.', ['There were also concerns']],
    ['According to local legend, the rocks were once a group of sorcerers.', ['According to local legend']],
  ];
  for (const [text, expected] of cases) {
    it(`flags ${expected.join(', ')} in “${text}”`, () => assert.deepEqual(flagged('unsupported-attribution', text), expected));
  }

  const clean = [
    'Some 300 people attended the meeting.',
    'We tried it many times.',
    'How many people attended?',
    'The building stood for some time.',
    'Ada Lovelace said the engine could weave algebraic patterns.',
    'There are several common methods:',
    'Key features include several:',
    'The main benefits include many:',
    'The two doctors say the patient is stable.',
    'Prices rose by some 20% in a year.',
    // Praise after "known for" is puffery's.
    'He is also known for his humility.',
  ];
  for (const text of clean) {
    it(`leaves alone “${text}”`, () => assert.deepEqual(flagged('unsupported-attribution', text), []));
  }

  it('reports a vague quantity as a low-confidence hint (info at high sensitivity) and a vague attribution at the rule severity', () => {
    const findings = lint('Many towns flooded. Experts say so.', { referenceDate: '2026-11-28' }).filter((f) => f.ruleId === 'unsupported-attribution');
    assert.deepEqual(findings.map((f) => [f.text, f.severity]), [['Many', 'hint'], ['Experts say', 'warning']]);
    assert.ok(findings[0].confidence < 0.5 && findings[1].confidence >= 0.5, findings.map((f) => f.confidence).join());
    const high = lint('Many towns flooded. Experts say so.', { referenceDate: '2026-11-28', config: { sensitivity: 'high' } }).filter((f) => f.ruleId === 'unsupported-attribution');
    assert.deepEqual(high.map((f) => [f.text, f.severity]), [['Many', 'info'], ['Experts say', 'warning']]);
    assert.deepEqual(findings.map((f) => f.fixes[0].title), ['Insert a [how many?] marker', 'Insert a [who?] marker']);
  });

  it('holds the reputation a subject is best known for at a hint, and shows an added one', () => {
    const shown = (text: string) => lint(text, { referenceDate: '2026-11-28' }).filter((f) => f.ruleId === 'unsupported-attribution').map((f) => [f.text, f.severity]);
    assert.deepEqual(shown('He is best known for his work on geometric algorithms.'), [['is best known for', 'hint']]);
    assert.deepEqual(shown('He is also known for his work on geometric algorithms.'), [['is also known for', 'warning']]);
  });

  it('stays quiet on a cited sentence', () => {
    assert.deepEqual(flagged('unsupported-attribution', 'Experts say the market will grow.[^1]\n\n[^1]: Survey, 2026.'), []);
  });
});
