// ESLint flat config: typescript-eslint's recommended rules, and `vscode` kept out of the core, rules, CLI and workers.
import tseslint from 'typescript-eslint';

const noVscode = {
  'no-restricted-imports': ['error', {
    paths: [{ name: 'vscode', message: 'Only src/vscode/* and src/extension.ts may import vscode (the core and the CLI run without it).' }],
  }],
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'tools/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/core/**/*.ts', 'src/rules/**/*.ts', 'src/cli/**/*.ts', 'src/workers/**/*.ts', 'src/lsp/**/*.ts', 'src/mcp/**/*.ts', 'src/api.ts'], rules: noVscode },
  { files: ['src/vscode/mapping.ts', 'src/vscode/config-bridge.ts', 'src/vscode/directive-edits.ts', 'src/vscode/messages.ts', 'src/vscode/scheduler.ts', 'src/vscode/document-model.ts', 'src/vscode/constants.ts'], rules: noVscode },
  {
    files: ['**/*.mjs', '**/*.cjs', 'bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'readonly', __dirname: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
