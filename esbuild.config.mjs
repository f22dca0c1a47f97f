// Builds every bundle: the API, the CLI, the extension, the worker, and the test files.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Usage: node esbuild.config.mjs [--production] [--watch] [--only=extension,worker,web,web-worker]
import * as esbuild from 'esbuild';
import { globSync } from 'tinyglobby';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

/** Reports build errors in the format VS Code's esbuild problem matcher expects. */
const problemMatcherPlugin = {
  name: 'esbuild-problem-matcher',
  setup(build) {
    build.onStart(() => { if (watch) console.log('[watch] build started'); });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

/**
 * mdast-util-from-markdown's `micromark` import goes to src/core/micromark-parse.ts, which reuses one
 * parse context per list of extensions (see there); everything else imports micromark itself.
 */
const micromarkParsePlugin = {
  name: 'micromark-parse-context',
  setup(build) {
    const shim = fileURLToPath(new URL('./src/core/micromark-parse.ts', import.meta.url));
    build.onResolve({ filter: /^micromark$/ }, (args) =>
      /[\\/]mdast-util-from-markdown[\\/]/.test(args.importer) ? { path: shim } : undefined);
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
  // ESM dependencies read import.meta.url; give them the CommonJS file's URL.
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
  plugins: [problemMatcherPlugin, micromarkParsePlugin],
};

/** A browser's bundles: no Node built-in may be reached (test/unit/package/web-bundle.test.ts checks the output). */
const browser = {
  platform: 'browser',
  target: 'es2022',
  // Both run in Web Workers (the browser's extension host, and ours), which have no DOM: take the
  // packages' `worker` builds over their `browser` ones (decode-named-character-reference's reads `document`).
  conditions: ['worker'],
  // No `import.meta.url` shim: nothing on the browser's path reads it.
  banner: {},
  define: {},
};

const products = {
  api: { entryPoints: { api: 'src/api.ts' }, outdir: 'dist' },
  cli: { entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist' },
  // The language server and the MCP server (`citation-needed lsp` / `mcp`), loaded by bin/citation-needed.js.
  lsp: { entryPoints: { lsp: 'src/lsp/main.ts' }, outdir: 'dist' },
  mcp: { entryPoints: { mcp: 'src/mcp/main.ts' }, outdir: 'dist' },
  // The worker bundle, shared by the CLI's pool and the extension's workspace check (so also in the .vsix).
  worker: { entryPoints: { worker: 'src/worker.ts' }, outdir: 'dist' },
  extension: { entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist' },
  // The extension in a browser (package.json `browser`: vscode.dev, github.dev) and its Web Worker bundle.
  web: { ...browser, entryPoints: { extension: 'src/extension-web.ts' }, outdir: 'dist/web' },
  'web-worker': { ...browser, format: 'iife', entryPoints: { worker: 'src/worker-web.ts' }, outdir: 'dist/web' },
  // The suite of the browser's web worker extension host (scripts/integration/run.mjs --web): mocha's browser build bundled in.
  'web-tests': { ...browser, entryPoints: { index: 'test/web/index.ts' }, outdir: 'out/test/web', sourcemap: 'inline' },
  tests: {
    entryPoints: globSync(['test/**/*.test.ts', 'test/integration/*.ts', 'test/eval/*.ts', 'test/bench/*.ts']),
    outbase: 'test',
    outdir: 'out/test',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
  },
};

const exists = (entry) => typeof entry === 'string' ? true : Object.keys(entry).length > 0;
const selected = Object.entries(products).filter(([name]) => !only || only.split(',').includes(name));
// A test moved or deleted must not keep running from its old output: the tests' folders are rebuilt whole.
if (!watch && selected.some(([name]) => name === 'tests')) {
  for (const folder of ['unit', 'integration', 'eval', 'bench']) rmSync(`out/test/${folder}`, { recursive: true, force: true });
}

const contexts = [];
for (const [name, options] of selected) {
  const entries = options.entryPoints;
  const list = Array.isArray(entries) ? entries : Object.values(entries);
  const present = list.filter((file) => globSync([file]).length > 0);
  if (present.length === 0 || !exists(entries)) continue;
  const entryPoints = Array.isArray(entries) ? present
    : Object.fromEntries(Object.entries(entries).filter(([, file]) => present.includes(file)));
  contexts.push(await esbuild.context({ ...common, ...options, entryPoints, metafile: name === 'extension' || name === 'web' }));
}

if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}
