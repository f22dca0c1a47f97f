import * as assert from 'node:assert/strict';
import { lint } from '../../../src/engine';
import { defaultConfig } from '../../../src/core/config';
import { buildConfig, combineExcludes, engineSettings, hostSettings, parseConfigFile } from '../../../src/vscode/config-bridge';

const file = (raw: unknown, source = '/ws/.citation-needed.json') => ({ text: JSON.stringify(raw), source });

describe('vscode settings -> engine config', () => {
  it('gives the defaults when nothing is set', () => {
    assert.deepEqual(buildConfig(undefined, {}), { config: defaultConfig(), problems: [] });
  });

  it('layers settings over the file, rule by rule', () => {
    const { config, problems } = buildConfig(
      file({ stalenessMonths: 6, rules: { hedge: 'warning', puffery: { add: ['game-changing'] } } }),
      { rules: { hedge: 'off', puffery: 'hint' }, citationStyle: 'pandoc' },
    );
    assert.deepEqual(problems, []);
    assert.equal(config.stalenessMonths, 6);
    assert.equal(config.citationStyle, 'pandoc');
    assert.deepEqual(config.rules.hedge, { severity: 'off' });
    assert.deepEqual(config.rules.puffery, { add: ['game-changing'], severity: 'hint' });
  });

  it('treats an empty reference date and an empty rules object as not set', () => {
    assert.deepEqual(engineSettings({ referenceDate: '', rules: {}, maxFileSize: 10, enable: true }), { maxFileSize: 10 });
  });

  it('reports an invalid setting naming key and source, and keeps the value below it', () => {
    const { config, problems } = buildConfig(file({ stalenessMonths: 3 }), { stalenessMonths: -1, referenceDate: '2026-02-30' }, 'settings');
    assert.equal(config.stalenessMonths, 3);
    assert.equal(config.referenceDate, undefined);
    assert.deepEqual(problems.map((p) => [p.source, p.key]), [['settings', 'stalenessMonths'], ['settings', 'referenceDate']]);
  });

  it('reports unknown rules and bad severities with the rule key', () => {
    const { config, problems } = buildConfig(undefined, { rules: { nope: 'off', hedge: 'loud' } });
    assert.deepEqual(problems.map((p) => p.key), ['rules.nope', 'rules.hedge']);
    assert.equal(config.rules.hedge, undefined);
  });

  it('reports invalid JSON in the file with its line, and keeps the defaults', () => {
    const { config, problems } = buildConfig({ text: '{\n  "stalenessMonths": 3,\n  oops\n}', source: '/ws/.citation-needed.json' }, {});
    assert.deepEqual(config, defaultConfig());
    assert.equal(problems.length, 1);
    assert.equal(problems[0].source, '/ws/.citation-needed.json');
    assert.match(problems[0].message, /^invalid JSON at line 3/);
  });

  it('accepts a byte order mark', () => {
    assert.deepEqual(parseConfigFile({ text: '\uFEFF{"sensitivity":"high"}', source: 'f' }), { raw: { sensitivity: 'high' }, problems: [] });
  });

  it('changes what the engine reports', () => {
    const text = 'Sales will likely rise next year.\n';
    const hedges = (settings: Record<string, unknown>) => lint(text, { config: buildConfig(undefined, settings).config }).filter((f) => f.ruleId === 'hedge');
    assert.ok(hedges({}).length > 0);
    assert.equal(hedges({ rules: { hedge: 'off' } }).length, 0);
    assert.ok(hedges({ rules: { hedge: 'error' } }).every((f) => f.severity === 'error'));
  });
});

describe('vscode host settings', () => {
  it('uses defaults for missing or invalid values', () => {
    assert.deepEqual(hostSettings({}), { enable: true, run: 'onType', delay: 500, workers: 0 });
    assert.deepEqual(hostSettings({ enable: false, run: 'sometimes', delay: -5, workers: -1 }), { enable: false, run: 'onType', delay: 500, workers: 0 });
    assert.deepEqual(hostSettings({ run: 'manual', delay: 0, workers: 3 }), { enable: true, run: 'manual', delay: 0, workers: 3 });
    assert.equal(hostSettings({ workers: 1.5 }).workers, 0);
    assert.equal(hostSettings({ workers: '2' }).workers, 0);
  });
});

describe('vscode exclude globs', () => {
  it('folds files.exclude entries that are on into one glob with the configured ones', () => {
    assert.equal(combineExcludes({ '**/.git': true, '**/tmp': false, '**/x': { when: '$(basename).ts' } }, ['**/drafts/**']), '{**/.git,**/drafts/**}');
  });

  it('returns a lone glob as is, and undefined for none', () => {
    assert.equal(combineExcludes(undefined, ['**/a/**']), '**/a/**');
    assert.equal(combineExcludes({}, []), undefined);
  });
});
