import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, ruleCatalogue, docsUrl } from '../../src/rules';
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
