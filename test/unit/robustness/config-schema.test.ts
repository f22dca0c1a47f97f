import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { CITATION_STYLES, SENSITIVITIES, SEVERITIES, defaultConfig, resolveConfig } from '../../../src/core/config';
import { ruleIds } from '../../../src/rules';
import { projectRoot } from '../paths';

const schema = JSON.parse(readFileSync(join(projectRoot, 'schemas', 'citation-needed.schema.json'), 'utf8'));
const validate = new Ajv({ strict: false }).compile(schema);
const SAMPLE: Record<string, unknown> = {
  stalenessMonths: 6, referenceDate: '2026-11-28', citationStyle: 'link', sensitivity: 'high',
  bibliography: ['refs.bib'], include: ['**/*.md'], exclude: ['drafts/**'], maxFileSize: 1000, maxFindingsPerFile: 50,
};

describe('robustness: JSON schema of .citation-needed.json (schemas/citation-needed.schema.json)', () => {
  it('is draft-07 and lists every top-level key that resolveConfig accepts, and no other', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    const keys = Object.keys(schema.properties).filter((k) => k !== '$schema' && k !== 'rules');
    for (const key of keys) {
      assert.ok(key in SAMPLE, `schema key ${key} has a sample value in this test`);
      assert.deepEqual(resolveConfig({ [key]: SAMPLE[key] }, 'schema', ruleIds).problems, [], `resolveConfig accepts ${key}`);
    }
    const probe = resolveConfig({ notAKey: 1 }, 'schema', ruleIds).problems[0].message;
    const known = /known: (.*)\)/.exec(probe)![1].split(', ');
    assert.deepEqual([...known].sort(), ['rules', ...keys].sort(), 'every setter key is in the schema');
  });

  it('has the enums of the code: severities, citation styles, sensitivities', () => {
    const rule = schema.properties.rules.properties[ruleIds[0]];
    assert.deepEqual(rule.oneOf[0].enum, [...SEVERITIES]);
    assert.deepEqual(rule.oneOf[1].properties.severity.enum, [...SEVERITIES]);
    assert.deepEqual(schema.properties.citationStyle.enum, [...CITATION_STYLES]);
    assert.deepEqual(schema.properties.sensitivity.enum, [...SENSITIVITIES]);
  });

  it('lists exactly the registered rule ids (regenerate with node scripts/generate-schema.mjs)', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...ruleIds].sort());
  });

  it('has the defaults of defaultConfig()', () => {
    const defaults = defaultConfig() as unknown as Record<string, unknown>;
    for (const key of ['stalenessMonths', 'citationStyle', 'sensitivity', 'bibliography', 'include', 'exclude', 'maxFileSize', 'maxFindingsPerFile']) {
      assert.deepEqual(schema.properties[key].default, defaults[key], key);
    }
  });

  it('agrees with resolveConfig on valid and invalid files', () => {
    const cases: unknown[] = [
      SAMPLE,
      { rules: { [ruleIds[0]]: 'off', [ruleIds[1]]: { severity: 'error', add: ['x'], remove: ['y'] } } },
      { $schema: './schemas/citation-needed.schema.json' },
      { rules: { 'no-such-rule': 'off' } },
      { rules: { [ruleIds[0]]: 'loud' } },
      { rules: { [ruleIds[0]]: { add: 'x' } } },
      { rules: { [ruleIds[0]]: { colour: 'red' } } },
      { citationStyle: 'apa' },
      { sensitivity: 'max' },
      { maxFileSize: -1 },
      { maxFindingsPerFile: 0 },
      { maxFindingsPerFile: 2.5 },
      { stalenessMonths: '12' },
      { include: 'docs' },
      { unknown: true },
      [],
    ];
    for (const raw of cases) {
      const codeOk = resolveConfig(raw, 'test', ruleIds).problems.length === 0;
      assert.equal(validate(raw), codeOk, `${JSON.stringify(raw)}: schema ${validate.errors ? JSON.stringify(validate.errors[0]) : 'valid'}, code ${codeOk}`);
    }
  });
});
