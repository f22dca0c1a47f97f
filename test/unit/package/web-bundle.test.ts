import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../paths';

// The browser bundles (built by `npm test` before mocha runs): the web worker extension host gives an
// extension a `require` that knows only `vscode`, and a Web Worker has none at all.
const BUNDLES = ['dist/web/extension.js', 'dist/web/worker.js'];

/** Node's built-in modules, with and without the `node:` prefix (fs, path, os, worker_threads, child_process, ...). */
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`, name.replace(/^node:/, '')]));

/** Every `require("x")` call in the text: a bare call, or a call on an object (`module.require("x")`), with its context. */
function requireCalls(text: string): Array<{ name: string; member: boolean; context: string }> {
  const calls = [];
  for (const match of text.matchAll(/([.\w$]?)\brequire\s*\(\s*(["'`])([^"'`]+)\2\s*\)/g)) {
    const start = match.index ?? 0;
    calls.push({ name: match[3], member: match[1] === '.', context: text.slice(Math.max(0, start - 60), start + match[0].length) });
  }
  return calls;
}

/**
 * The one member call allowed: lodash.merge (a dependency of the BibTeX parser) probes `module.require("util")`
 * inside a try, and only when its module object has a `require`; esbuild's module objects have none, so the
 * call is never made (the pattern holds minified too). Any other `require` of a built-in, bare or not, fails the check.
 */
const GUARDED_PROBE = /([\w$]+)\s*&&\s*\1\.require\s*&&\s*\1\.require\("util"\)$/;

describe('the browser bundles (package.json `browser`)', () => {
  it('package.json names the web bundle as its browser entry, beside the desktop `main`', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { main: string; browser?: string };
    assert.equal(pkg.browser, './dist/web/extension.js');
    assert.equal(pkg.main, './dist/extension.js');
    for (const file of BUNDLES) assert.ok(existsSync(join(projectRoot, file)), `${file} is built`);
  });

  for (const file of BUNDLES) {
    it(`${file} requires no Node built-in (fs, path, os, worker_threads, child_process, node:*, ...)`, () => {
      const text = readFileSync(join(projectRoot, file), 'utf8');
      const calls = requireCalls(text);
      const builtins = calls.filter((c) => BUILTINS.has(c.name) && !(c.member && GUARDED_PROBE.test(c.context)));
      assert.deepEqual(builtins.map((c) => `${c.name}: …${c.context}`), [], `${file} requires Node built-ins`);
      const bare = new Set(calls.filter((c) => !c.member).map((c) => c.name));
      assert.deepEqual([...bare], file.endsWith('extension.js') ? ['vscode'] : [], 'the host provides `vscode` only (a Web Worker: nothing)');
      assert.doesNotMatch(text, /\bimport\s*\(\s*["'`](node:|fs\b|path\b|os\b|worker_threads\b|child_process\b)/, 'no dynamic import of a built-in');
      assert.doesNotMatch(text, /\bimport\.meta\b/, 'no import.meta in a CommonJS or classic-script bundle');
      // Both bundles load in Web Workers, which have no DOM (a package's `browser` build may assume one).
      assert.doesNotMatch(text, /\bdocument\.createElement\(/, 'no DOM use: the `worker` builds of dependencies are bundled');
    });
  }

  it('the check itself finds a built-in, bare or on an object, and tells the guarded probe apart', () => {
    const found = (text: string) => requireCalls(text).filter((c) => BUILTINS.has(c.name) && !(c.member && GUARDED_PROBE.test(c.context))).map((c) => c.name);
    assert.deepEqual(found('const fs = require("fs"); const w = require(\'node:worker_threads\'); x.require("path");'), ['fs', 'node:worker_threads', 'path']);
    assert.deepEqual(found('var types = freeModule && freeModule.require && freeModule.require("util").types;'), []);
    assert.deepEqual(found('var t=e&&e.require&&e.require("util").types;'), []);
    assert.deepEqual(found('var t=e&&f.require&&e.require("util").types;'), ['util']);
    assert.deepEqual(found('const v = require("vscode"); requireX("fs"); my_require("os")'), []);
  });
});
