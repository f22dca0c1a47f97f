import assert from 'node:assert/strict';
import { defaultConfig, resolveConfig } from '../../../src/core/config';
import { lint } from '../../../src/engine';
import { ConfigError } from '../../../src/core/lint';
import { ruleIds } from '../../../src/rules';

describe('configuration', () => {
  it('has the documented defaults', () => {
    const config = defaultConfig();
    assert.equal(config.stalenessMonths, 12);
    assert.equal(config.citationStyle, 'footnote');
    assert.equal(config.sensitivity, 'medium');
  });

  it('accepts severities as strings or objects and phrases to add and remove', () => {
    const { config, problems } = resolveConfig({ rules: { hedge: 'off', puffery: { severity: 'error', add: ['zesty'], remove: ['boasts'] } }, stalenessMonths: 6 }, 'x.json', ruleIds);
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules.hedge, { severity: 'off' });
    assert.deepEqual(config.rules.puffery, { severity: 'error', add: ['zesty'], remove: ['boasts'] });
    assert.equal(config.stalenessMonths, 6);
  });

  it('names the key and the file of every problem and keeps the defaults', () => {
    const { config, problems } = resolveConfig({ rules: { hedge: 'loud', nope: 'off' }, stalenessMonths: -1, citationStyle: 'apa', colour: 1, referenceDate: '2026-02-30' }, 'repo/.citation-needed.json', ruleIds);
    assert.deepEqual(problems.map((p) => `${p.source} ${p.key}`), [
      'repo/.citation-needed.json rules.hedge',
      'repo/.citation-needed.json rules.nope',
      'repo/.citation-needed.json stalenessMonths',
      'repo/.citation-needed.json citationStyle',
      'repo/.citation-needed.json colour',
      'repo/.citation-needed.json referenceDate',
    ]);
    assert.equal(config.stalenessMonths, 12);
    assert.equal(config.citationStyle, 'footnote');
    assert.equal(config.rules.hedge, undefined);
  });

  it('lint() rejects an invalid config with a ConfigError naming the key', () => {
    assert.throws(() => lint('x', { config: { sensitivity: 'extreme' } }), (e: unknown) => e instanceof ConfigError && /sensitivity/.test(e.message));
  });

  it('turns a rule off and changes severities', () => {
    const text = 'Experts say the market will likely grow.';
    const ids = (config: unknown) => lint(text, { referenceDate: '2026-11-28', config }).map((f) => `${f.ruleId}:${f.severity}`);
    assert.ok(ids({}).includes('hedge:info'));
    assert.ok(!ids({ rules: { hedge: 'off' } }).some((x) => x.startsWith('hedge')));
    assert.ok(ids({ rules: { hedge: 'error' } }).includes('hedge:error'));
  });

  it('adds and removes phrases, matching added phrases literally', () => {
    const text = 'Our zesty (a+b)* formula boasts results.';
    const words = (config: unknown) => lint(text, { referenceDate: '2026-11-28', config }).filter((f) => f.ruleId === 'puffery').map((f) => f.text);
    assert.deepEqual(words({}), ['boasts']);
    assert.deepEqual(words({ rules: { puffery: { add: ['zesty', '(a+b)*'], remove: ['boasts'] } } }), ['zesty', '(a+b)*']);
  });

  it('the staleness threshold and the citation style take effect', () => {
    const text = 'As of June 2026, the park had lost 40% of its rangers.';
    const stale = (config: unknown) => lint(text, { referenceDate: '2026-11-28', config }).filter((f) => f.ruleId === 'stale-date');
    assert.equal(stale({}).length, 0);
    assert.equal(stale({ stalenessMonths: 3 }).length, 1);
    const claim = lint(text, { referenceDate: '2026-11-28', config: { citationStyle: 'pandoc' } }).find((f) => f.ruleId === 'unsourced-claim')!;
    assert.equal(claim.fixes[0].title, 'Add a Pandoc citation [@key]');
    assert.equal(claim.fixes[0].preferred, true);
  });
});
