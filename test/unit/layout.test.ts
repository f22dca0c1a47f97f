import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { projectRoot } from './paths';

/**
 * Suites that check the project as a whole rather than one module, and why; every other unit test
 * lives at test/unit/<folder>/<module>[.<aspect>].test.ts for src/<folder>/<module>.ts (or the
 * folder src/<folder>/<module>/, as a rule's).
 */
const CROSS_CUTTING: Record<string, string> = {
  'docs-examples.test.ts': 'every Markdown example in the docs, linted',
  'docs-history.test.ts': 'README and docs describe current behaviour',
  'docs-links.test.ts': 'every relative link and anchor in README and docs resolves',
  'drafts-judgement.test.ts': 'all rules on draft prose, judged as a fact-checker would',
  'fixtures.test.ts': 'every fixture of test/fixtures with every rule',
  'layout.test.ts': 'this layout',
  'metadata.test.ts': 'rule metadata, rule pages, settings and schema in step',
  'eval/': 'the evaluation library of test/eval',
  'package/': 'the npm package, the browser bundles and the CI files',
  'robustness/': 'properties, pathological inputs, regex safety and hostile workspaces over the whole engine',
};

const unit = join(projectRoot, 'test', 'unit');
const testFiles = readdirSync(unit, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.test.ts')).map((f) => f.split(sep).join('/'));

describe('test layout mirrors src/', () => {
  it('finds the unit tests', () => assert.ok(testFiles.length > 50, `${testFiles.length} test files`));

  it('every unit test names the module it tests, or is a listed cross-cutting suite', () => {
    const strays: string[] = [];
    for (const file of testFiles) {
      const folder = file.includes('/') ? `${file.split('/')[0]}/` : file;
      if (CROSS_CUTTING[folder]) continue;
      const module = file.replace(/\.test\.ts$/, '').replace(/\.[\w-]+$/, '');
      if (!existsSync(join(projectRoot, 'src', `${module}.ts`)) && !existsSync(join(projectRoot, 'src', module))) strays.push(file);
    }
    assert.deepEqual(strays, [], 'test/unit/<folder>/<module>[.<aspect>].test.ts with no src/<folder>/<module>.ts or src/<folder>/<module>/');
  });

  it('every listed cross-cutting suite exists', () => {
    for (const name of Object.keys(CROSS_CUTTING)) assert.ok(existsSync(join(unit, name)), `test/unit/${name}`);
  });
});
