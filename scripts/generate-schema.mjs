// Writes schemas/citation-needed.schema.json (draft-07) for .citation-needed.json from the
// built API (dist/api.js): rule ids, severities, citation styles and sensitivities come from the code.
// Usage: npm run build && node scripts/generate-schema.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const api = createRequire(import.meta.url)(`${root}dist/api.js`);
const target = `${root}schemas/citation-needed.schema.json`;

/** The schema as a plain object. */
export function buildSchema({ ruleIds, severities, citationStyles, sensitivities, defaults }) {
  const severity = { type: 'string', enum: [...severities], description: 'Severity of the rule\'s findings, or "off".' };
  const phrases = (verb) => ({ type: 'array', items: { type: 'string', minLength: 1 }, description: `Phrases to ${verb} the rule's list; matched literally, case-insensitively, as whole words.` });
  const ruleSetting = {
    oneOf: [severity, {
      type: 'object',
      additionalProperties: false,
      properties: { severity, add: phrases('add to'), remove: phrases('remove from') },
    }],
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/citation-needed/citation-needed/schemas/citation-needed.schema.json',
    title: 'Citation Needed configuration (.citation-needed.json)',
    description: 'JSON data only: no code runs from a workspace. Invalid keys are reported with the key and the file, and the defaults stay in force.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Per-rule severity ("off" disables), or { severity, add, remove }.',
        additionalProperties: false,
        properties: Object.fromEntries(ruleIds.map((id) => [id, { ...ruleSetting, description: `Settings of the ${id} rule.` }])),
      },
      stalenessMonths: { type: 'number', exclusiveMinimum: 0, default: defaults.stalenessMonths, description: 'Age in months after which "As of <date>" is stale.' },
      referenceDate: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: '"Today" for time-aware rules, as YYYY-MM-DD (default: the current date).' },
      citationStyle: { type: 'string', enum: [...citationStyles], default: defaults.citationStyle, description: 'Style of the citation that quick fixes insert.' },
      sensitivity: { type: 'string', enum: [...sensitivities], default: defaults.sensitivity, description: 'How eagerly unsourced-claim flags sentences; at high, low-confidence findings of every rule are shown at their rule severity instead of as hints.' },
      bibliography: { type: 'array', items: { type: 'string' }, default: defaults.bibliography, description: 'Bibliography files (.bib, CSL-JSON), relative to the workspace.' },
      include: { type: 'array', items: { type: 'string' }, default: defaults.include, description: 'Globs of the files a workspace check reads.' },
      exclude: { type: 'array', items: { type: 'string' }, default: defaults.exclude, description: 'Globs of the files a workspace check skips.' },
      maxFileSize: { type: 'number', exclusiveMinimum: 0, default: defaults.maxFileSize, description: 'Files larger than this many bytes are skipped with a message.' },
      maxFindingsPerFile: { type: 'integer', minimum: 1, default: defaults.maxFindingsPerFile, description: 'Most findings reported per file; one more finding says how many were left out.' },
    },
  };
}

const schema = buildSchema({
  ruleIds: api.rules.map((r) => r.id),
  severities: api.SEVERITIES,
  citationStyles: api.CITATION_STYLES,
  sensitivities: api.SENSITIVITIES,
  defaults: api.defaultConfig(),
});
const text = JSON.stringify(schema, null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error(`${target} is out of date: run node scripts/generate-schema.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
