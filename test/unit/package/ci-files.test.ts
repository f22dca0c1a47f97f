import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../paths';

interface Hook { id: string; name: string; entry: string; language: string; types_or?: string[]; types?: string[] }
interface Step { uses?: string; run?: string; with?: Record<string, unknown>; if?: string }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { 'runs-on': string; steps: Step[] }> }

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');

describe('CI files: .pre-commit-hooks.yaml and the GitHub Actions example', () => {
  it('.pre-commit-hooks.yaml declares node hooks that run `citation-needed check` on Markdown', () => {
    const hooks = parse(read('.pre-commit-hooks.yaml')) as Hook[];
    assert.ok(Array.isArray(hooks) && hooks.length >= 1);
    assert.deepEqual(hooks.map((h) => h.id), ['citation-needed', 'citation-needed-fix']);
    for (const hook of hooks) {
      assert.equal(hook.language, 'node', hook.id);
      assert.match(hook.entry, /^citation-needed check( --fix)?$/, hook.id);
      assert.ok(hook.name && hook.types_or?.includes('markdown'), hook.id);
    }
    const pkg = JSON.parse(read('package.json')) as { bin: Record<string, string> };
    assert.ok(pkg.bin['citation-needed'], 'the entry names the package binary');
  });

  it('examples/github-workflow.yml runs the CLI with --format sarif and uploads that file with upload-sarif', () => {
    const workflow = parse(read('examples/github-workflow.yml')) as Workflow;
    assert.ok(workflow.on.pull_request !== undefined && workflow.on.push !== undefined);
    assert.equal(workflow.permissions['security-events'], 'write');
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    const check = steps.find((s) => s.run?.includes('--format sarif'));
    assert.ok(check, 'a step writes SARIF');
    const output = /--output (\S+)/.exec(check.run!)?.[1];
    assert.ok(output, 'to a file');
    assert.match(check.run!, /^citation-needed check /);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'an upload-sarif step');
    assert.equal(upload.with?.sarif_file, output);
    assert.ok(steps.indexOf(upload) > steps.indexOf(check));
    assert.equal(upload.if, 'always()', 'uploaded also when the check step failed');
  });

  it('docs/ci.md shows the same workflow as examples/github-workflow.yml', () => {
    const block = /```yaml\n(name: Citations[\s\S]*?)```/.exec(read('docs/ci.md'));
    assert.ok(block, 'docs/ci.md has the workflow');
    assert.deepEqual(parse(block[1]), parse(read('examples/github-workflow.yml')));
  });
});
