import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, ruleCatalogue, docsUrl } from '../../src/rules';
import { ENGINE_SETTINGS, HOST_SETTINGS } from '../../src/vscode/config-bridge';
import { projectRoot } from './paths';

const root = projectRoot;
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('rule metadata', () => {
  it('ids are unique and kebab-case', () => {
    const ids = allRules.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
  });

  it('every rule has a description, a rationale and a docs URL that is its README section', () => {
    for (const rule of ruleCatalogue) {
      assert.ok(rule.description.length > 20, rule.id);
      assert.ok(rule.rationale.length > 20, rule.id);
      assert.equal(rule.url, docsUrl(rule.id));
      assert.ok(rule.url.endsWith(`#${rule.id}`));
      assert.match(readme, new RegExp(`^### ${rule.id}$`, 'm'), `README has no "### ${rule.id}" section`);
    }
  });

  it('every phrase-list entry has a phrase, a note and a source', () => {
    const dir = join(root, 'src', 'rules');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.phrases.json'))) {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      assert.ok(Array.isArray(data.entries) && data.entries.length > 0, file);
      for (const entry of data.entries) {
        assert.ok(typeof entry.phrase === 'string' && entry.phrase.trim(), `${file}: entry without phrase`);
        assert.ok(typeof entry.note === 'string' && entry.note.trim(), `${file}: ${entry.phrase} has no note`);
        assert.ok(typeof (entry.source ?? data.source) === 'string', `${file}: ${entry.phrase} has no source`);
      }
    }
  });
});

describe('settings metadata', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8'));
  const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; markdownDescription: string }>;
  const settings = readme.slice(readme.indexOf('### Settings'));

  it('package.json contributes exactly the settings the extension reads (engine and host settings)', () => {
    assert.deepEqual(Object.keys(properties).sort(), [...ENGINE_SETTINGS, ...HOST_SETTINGS].map((k) => `citationNeeded.${k}`).sort());
  });

  it('every setting has a localized description and a README row with its default', () => {
    for (const [name, property] of Object.entries(properties)) {
      const key = /^%(.+)%$/.exec(property.markdownDescription)?.[1];
      assert.ok(key && typeof nls[key] === 'string' && nls[key].length > 10, `${name}: description ${property.markdownDescription} in package.nls.json`);
      const row = new RegExp(`^\\| \`${name.replace('.', '\\.')}\` \\| \`([^\`]*)\` \\|`, 'm').exec(settings);
      assert.ok(row, `README settings table has a row for ${name}`);
      assert.deepEqual(JSON.parse(row[1]), property.default, `${name}: README default`);
    }
  });
});
