// ESLint flat config: typescript-eslint's recommended rules, and the layers of docs/architecture.md:
// `vscode` only in the extension's adapters, nothing above src/core imported by it, the rules reached
// by hosts through src/engine.ts only.
import tseslint from 'typescript-eslint';

const VSCODE = { name: 'vscode', message: 'Only src/vscode/* and the entry points src/extension.ts, src/extension-web.ts may import vscode (the core and the CLI run without it).' };
const ABOVE_CORE = {
  regex: '^\\.\\./',
  message: 'src/core imports nothing above it (rules/, engine, cli/, workers/, verify/, lsp/, mcp/, vscode/): the engine passes the rules in.',
};
const RULES_DIRECTLY = {
  regex: '^(\\.\\./)+rules(/|$)',
  message: 'Hosts import the rules through src/engine.ts, where they are bound to the core once.',
};
const HOSTS_FROM_WORKERS = {
  regex: '^\\.\\./(cli|lsp|mcp|vscode)(/|$)',
  message: 'src/workers is the pool every host uses: it imports no host (src/worker.ts wires the CLI\'s file checker into the worker bundle).',
};
const HOSTS_FROM_RULES = {
  regex: '^\\.\\./(engine|api|extension|cli|workers|verify|lsp|mcp|vscode)(/|$)',
  message: 'Rules import only src/core and each other: nothing of the engine or the hosts.',
};

const NODE_BUILTINS = {
  regex: '^(node:.*|(assert|buffer|child_process|crypto|events|fs|http|https|module|net|os|path|perf_hooks|process|readline|stream|tty|url|util|v8|vm|worker_threads|zlib)(/.*)?)$',
  message: 'No Node built-in on the browser extension\'s path (core, rules, engine, workers, vscode): put it behind the host\'s implementation (workers/thread-worker.ts, vscode/node-host.ts).',
};

/** The longest regex literal pattern allowed in src/: longer ones hold word lists, which belong in data. */
const MAX_REGEX_LITERAL = 250;

/** A `no-restricted-imports` setting: the named packages and the import patterns (ESLint keeps one setting per file, the last that matches). */
const restrict = (paths, patterns = []) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

const HOSTS = ['src/cli/**/*.ts', 'src/workers/**/*.ts', 'src/lsp/**/*.ts', 'src/mcp/**/*.ts', 'src/verify/**/*.ts'];
const VSCODE_FREE_ADAPTERS = ['src/vscode/mapping.ts', 'src/vscode/config-bridge.ts', 'src/vscode/directive-edits.ts', 'src/vscode/messages.ts', 'src/vscode/scheduler.ts', 'src/vscode/document-model.ts', 'src/vscode/constants.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'tools/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/core/**/*.ts'], rules: restrict([VSCODE], [ABOVE_CORE, NODE_BUILTINS]) },
  { files: ['src/rules/**/*.ts'], rules: restrict([VSCODE], [HOSTS_FROM_RULES, NODE_BUILTINS]) },
  { files: ['src/api.ts', 'src/engine.ts', 'src/worker.ts', 'src/worker-web.ts'], rules: restrict([VSCODE], [NODE_BUILTINS]) },
  { files: HOSTS, rules: restrict([VSCODE], [RULES_DIRECTLY]) },
  { files: ['src/workers/**/*.ts'], rules: restrict([VSCODE], [RULES_DIRECTLY, HOSTS_FROM_WORKERS, NODE_BUILTINS]) },
  { files: ['src/vscode/**/*.ts', 'src/extension.ts', 'src/extension-web.ts'], rules: restrict([], [RULES_DIRECTLY, NODE_BUILTINS]) },
  { files: VSCODE_FREE_ADAPTERS, rules: restrict([VSCODE], [RULES_DIRECTLY, NODE_BUILTINS]) },
  // The Node host's own implementations, and source verification (desktop only): Node built-ins allowed.
  { files: ['src/workers/thread-worker.ts'], rules: restrict([VSCODE], [RULES_DIRECTLY, HOSTS_FROM_WORKERS]) },
  { files: ['src/vscode/node-host.ts', 'src/vscode/verify-command.ts', 'src/vscode/verify-settings.ts', 'src/vscode/source-cache-store.ts'], rules: restrict([], [RULES_DIRECTLY]) },
  // Vocabulary is data: a regex literal long enough to hold a word list keeps its words in the rule's JSON.
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: `Literal[regex.pattern=/^[\\s\\S]{${MAX_REGEX_LITERAL + 1},}$/]`,
        message: `A regex literal over ${MAX_REGEX_LITERAL} characters holds vocabulary: move its word lists to the rule's JSON (phrases.json) and build the pattern with new RegExp.`,
      }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'readonly', __dirname: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
