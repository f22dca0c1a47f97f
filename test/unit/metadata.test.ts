import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, ruleCatalogue, docsUrl, DOCS_BASE } from '../../src/rules';
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

  it('every rule has a description, a rationale and a docs URL that is its page docs/rules/<id>.md', () => {
    for (const rule of ruleCatalogue) {
      assert.ok(rule.description.length > 20, rule.id);
      assert.ok(rule.rationale.length > 20, rule.id);
      assert.equal(rule.url, docsUrl(rule.id));
      assert.equal(rule.url, `${DOCS_BASE}rules/${rule.id}.md`);
      assert.ok(rule.url.startsWith('https://github.com/citation-needed/citation-needed/blob/main/docs/'), rule.url);
    }
  });

  it('every rule has a docs page with its title and its rationale verbatim under "Why", and no page is stale', () => {
    const dir = join(root, 'docs', 'rules');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
    assert.deepEqual(pages, allRules.map((r) => r.meta.id).sort(), 'docs/rules/*.md are exactly the rule ids');
    for (const { meta } of allRules) {
      const page = readFileSync(join(dir, `${meta.id}.md`), 'utf8');
      assert.ok(page.startsWith(`# \`${meta.id}\`\n`), `docs/rules/${meta.id}.md starts with its title`);
      const why = /^## Why\n\n(.*)$/m.exec(page);
      assert.equal(why?.[1], meta.rationale, `docs/rules/${meta.id}.md: "## Why" is the rule's rationale`);
      for (const heading of ['## What it flags', '## Examples', '## Fixes', '## Options']) {
        assert.match(page, new RegExp(`^${heading}$`, 'm'), `docs/rules/${meta.id}.md has "${heading}"`);
      }
    }
  });

  it('the README rule table links every rule page', () => {
    for (const { meta } of allRules) assert.ok(readme.includes(`(docs/rules/${meta.id}.md)`), `README links docs/rules/${meta.id}.md`);
  });

  it('every phrase-list entry has a phrase, a note and a source', () => {
    const dir = join(root, 'src', 'rules');
    const lists = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('phrases.json'));
    assert.ok(lists.length >= 9, `phrase lists under src/rules: ${lists.join(', ')}`);
    for (const file of lists) {
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
  const configuration = readFileSync(join(root, 'docs', 'configuration.md'), 'utf8');
  const settings = configuration.slice(configuration.indexOf('## VS Code settings'));

  it('package.json contributes exactly the settings the extension reads (engine and host settings)', () => {
    assert.deepEqual(Object.keys(properties).sort(), [...ENGINE_SETTINGS, ...HOST_SETTINGS].map((k) => `citationNeeded.${k}`).sort());
  });

  it('every setting has a localized description and a row with its default in docs/configuration.md', () => {
    for (const [name, property] of Object.entries(properties)) {
      const key = /^%(.+)%$/.exec(property.markdownDescription)?.[1];
      assert.ok(key && typeof nls[key] === 'string' && nls[key].length > 10, `${name}: description ${property.markdownDescription} in package.nls.json`);
      const row = new RegExp(`^\\| \`${name.replace('.', '\\.')}\` \\| \`([^\`]*)\` \\|`, 'm').exec(settings);
      assert.ok(row, `docs/configuration.md settings table has a row for ${name}`);
      assert.deepEqual(JSON.parse(row[1]), property.default, `${name}: default in docs/configuration.md`);
    }
  });
});
