// ESLint (flat config): typescript-eslint for TypeScript, and for the elements eslint-plugin-lit
// (template and lifecycle rules), eslint-plugin-lit-a11y (accessibility of templates) and
// eslint-plugin-wc (custom-element rules). `npm run lint` runs it; `npm run check` includes it.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'node_modules/**',
      'src/api/generated/**',
      'mock/generated/**',
      'public/mockServiceWorker.js',
      'test/fixtures/apps/**',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Unused names are TypeScript's job (noUnusedLocals/Parameters), with `_` for deliberate ones.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `void promise` marks a deliberately unawaited call.
      'no-void': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/server/**', 'src/**/*.stories.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended, wc.configs['flat/recommended']],
    rules: {
      // Elements are defined in their hero-*.ts file, guarded against double definition.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Node scripts, the server helper, the demo's server and the tests may print.
    files: ['scripts/**', 'bench/**', 'src/server/**', 'demo/server.ts', 'test/**', '.storybook/**', '*.config.*', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
